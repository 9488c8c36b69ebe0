import { fetchHomeAssistantHome } from '../../act/devices/homeAssistant/fetchHomeAssistantHome.ts';
import { homeFileFromHomeAssistant } from '../../act/devices/homeAssistant/homeFileFromHomeAssistant.ts';
import { UsageError } from '../../core/errors.ts';
import { DEMO_HOME_YAML } from '../../home/demoHome.ts';
import { loadHomeFile } from '../../home/loadHome.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

/** `hearth home check FILE`, `hearth home init` and `hearth home import --from-home-assistant URL`. */
export async function homeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('hearth home', {
    args,
    allowPositionals: true,
    options: {
      home: { type: 'string' },
      'from-home-assistant': { type: 'string' },
      'token-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.home);
    return 0;
  }
  const [action, ...rest] = positionals;
  if (action === 'init') {
    if (rest.length > 0)
      throw new UsageError(
        '"hearth home init" takes no file: redirect its output instead (hearth home init > home.yaml)',
      );
    await write(io.stdout, DEMO_HOME_YAML);
    return 0;
  }
  if (action === 'import') {
    const url = values['from-home-assistant'];
    const tokenFile = values['token-file'];
    if (url === undefined || tokenFile === undefined || rest.length > 0) {
      throw new UsageError(
        'say where to import from: hearth home import --from-home-assistant http://homeassistant.local:8123 --token-file ~/.config/hearth/ha-token > home.yaml',
      );
    }
    const server = { url, token_file: tokenFile };
    const snapshot = await fetchHomeAssistantHome(server);
    await write(io.stdout, homeFileFromHomeAssistant(snapshot, server));
    return 0;
  }
  if (action === 'check') {
    const files = values.home !== undefined ? [values.home, ...rest] : rest;
    const [file] = files;
    if (file === undefined || files.length > 1) {
      throw new UsageError('give exactly one file to check: hearth home check home.yaml');
    }
    const home = loadHomeFile(file);
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const summary = [
      count(home.areas.length, 'area'),
      count(home.devices.length, 'device'),
      count(home.scenes.length, 'scene'),
    ].join(', ');
    await write(io.stdout, `OK: ${file} (${summary})\n`);
    return 0;
  }
  const what = action === undefined ? 'say what to do' : `unknown action "${action}"`;
  throw new UsageError(
    `${what}: hearth home check FILE, hearth home init, or hearth home import --from-home-assistant URL --token-file FILE`,
  );
}
