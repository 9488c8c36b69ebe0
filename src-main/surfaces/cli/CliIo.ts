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
