import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Assistant } from '../../src-main/assistant/Assistant.ts';
import { VoicePipeline } from '../../src-main/assistant/VoicePipeline.ts';
import type { VoicePipelineEvent } from '../../src-main/assistant/VoicePipelineEvent.ts';
import { voicePrompt } from '../../src-main/assistant/VoicePrompt.ts';
import type {
  Pcm,
  SpeechRecognizer,
  TranscribeOptions,
  Transcript,
} from '../../src-main/core/hear.ts';
import { PushFrameSource } from '../../src-main/hear/audio/PushFrameSource.ts';
import { readWavFile } from '../../src-main/hear/audio/readWavFile.ts';
import { WavFrameSource } from '../../src-main/hear/audio/WavFrameSource.ts';
import { StreamingVad } from '../../src-main/hear/vad/StreamingVad.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { noiseFixture, speechFixture } from '../fixtures/speech.ts';

// Audio to events: the VAD, a recogniser (scripted here; VoicePipelineWhisper.test.ts runs
// the real whisper.cpp), the assistant. Fixtures are espeak-ng speech (Debian packages espeak-ng and sox).

const HOME = parseHome(
  `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall, aliases: [entrance] }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
`,
  'voice test home',
);

const TWO_COMMANDS = {
  parts: [
    { silence: 1 },
    { say: 'turn on the kitchen light' },
    { silence: 1.5 },
    { say: 'lock the front door' },
    { silence: 1.5 },
  ],
  noise: 'white' as const,
};

interface Call {
  seconds: number;
  prompt: string | undefined;
  aborted: () => boolean;
}

