import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Assistant } from '../../src-main/assistant/Assistant.ts';
import { VoicePipeline } from '../../src-main/assistant/VoicePipeline.ts';
import type { VoicePipelineEvent } from '../../src-main/assistant/VoicePipelineEvent.ts';
import { stripWakeEcho, WakeGate } from '../../src-main/assistant/WakeGate.ts';
import type { Pcm, SpeechRecognizer, Transcript } from '../../src-main/core/hear.ts';
import { WavFrameSource } from '../../src-main/hear/audio/WavFrameSource.ts';
import { StreamingVad } from '../../src-main/hear/vad/StreamingVad.ts';
import { WakeWordDetector } from '../../src-main/hear/wake/WakeWordDetector.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { speechFixture } from '../fixtures/speech.ts';
import { wakeOptions } from '../hear/wake/wakeModels.ts';

// Hands-free with the real "hey jarvis" model and the real VAD on espeak-ng speech; the
// recogniser answers from a script and records what it was given, so the test sees exactly
// which audio became a command.

const HOME = parseHome(
  `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: hall_light, name: Hall light, area: kitchen, type: light }
`,
  'wake test home',
);

class ScriptedRecognizer implements SpeechRecognizer {
  readonly heard: number[] = [];
  constructor(private readonly answers: string[]) {}
  async transcribe(audio: Pcm, options: { signal?: AbortSignal } = {}): Promise<Transcript> {
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (options.signal?.aborted) throw options.signal.reason;
    this.heard.push(audio.length / 16_000);
    const text = this.answers.shift() ?? '';
    return { text, segments: [], audioSeconds: audio.length / 16_000, elapsedMs: 2 };
  }
  async dispose(): Promise<void> {}
}

let vad: StreamingVad;
let detector: WakeWordDetector;

async function listen(path: string, answers: string[], followUpSeconds = 0) {
  const recognizer = new ScriptedRecognizer(answers);
  const assistant = new Assistant(HOME);
  const events: VoicePipelineEvent[] = [];
  const pipeline = await VoicePipeline.create({
    vad,
    recognizer,
    assistant,
    wake: new WakeGate({ detector, followUpSeconds }),
    speculative: false,
    onEvent: (e) => void events.push(e),
  });
  try {
    await pipeline.run(await WavFrameSource.open(path));
    return { events, recognizer, kinds: events.map((e) => e.event) };
  } finally {
    await pipeline.dispose();
    await assistant.dispose();
  }
}

const actions = (events: VoicePipelineEvent[]) =>
  events.flatMap((e) => (e.event === 'action' ? [`${e.device} ${e.command}`] : []));

describe('VoicePipeline with a wake word', { timeout: 120_000 }, () => {
  before(async () => {
    vad = await StreamingVad.create();
    detector = await WakeWordDetector.load(wakeOptions('hey_jarvis'));
  });
  after(async () => {
    await vad.dispose();
    await detector.dispose();
  });

  it('ignores speech without the word, then takes the utterance after "hey jarvis"', async () => {
    const fixture = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'turn on the kitchen light' },
        { silence: 1.5 },
        { say: 'hey jarvis' },
        { silence: 1 },
        { say: 'turn on the hall light' },
        { silence: 1.5 },
      ],
    });
    const { events, recognizer, kinds } = await listen(fixture.path, ['Turn on the hall light.']);
    assert.equal(recognizer.heard.length, 1, 'only the command is transcribed');
    assert.equal(kinds.filter((k) => k === 'wake').length, 1);
    const wake = events.find((e) => e.event === 'wake');
    assert.ok(
      wake && wake.t > fixture.utterances[1]!.start && wake.t < fixture.utterances[2]!.start,
    );
    assert.deepEqual(actions(events), ['hall_light turn_on']);
  });

  it('takes "hey jarvis, turn on the kitchen light" said in one breath, without the word', async () => {
    const fixture = speechFixture({
      parts: [{ silence: 1 }, { say: 'hey jarvis, turn on the kitchen light' }, { silence: 1.5 }],
    });
    const { events, recognizer } = await listen(fixture.path, [
      'Jarvis, turn on the kitchen light.',
    ]);
    assert.equal(recognizer.heard.length, 1);
    const u = fixture.utterances[0]!;
    // The recogniser got the part after the word, not the whole utterance.
    assert.ok(recognizer.heard[0]! < u.end - u.start, `${recognizer.heard[0]} s`);
    const transcript = events.find((e) => e.event === 'transcript');
    assert.equal(
      transcript?.event === 'transcript' && transcript.text,
      'turn on the kitchen light.',
    );
    assert.deepEqual(actions(events), ['kitchen_light turn_on']);
  });

  it('listens without the word in the follow-up window after a reply, and not after it', async () => {
    const fixture = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'hey jarvis, turn on the kitchen light' },
        { silence: 1.2 },
        { say: 'turn on the hall light' },
        { silence: 7 },
        { say: 'turn off the hall light' },
        { silence: 1.5 },
      ],
    });
    const { events, recognizer } = await listen(
      fixture.path,
      ['turn on the kitchen light', 'turn on the hall light', 'turn off the hall light'],
      5,
    );
    assert.equal(recognizer.heard.length, 2);
    assert.deepEqual(actions(events), ['kitchen_light turn_on', 'hall_light turn_on']);
  });

  it('takes the echo of the wake word off the front of a transcript, and nothing else', () => {
    assert.equal(stripWakeEcho('Jarvis, turn on the light', 'hey_jarvis'), 'turn on the light');
    assert.equal(stripWakeEcho('vis turn on', 'hey_jarvis'), 'turn on');
    assert.equal(stripWakeEcho('is the light on?', 'hey_jarvis'), 'is the light on?');
    assert.equal(stripWakeEcho('turn on the light', 'hey_jarvis'), 'turn on the light');
  });
});
