import { readFile, rm, writeFile } from 'node:fs/promises';
import { ModelDownloadError } from './modelErrors.ts';

/**
 * Keeps two downloads of the same model (two terminals, the app and the CLI) from appending to
 * the same partial file. A lock left by a process that died is taken over.
 */
export class DownloadLock {
  private constructor(private readonly path: string) {}

  static async acquire(path: string, what: string): Promise<DownloadLock> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
        return new DownloadLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
        throw new ModelDownloadError(
          'busy',
          `${what} is already being downloaded (process ${pid}); wait for it to finish`,
        );
      }
      await rm(path, { force: true });
    }
    throw new ModelDownloadError(
      'busy',
      `${what} is already being downloaded; wait for it to finish, or delete ${path} if no download is running`,
    );
  }

  async release(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
