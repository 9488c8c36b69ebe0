import { AudioFileError } from './AudioFileError.ts';

/** The refusal of a recording longer than `maxSeconds`, decided from its header alone. */
export function tooLongError(file: string, seconds: number, maxSeconds: number): AudioFileError {
  const duration = (s: number) =>
    s >= 90 * 60
      ? `${Math.round(s / 360) / 10} hours`
      : s >= 90
        ? `${Math.round(s / 60)} minutes`
        : `${Math.round(s)} seconds`;
  return new AudioFileError(
    file,
    `${file} is ${duration(seconds)} long; at most ${duration(maxSeconds)} can be used at once: cut it shorter`,
  );
}
