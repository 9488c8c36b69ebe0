import { DeviceError } from '../DeviceError.ts';
import { TransportError } from './TransportError.ts';

/** "2 s", "0.5 s", "250 ms": how long Hearth waited, as a person would say it. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * Puts any failure into the words the user is told. `who` names the device and where it lives:
 * "Porch light (hue bridge 192.168.1.20:80)".
 */
export function toDeviceError(error: unknown, who: string, timeoutMs: number): DeviceError {
  if (error instanceof DeviceError) return error;
  if (!(error instanceof TransportError)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new DeviceError('unexpected_reply', `${who} could not be controlled: ${reason}`);
  }
  switch (error.kind) {
    case 'refused':
      return new DeviceError('unreachable', `${who} refused the connection`);
    case 'unreachable':
      return new DeviceError(
        'unreachable',
        `${who} could not be reached${error.code ? ` (${error.code})` : ''}: check that it is powered and on the network`,
      );
    case 'closed':
      return new DeviceError('unreachable', `${who} closed the connection before answering`);
    case 'timeout':
      return new DeviceError(
        'timeout',
        `${who} did not answer within ${formatDuration(timeoutMs)}`,
      );
    case 'malformed':
      return new DeviceError(
        'unexpected_reply',
        `${who} answered with something Hearth could not read`,
      );
    case 'aborted':
      return new DeviceError('offline', `${who} was not waited for: Hearth is shutting down`);
    case 'status':
      return fromStatus(error.status ?? 0, who);
  }
}

function fromStatus(status: number, who: string): DeviceError {
  if (status === 401 || status === 403) {
    return new DeviceError(
      'auth',
      `${who} rejected Hearth's credentials (HTTP ${status}): check the username and password in the home file`,
    );
  }
  if (status === 429)
    return new DeviceError('refused', `${who} is busy (too many requests): try again shortly`);
  if (status === 404) {
    return new DeviceError(
      'refused',
      `${who} has nothing at that address (HTTP 404): check its connection settings in the home file`,
    );
  }
  if (status >= 500)
    return new DeviceError('refused', `${who} answered with an error (HTTP ${status})`);
  return new DeviceError('refused', `${who} turned the request down (HTTP ${status})`);
}
