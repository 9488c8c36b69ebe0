import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

// Atomic writes go through `NAME.tmp-PID-RANDOM`; a crash between write and rename leaves
// one behind. At start, those of processes no longer running are removed (a second Hearth
// on the same folder keeps its own).

const TEMP = /\.tmp-(\d+)-[0-9a-f]+$/;

/** Removes orphaned temp files in `dir`; resolves with how many were removed. */
export async function removeOrphanedTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = Number(TEMP.exec(name)?.[1]);
    if (!Number.isInteger(pid) || (pid !== process.pid && isRunning(pid))) continue;
    if (pid === process.pid) continue;
    await unlink(join(dir, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
