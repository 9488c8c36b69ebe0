import { availableParallelism, loadavg } from 'node:os';

/**
 * Threads for one whisper request: the cores not already busy by the 1-minute load average,
 * at most 4, at least 1. whisper.cpp's threads wait for each other by spinning, so threads on
 * cores that other work holds make it many times slower, not faster. (Where there is no load
 * average, on Windows, it reads 0: every core, at most 4.)
 */
export function autoThreads(): number {
  const cores = availableParallelism();
  const busy = Math.floor(loadavg()[0] ?? 0);
  return Math.max(1, Math.min(4, cores - busy));
}
