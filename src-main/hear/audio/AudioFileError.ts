import { HearthError } from '../../core/errors.ts';

/** An audio file Hearth cannot use: missing, not a WAV file, empty, cut short or in a codec it cannot read. */
export class AudioFileError extends HearthError {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message, 2);
    this.file = file;
  }
}
