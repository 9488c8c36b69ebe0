import { HearthError } from '../../core/errors.ts';

export type DeviceFailure =
  | 'unreachable' // connection refused, host down, DNS
  | 'timeout' // no answer in time
  | 'refused' // the device answered but said no (busy, 429, bad request)
  | 'auth' // wrong or missing credentials
  | 'unexpected_reply' // an answer we cannot read
  | 'offline' // known to be unavailable right now
  | 'unsupported'; // the device or protocol cannot do this command

/**
 * A device action that failed, in words a user can act on. The message names the device and
 * where it lives, and never contains a credential.
 */
export class DeviceError extends HearthError {
  readonly failure: DeviceFailure;
  constructor(failure: DeviceFailure, message: string) {
    super(message, 1);
    this.failure = failure;
  }
}

/** Replaces every secret (Hue username, MQTT password...) in a text with `***`. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 3) out = out.split(secret).join('***');
  }
  return out;
}
