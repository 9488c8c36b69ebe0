import { resolve } from 'node:path';
import { HearthError, UsageError } from '../../core/errors.ts';
import { readWavFile } from '../../hear/audio/readWavFile.ts';
import { MAX_AUDIO_SECONDS, WhisperRecognizer } from '../../hear/stt/WhisperRecognizer.ts';
import { ModelLocator } from '../../models/ModelLocator.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

/** No --model and no speech model installed: the work cannot be done (exit 1). */
class NoSpeechModelError extends HearthError {
  constructor() {
    super(
      'no speech model is installed; get one with: hearth models download tiny.en (or pass --model FILE)',
    );
  }
}

/** `hearth transcribe [--model FILE] [--json] AUDIO.wav`: speech to text of one file. */
export async function transcribeCommand(args: string[], io: CliIo): Promise<number> {
  const program = 'hearth transcribe';
  const { values, positionals } = parseCommandArgs(program, {
    args,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      json: { type: 'boolean' },
      language: { type: 'string' },
      prompt: { type: 'string' },
      'full-context': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.transcribe);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(
      `give exactly one WAV file: ${program} [--model FILE] [--json] AUDIO.wav; run "${program} --help" to see how to use it`,
    );
  }

  // The audio first: a file that cannot be read is the user's input (exit 2) whatever the model.
  // Its length is decided from the header, before a sample is decoded or memory is taken.
  const { audio } = await readWavFile(resolve(file), { maxSeconds: MAX_AUDIO_SECONDS });
  const model = values.model ? resolve(values.model) : new ModelLocator().defaultModel('stt')?.path;
  if (model === undefined) throw new NoSpeechModelError();

  const recognizer = new WhisperRecognizer({
    model,
    ...(values.language ? { language: values.language } : {}),
    ...(values.prompt ? { prompt: values.prompt } : {}),
    audioContext: values['full-context'] ? 'full' : 'fit',
  });
  try {
    const transcript = await recognizer.transcribe(audio);
    if (values.json) {
      const out = {
        text: transcript.text,
        segments: transcript.segments.map((s) => ({ start: s.start, end: s.end, text: s.text })),
        audio_seconds: round(transcript.audioSeconds, 3),
        elapsed_ms: round(transcript.elapsedMs, 1),
      };
      await write(io.stdout, `${JSON.stringify(out)}\n`);
    } else if (transcript.text) {
      await write(io.stdout, `${transcript.text}\n`);
    } else {
      await write(io.stderr, `${program}: no speech was recognised in ${file}\n`);
    }
    return 0;
  } finally {
    await recognizer.dispose();
  }
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
