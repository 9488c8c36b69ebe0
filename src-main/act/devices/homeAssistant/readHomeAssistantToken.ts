import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HomeAssistantServer } from '../../../core/home.ts';
import { DeviceError } from '../DeviceError.ts';

/**
 * The long-lived access token of a home's `home_assistant` block: the first line of
 * `token_file` (`~` is the user's home folder), else `token`. The token never appears in a
 * message: only the file's name does.
 */
export function readHomeAssistantToken(
  server: Pick<HomeAssistantServer, 'token' | 'token_file'>,
): string {
  if (server.token_file !== undefined) {
    const file = server.token_file.startsWith('~/')
      ? join(homedir(), server.token_file.slice(2))
      : server.token_file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new DeviceError(
        'auth',
        `cannot read the Home Assistant token file ${server.token_file}; ${HOW_TO_MAKE_A_TOKEN}`,
      );
    }
    const token = text.split(/\r?\n/)[0]?.trim() ?? '';
    if (token === '') {
      throw new DeviceError(
        'auth',
        `the token file ${server.token_file} is empty; ${HOW_TO_MAKE_A_TOKEN}`,
      );
    }
    return token;
  }
  if (server.token) return server.token.trim();
  throw new DeviceError('auth', `no Home Assistant token is set; ${HOW_TO_MAKE_A_TOKEN}`);
}

export const HOW_TO_MAKE_A_TOKEN =
  "make a long-lived access token in Home Assistant (your profile page, Security tab, 'Long-lived access tokens', Create token), put it in the file named by `token_file:` and restart Hearth";
