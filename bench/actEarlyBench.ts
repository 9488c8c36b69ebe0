// Acting early (issue 12): the true end of speech -> the first command going out, at a
// microphone's pace, with actEarly on, for an instant recogniser and for hearth-whisper with
// an empty tiny.en model (real compute, known words). Targets: p50 <= 300 ms and <= 400 ms.
// Sentences with pauses are still confirmed by the VAD as before (`npm run bench -- vad`
// reports the cuts at 250-450 ms pauses). Needs espeak-ng and sox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Assistant } from '../src-main/assistant/Assistant.ts';
import { VoicePipeline } from '../src-main/assistant/VoicePipeline.ts';
import type {
  Pcm,
  SpeechRecognizer,
  TranscribeOptions,
  Transcript,
} from '../src-main/core/hear.ts';
import { WavFrameSource } from '../src-main/hear/audio/WavFrameSource.ts';
import { locateWhisperBinary } from '../src-main/hear/stt/locateWhisperBinary.ts';
import { WhisperRecognizer } from '../src-main/hear/stt/WhisperRecognizer.ts';
import { demoHome } from '../src-main/home/demoHome.ts';
import { speechFixture } from '../test/fixtures/speech.ts';
import { writeEmptyWhisperModel } from '../test/fixtures/whisperModel.ts';
import { percentile } from './percentiles.ts';

const COMMANDS = [
  'turn on the kitchen light',
  'turn off the kitchen light',
  'close the blinds',
  'dim the living room lights to twenty percent',
  'turn on the living room lights',
];

class KnownWords implements SpeechRecognizer {
  text = '';
  constructor(private readonly inner: SpeechRecognizer | undefined) {}
  async transcribe(audio: Pcm, options?: TranscribeOptions): Promise<Transcript> {
    if (!this.inner)
      return { text: this.text, segments: [], audioSeconds: audio.length / 16_000, elapsedMs: 0 };
    return { ...(await this.inner.transcribe(audio, options)), text: this.text };
  }
  async dispose(): Promise<void> {}
}

async function measure(
  recognizer: KnownWords,
): Promise<{ early: number[]; late: number; missed: number }> {
  const assistant = new Assistant(demoHome());
  const early: number[] = [];
  let late = 0;
  let missed = 0;
  try {
    for (const say of COMMANDS) {
      const fixture = speechFixture({
        parts: [{ silence: 1 }, { say }, { silence: 1.5 }],
        noise: 'white',
      });
      recognizer.text = say;
      let noticedLag = 0;
      let first: number | undefined;
      let firstEarly = false;
      const pipeline = await VoicePipeline.create({
        assistant,
        recognizer,
        actEarly: true,
        onEvent: (e) => {
          if (e.event === 'speech_end')
            noticedLag = (e.detected_t - (fixture.utterances[0]?.end ?? e.t)) * 1000;
          if (e.event === 'action' && first === undefined) {
            first = e.elapsed_ms;
            firstEarly = e.early ?? false;
          }
        },
      });
      await pipeline.run(await WavFrameSource.open(fixture.path, { realtime: true }));
      await pipeline.dispose();
      if (first === undefined) missed++;
      else {
        early.push(noticedLag + first);
        if (!firstEarly) late++;
      }
    }
  } finally {
    await assistant.dispose();
  }
  return { early, late, missed };
}

function report(
  what: string,
  r: { early: number[]; late: number; missed: number },
  target: number,
) {
  const f = (p: number) => percentile(r.early, p).toFixed(0);
  console.log(
    `  ${what}: end of speech -> first command p50 ${f(50)} ms, max ${f(100)} ms (target p50 <= ${target}); ${r.early.length - r.late}/${r.early.length} acted early${r.missed ? `, ${r.missed} without an action` : ''}`,
  );
}

export async function benchActEarly(): Promise<void> {
  console.log('acting early (actEarly; espeak-ng commands with white noise, live pace)');
  report('instant recogniser', await measure(new KnownWords(undefined)), 300);
  let binary: string;
  try {
    binary = locateWhisperBinary();
  } catch (error) {
    console.log(
      `  hearth-whisper: skipped (${error instanceof Error ? error.message : String(error)})`,
    );
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hearth-actbench-'));
  const whisper = new WhisperRecognizer({
    model: await writeEmptyWhisperModel(join(dir, 'empty-tiny.en.bin'), 'tiny.en'),
    binary,
  });
  try {
    await whisper.warmUp();
    report('hearth-whisper, empty tiny.en', await measure(new KnownWords(whisper)), 400);
  } finally {
    await whisper.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
