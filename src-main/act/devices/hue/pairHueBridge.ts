import { hostname } from 'node:os';
import { z } from 'zod';
import { DeviceError } from '../DeviceError.ts';
import { hostLabel } from '../http/hostLabel.ts';
import { HttpClient } from '../http/HttpClient.ts';
import { toDeviceError } from '../http/toDeviceError.ts';
import { hueErrorToDeviceError } from './hueErrorToDeviceError.ts';
import { hueErrorEntry } from './hueReplies.ts';

export interface PairHueBridgeOptions {
  host: string;
  /** Default 80. */
  port?: number;
  /** Default 2000 ms. */
  timeoutMs?: number;
  /** What the bridge lists Hearth as; default `hearth#<this computer's name>`. */
  deviceType?: string;
}

const pairReply = z
  .array(z.union([z.object({ success: z.object({ username: z.string().min(1) }) }), hueErrorEntry]))
  .min(1);

/**
 * Asks a Hue bridge for an application key (the home file's `username`). The bridge only
 * grants one within 30 s of its link button being pressed; until then this throws a
 * DeviceError (failure `auth`) saying so.
 */
export async function pairHueBridge(options: PairHueBridgeOptions): Promise<string> {
  const port = options.port ?? 80;
  const timeoutMs = options.timeoutMs ?? 2000;
  const who = `The hue bridge at ${hostLabel(options.host, port)}`;
  // The bridge allows 40 characters: "<application>#<device>", at most 20 and 19.
  const deviceType = options.deviceType ?? `hearth#${hostname().slice(0, 19) || 'computer'}`;
  const client = new HttpClient({ host: options.host, port, timeoutMs });
  try {
    const reply = await client.json(pairReply, 'POST', '/api', {
      body: { devicetype: deviceType },
    });
    const first = reply[0]!;
    if ('success' in first) return first.success.username;
    if (first.error.type === 101) {
      throw new DeviceError(
        'auth',
        `${who} is waiting for its link button: press the link button on the bridge, then try again within 30 s`,
      );
    }
    throw hueErrorToDeviceError(first, who, 'pairing');
  } catch (error) {
    throw toDeviceError(error, who, timeoutMs);
  } finally {
    client.close();
  }
}
