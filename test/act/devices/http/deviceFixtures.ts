import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
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

/** What serveDuringTests needs of a device simulator. */
export interface ServingSimulator {
  readonly requests: unknown[];
  start(): Promise<unknown>;
  stop(): Promise<void>;
  heal(): void;
}

/**
 * Runs the simulators for the test file: starts them before its tests; before each test,
 * forgets the requests they recorded and heals their faults; stops them after all tests, then
 * asserts no promise was rejected unhandled meanwhile.
 */
export function serveDuringTests(...sims: ServingSimulator[]): void {
  const unhandled = watchUnhandledRejections();
  before(async () => {
    for (const sim of sims) await sim.start();
  });
  beforeEach(() => {
    for (const sim of sims) {
      sim.requests.length = 0;
      sim.heal();
    }
  });
  after(async () => {
    for (const sim of sims) await sim.stop();
    assert.deepEqual(unhandled, []);
  });
}
