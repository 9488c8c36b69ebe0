import { once } from 'node:events';

/** The streams a command runs against: the process's own, or test doubles for in-process runs. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Writes text and waits while the stream is full, so a slow reader never loses output. */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export interface BatchedWriter {
  write(text: string): Promise<void>;
  /** Sends what is gathered now (before the command returns and its streams are read). */
  flush(): void;
}

/**
 * Writes a stream of results, gathering those made in one turn of the event loop into one
 * system call: a batch of lines on stdin costs one write per chunk, not one per line, while a
 * line typed at a prompt is still answered at once.
 */
export function batchedWriter(stream: NodeJS.WritableStream): BatchedWriter {
  const writable = stream as NodeJS.WritableStream & { cork?: () => void; uncork?: () => void };
  if (!writable.cork || !writable.uncork)
    return { write: (text) => write(stream, text), flush() {} };
  let corked = false;
  const flush = () => {
    if (!corked) return;
    corked = false;
    writable.uncork!();
  };
  return {
    write(text) {
      if (!corked) {
        corked = true;
        writable.cork!();
        setImmediate(flush);
      }
      return write(stream, text);
    },
    flush,
  };
}
