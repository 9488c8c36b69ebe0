import { resolve } from 'node:path';
import { Assistant } from '../../assistant/Assistant.ts';
import type { HearthPlanner } from '../../assistant/createPlanner.ts';
import { VoicePipeline } from '../../assistant/VoicePipeline.ts';
import { WakeGate } from '../../assistant/WakeGate.ts';
import type { VoicePipelineEvent } from '../../assistant/VoicePipelineEvent.ts';
import { HearthError, UsageError } from '../../core/errors.ts';
import { WavFrameSource } from '../../hear/audio/WavFrameSource.ts';
import { tooLongError } from '../../hear/audio/tooLongError.ts';

import { WhisperRecognizer } from '../../hear/stt/WhisperRecognizer.ts';
import { resolveWakeModel } from '../../hear/wake/resolveWakeModel.ts';
import { WakeWordDetector } from '../../hear/wake/WakeWordDetector.ts';
import { ModelLocator } from '../../models/ModelLocator.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { loadCliHome, resolveArea } from './loadCliHome.ts';
import { openCliPlanner } from './openCliPlanner.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

/** A recording is listened to as it streams, but hours of it is a mistake, not commands. */
const MAX_LISTEN_SECONDS = 2 * 60 * 60;

const PROGRAM = 'hearth listen';
const NO_MODEL =
  'no speech model is installed, so what is said cannot be transcribed (speech is still detected); get one with: hearth models download tiny.en (or pass --model FILE)';

/**
 * `hearth listen --wav AUDIO.wav [--json]`: the whole voice pipeline on a recording, read as
 * if it came from the microphone. With --json, one event per line (cli.md's contract);
 * notices and per-utterance errors go to stderr. Exit 1 when an utterance could not be
 * handled or an action failed.
 */
export async function listenCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(PROGRAM, {
    args,
    options: {
      home: { type: 'string' },
      area: { type: 'string' },
      wav: { type: 'string' },
      realtime: { type: 'boolean' },
      model: { type: 'string' },
      llm: { type: 'string' },
      'no-llm': { type: 'boolean' },
      wake: { type: 'string' },
      'no-early': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.listen);
    return 0;
  }
  if (values.wav === undefined) {
    throw new UsageError(
      'listening to the microphone comes with the desktop app (npm start); here, give a recording: hearth listen --wav AUDIO.wav',
    );
  }
  const home = loadCliHome(values.home);
  const area = values.area ? resolveArea(home, values.area) : undefined;
  // The audio first: a file that cannot be read is the user's input (exit 2) whatever the model.
  const source = await WavFrameSource.open(values.wav, { realtime: values.realtime ?? false });
  if (source.info.seconds > MAX_LISTEN_SECONDS) {
    await source.close();
    throw tooLongError(values.wav, source.info.seconds, MAX_LISTEN_SECONDS);
  }
  let recognizer: WhisperRecognizer | undefined;
  let planner: HearthPlanner | undefined;
  let assistant: Assistant | undefined;
  let pipeline: VoicePipeline | undefined;
  let detector: WakeWordDetector | undefined;
  try {
    if (values.wake !== undefined) {
      // Before the speech model: a wrong wake model is the user's input (exit 2), said at once.
      detector = await WakeWordDetector.load(resolveWakeModel(values.wake, new ModelLocator().dir));
    }
    const model = values.model
      ? resolve(values.model)
      : new ModelLocator().defaultModel('stt')?.path;
    if (model !== undefined) {
      recognizer = new WhisperRecognizer({ model });
      // Load the model before listening: a broken model or binary is said at once, and the
      // first command does not pay for the load.
      await recognizer.warmUp();
    }
    planner = await openCliPlanner(home, {
      llm: values.llm,
      noLlm: values['no-llm'],
      notice: (message) => void write(io.stderr, `${PROGRAM}: ${message}\n`),
    });
    assistant = new Assistant(home, { planner });
    const json = values.json ?? false;
    pipeline = await VoicePipeline.create({
      assistant,
      ...(recognizer ? { recognizer } : {}),
      ...(area ? { area } : {}),
      noRecognizerNotice: NO_MODEL,
      ...(detector ? { wake: new WakeGate({ detector }) } : {}),
      // A finished command that needs no confirmation runs when the end is first noticed.
      actEarly: !(values['no-early'] ?? false),
      onEvent: (event) => (json ? printJson(io, event) : printText(io, event)),
    });
    const summary = await pipeline.run(source);
    if (summary.errors > 0) {
      throw new HearthError(
        `${summary.errors} of ${summary.utterances} utterances could not be handled (see above)`,
        1,
      );
    }
    if (summary.failedActions > 0) {
      throw new HearthError(`${summary.failedActions} action(s) failed (see above)`, 1);
    }
    return 0;
  } finally {
    await source.close();
    await pipeline?.dispose();
    await detector?.dispose();
    await recognizer?.dispose();
    await assistant?.dispose();
    await planner?.dispose();
  }
}

async function printJson(io: CliIo, event: VoicePipelineEvent): Promise<void> {
  if (event.event === 'notice') return write(io.stderr, `${PROGRAM}: ${event.text}\n`);
  if (event.event === 'error')
    return write(
      io.stderr,
      `${PROGRAM}: could not ${event.stage === 'transcribe' ? 'transcribe' : 'handle'} an utterance: ${event.message}\n`,
    );
  await write(io.stdout, `${JSON.stringify(event)}\n`);
}

async function printText(io: CliIo, event: VoicePipelineEvent): Promise<void> {
  const at = (t: number) => `[${t.toFixed(2)} s]`;
  switch (event.event) {
    case 'speech_start':
      return write(io.stdout, `${at(event.t)} speech\n`);
    case 'wake':
      return write(
        io.stdout,
        `${at(event.t)} wake word "${event.word}" (${event.score.toFixed(2)})\n`,
      );
    case 'speech_end':
      return write(
        io.stdout,
        `${at(event.t)} end of speech (noticed at ${event.detected_t.toFixed(2)} s)\n`,
      );
    case 'transcript':
      return write(
        io.stdout,
        event.text ? `  heard: "${event.text}"\n` : '  heard: nothing (no words)\n',
      );
    case 'plan':
      return undefined;
    case 'action':
      return write(
        io.stdout,
        `  ${event.device} ${event.command}: ${event.outcome}${event.error ? ` (${event.error})` : ''}\n`,
      );
    case 'reply':
      return write(io.stdout, `  Hearth: ${event.text}\n`);
    default:
      return printJson(io, event);
  }
}