/** A recogniser that answers from a script, in call order, and records what it was asked. */
class ScriptedRecognizer implements SpeechRecognizer {
  readonly calls: Call[] = [];
  private readonly answers: (string | Error)[] | ((seconds: number) => string);
  /** Answers in call order, or by the length of the audio heard. */
  constructor(answers: (string | Error)[] | ((seconds: number) => string)) {
    this.answers = answers;
  }
  async transcribe(audio: Pcm, options: TranscribeOptions = {}): Promise<Transcript> {
    const signal = options.signal;
    this.calls.push({
      seconds: audio.length / 16_000,
      prompt: options.prompt,
      aborted: () => signal?.aborted ?? false,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (signal?.aborted) throw signal.reason;
    const answer =
      typeof this.answers === 'function'
        ? this.answers(audio.length / 16_000)
        : (this.answers.shift() ?? '');
    if (answer instanceof Error) throw answer;
    return { text: answer, segments: [], audioSeconds: audio.length / 16_000, elapsedMs: 5 };
  }
  async dispose(): Promise<void> {}
}

let vad: StreamingVad;

async function listen(
  file: string | PushFrameSource,
  options: { recognizer?: SpeechRecognizer; assistant?: Assistant } = {},
) {
  const events: VoicePipelineEvent[] = [];
  const pipeline = await VoicePipeline.create({
    vad,
    ...options,
    onEvent: (e) => void events.push(e),
  });
  const source = typeof file === 'string' ? await WavFrameSource.open(file) : file;
  const summary = await pipeline.run(source);
  await pipeline.dispose();
  return { events, summary, kinds: events.map((e) => e.event) };
}

describe('VoicePipeline', { timeout: 120_000 }, () => {
  before(async () => {
    vad = await StreamingVad.create();
  });
  after(() => vad.dispose());

  it('turns two spoken commands into speech events, transcripts, plans, actions and replies', async () => {
    const fixture = speechFixture(TWO_COMMANDS);
    const recognizer = new ScriptedRecognizer([
      'Turn on the kitchen light.',
      ' Lock the front door.',
    ]);
    const assistant = new Assistant(HOME);
    try {
      const { events, kinds, summary } = await listen(fixture.path, { recognizer, assistant });
      const one = ['speech_start', 'speech_end', 'transcript', 'plan', 'action', 'reply'];
      assert.deepEqual(kinds, [...one, ...one]);
      assert.deepEqual(summary, {
        seconds: summary.seconds,
        utterances: 2,
        transcripts: 2,
        failedActions: 0,
        errors: 0,
      });
      const ends = events.filter((e) => e.event === 'speech_end');
      ends.forEach((end, i) => {
        const truth = fixture.utterances[i];
        assert.ok(
          truth &&
            Math.abs(end.t - truth.end) < 0.5 &&
            end.detected_t >= end.t &&
            end.confirmed_t >= end.detected_t,
        );
      });
      const actions = events.filter((e) => e.event === 'action');
      assert.deepEqual(
        actions.map(({ device, command, outcome }) => ({ device, command, outcome })),
        [
          { device: 'kitchen_light', command: 'turn_on', outcome: 'ok' },
          { device: 'front_door', command: 'lock', outcome: 'ok' },
        ],
      );
      const plan = events.find((e) => e.event === 'plan');
      assert.ok(plan && plan.source === 'rules' && plan.text === 'Turn on the kitchen light.');
      for (const e of events) if ('elapsed_ms' in e) assert.ok(e.elapsed_ms >= 0);
      assert.equal((await assistant.devices.state('kitchen_light'))?.state, 'on');
      // One recognition per utterance, biased towards the home's names.
      assert.equal(recognizer.calls.length, 2);
      assert.equal(recognizer.calls[0]?.prompt, voicePrompt(HOME));
      assert.match(voicePrompt(HOME), /Kitchen light, Front door, Kitchen, Hall, entrance/);
    } finally {
      await assistant.dispose();
    }
  });

  it("drops whisper's silence phrases: an empty transcript, and nothing acts", async () => {
    const recognizer = new ScriptedRecognizer(['Thank you.', ' [BLANK_AUDIO]']);
    const assistant = new Assistant(HOME);
    try {
      const statesBefore = await assistant.devices.states();
      const { events, kinds, summary } = await listen(speechFixture(TWO_COMMANDS).path, {
        recognizer,
        assistant,
      });
      assert.deepEqual(kinds, [
        'speech_start',
        'speech_end',
        'transcript',
        'speech_start',
        'speech_end',
        'transcript',
      ]);
      const transcripts = events.filter((e) => e.event === 'transcript');
      assert.deepEqual(
        transcripts.map(({ text, dropped }) => ({ text, dropped })),
        [
          { text: '', dropped: 'Thank you.' },
          { text: '', dropped: '[BLANK_AUDIO]' },
        ],
      );
      assert.equal(summary.transcripts, 0);
      assert.deepEqual(await assistant.devices.states(), statesBefore);
    } finally {
      await assistant.dispose();
    }
  });

  for (const kind of ['silence', 'white', 'pink'] as const) {
    it(`5 s of ${kind === 'silence' ? 'silence' : `${kind} noise`}: no event, no recognition`, async () => {
      const recognizer = new ScriptedRecognizer(['turn on the kitchen light']);
      const { events } = await listen(noiseFixture(kind, 5), { recognizer, assistant: undefined });
      assert.deepEqual(events, []);
      assert.equal(recognizer.calls.length, 0);
    });
  }

  it('without a recogniser: speech events, and once that it cannot transcribe', async () => {
    const { kinds } = await listen(speechFixture(TWO_COMMANDS).path);
    assert.deepEqual(kinds, ['speech_start', 'speech_end', 'notice', 'speech_start', 'speech_end']);
  });

  it('a recogniser failure is reported for that utterance and listening goes on', async () => {
    const recognizer = new ScriptedRecognizer([
      new Error('the speech recogniser stopped unexpectedly'),
      'lock the front door',
    ]);
    const assistant = new Assistant(HOME);
    try {
      const { events, kinds, summary } = await listen(speechFixture(TWO_COMMANDS).path, {
        recognizer,
        assistant,
      });
      assert.deepEqual(kinds, [
        'speech_start',
        'speech_end',
        'error',
        'speech_start',
        'speech_end',
        'transcript',
        'plan',
        'action',
        'reply',
      ]);
      const error = events.find((e) => e.event === 'error');
      assert.ok(
        error && error.stage === 'transcribe' && /stopped unexpectedly/.test(error.message),
      );
      assert.equal(summary.errors, 1);
    } finally {
      await assistant.dispose();
    }
  });

  it('a pause inside a sentence starts a guess that is dropped; the whole sentence is recognised once', async () => {
    const fixture = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'turn on the kitchen light <break time="450ms"/> and lock the front door' },
        { silence: 1.5 },
      ],
    });
    // The guess hears the first half only; whether it is aborted in time or finishes and is
    // thrown away depends on the machine's speed, so only the outcome is checked.
    const recognizer = new ScriptedRecognizer((seconds) =>
      seconds > 3
        ? 'turn on the kitchen light and lock the front door'
        : 'turn on the kitchen light',
    );
    const assistant = new Assistant(HOME);
    try {
      const { kinds, events } = await listen(fixture.path, { recognizer, assistant });
      assert.deepEqual(kinds, [
        'speech_start',
        'speech_end',
        'transcript',
        'plan',
        'action',
        'action',
        'reply',
      ]);
      const [guess, final] = recognizer.calls;
      assert.equal(recognizer.calls.length, 2);
      assert.ok(
        guess && final && guess.seconds < 3 && final.seconds > 3,
        `heard ${guess?.seconds} s, then ${final?.seconds} s`,
      );
      assert.ok(
        guess.aborted() && !final.aborted(),
        'the guess is cancelled, the final call is not',
      );
      const transcript = events.find((e) => e.event === 'transcript');
      assert.equal(transcript?.text, 'turn on the kitchen light and lock the front door');
    } finally {
      await assistant.dispose();
    }
  });

  it('listens to pushed microphone chunks the same way as to a file', async () => {
    const fixture = speechFixture(TWO_COMMANDS);
    const { audio } = await readWavFile(fixture.path);
    const mic = new PushFrameSource();
    for (let at = 0; at < audio.length; at += 4096) mic.push(audio.subarray(at, at + 4096), 16_000);
    mic.end();
    const fromMic = await listen(mic, { recognizer: new ScriptedRecognizer(['a', 'b']) });
    const fromFile = await listen(fixture.path, { recognizer: new ScriptedRecognizer(['a', 'b']) });
    const times = (events: VoicePipelineEvent[]) =>
      events
        .filter((e) => e.event === 'speech_start' || e.event === 'speech_end')
        .map((e) => ('t' in e ? e.t : 0));
    // A transcript arrives while the frames after it are read, so where it falls between the
    // speech events depends on timing; the speech events and the transcripts themselves do not.
    const speech = (kinds: string[]) => kinds.filter((k) => k.startsWith('speech_'));
    const words = (events: VoicePipelineEvent[]) =>
      events.flatMap((e) => (e.event === 'transcript' ? [e.text] : []));
    assert.deepEqual(speech(fromMic.kinds), speech(fromFile.kinds));
    assert.deepEqual(words(fromMic.events), words(fromFile.events));
    assert.deepEqual(words(fromFile.events), ['a', 'b']);
    assert.deepEqual(times(fromMic.events), times(fromFile.events));
  });
});
