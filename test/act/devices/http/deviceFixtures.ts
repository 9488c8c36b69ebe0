import type { Connection, Device, DeviceType, Home } from '../../../../src-main/core/home.ts';
import type { AdapterContext } from '../../../../src-main/core/state.ts';
import type { RetryOptions } from '../../../../src-main/act/devices/http/withRetry.ts';

// Small builders shared by the device tests.

export function device(id: string, name: string, type: DeviceType, connection: Connection): Device {
  return { id, name, aliases: [], type, confirm: false, expose: true, connection };
}

export function context(devices: Device[] = [], timeoutMs?: number): AdapterContext {
  const home: Home = { unit: 'celsius', floors: [], areas: [], devices, favorites: [], scenes: [] };
  return timeoutMs === undefined ? { home } : { home, timeoutMs };
}

/** Retry options whose sleeps return at once and are recorded, so tests never wait. */
export function recordingRetry(): RetryOptions & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}

/** Collects unhandled rejections for the whole test file; assert the list is empty at the end. */
export function watchUnhandledRejections(): unknown[] {
  const seen: unknown[] = [];
  process.on('unhandledRejection', (reason) => seen.push(reason));
  return seen;
}
