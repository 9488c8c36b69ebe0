import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Assistant } from '../../src-main/assistant/Assistant.ts';
import { VoiceConfirmation, voiceAnswerOf } from '../../src-main/assistant/VoiceConfirmation.ts';
import { VoicePipeline } from '../../src-main/assistant/VoicePipeline.ts';
import type { VoicePipelineEvent } from '../../src-main/assistant/VoicePipelineEvent.ts';
import { WakeGate } from '../../src-main/assistant/WakeGate.ts';
import type { Pcm, SpeechRecognizer, Transcript } from '../../src-main/core/hear.ts';
import { WavFrameSource } from '../../src-main/hear/audio/WavFrameSource.ts';
import { StreamingVad } from '../../src-main/hear/vad/StreamingVad.ts';
import { WakeWordDetector } from '../../src-main/hear/wake/WakeWordDetector.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { speechFixture } from '../fixtures/speech.ts';
import { wakeOptions } from '../hear/wake/wakeModels.ts';

// A pending confirmation answered by voice, without the wake word, through the real wake
// model and VAD on espeak-ng speech; the recogniser answers from a script.

const HOME = parseHome(
  `
default_area: hall
areas:
  - { id: hall, name: Hall }
devices:
  - { id: front_door, name: Front door, area: hall, type: lock }
`,
  'confirm test home',
);

class Scripted implements SpeechRecognizer {
  constructor(private readonly answers: string[]) {}
  async transcribe(audio: Pcm, options: { signal?: AbortSignal } = {}): Promise<Transcript> {
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (options.signal?.aborted) throw options.signal.reason;
    return {
      text: this.answers.shift() ?? '',
      segments: [],
      audioSeconds: audio.length / 16_000,
      elapsedMs: 2,
    };
  }
  async dispose(): Promise<void> {}
}

let vad: StreamingVad;
let detector: WakeWordDetector;

async function listen(answer: string, voiceUnlock: boolean, gap = 1) {
  const fixture = speechFixture({
    parts: [
      { silence: 1 },
      { say: 'hey jarvis, unlock the front door' },
      { silence: gap },
      { say: answer },
      { silence: 1.5 },
    ],
  });
  const assistant = new Assistant(HOME);
  const events: VoicePipelineEvent[] = [];
  const pipeline = await VoicePipeline.create({
    vad,
    assistant,
    recognizer: new Scripted(['unlock the front door', answer]),
    wake: new WakeGate({ detector, followUpSeconds: 0 }),
    confirmation: new VoiceConfirmation({ home: HOME, voiceUnlock }),
    speculative: false,
    onEvent: (e) => void events.push(e),
  });
  try {
    await pipeline.run(await WavFrameSource.open(fixture.path));
    return {
      actions: events.flatMap((e) =>
        e.event === 'action' ? [`${e.device} ${e.command} ${e.outcome}`] : [],
      ),
      replies: events.flatMap((e) => (e.event === 'reply' ? [e.text] : [])),
    };
  } finally {
    await pipeline.dispose();
    await assistant.dispose();
  }
}

describe('VoicePipeline: confirming by voice', { timeout: 120_000 }, () => {
  before(async () => {
    vad = await StreamingVad.create();
    detector = await WakeWordDetector.load(wakeOptions('hey_jarvis'));
  });
  after(async () => {
    await vad.dispose();
    await detector.dispose();
  });

  it('a spoken "yes" unlocks when voice confirmation for locks is on', async () => {
    const { actions } = await listen('yes', true);
    assert.deepEqual(actions, ['front_door unlock needs_confirmation', 'front_door unlock ok']);
  });

  it('without that setting, "yes" leaves the unlock to the screen or tray', async () => {
    const { actions, replies } = await listen('yes', false);
    assert.deepEqual(actions, ['front_door unlock needs_confirmation']);
    assert.match(replies.at(-1) ?? '', /screen or in the tray/);
  });

  it('"cancel" drops it; an answer after the window is not heard without the wake word', async () => {
    const cancelled = await listen('cancel', true);
    assert.deepEqual(cancelled.actions, ['front_door unlock needs_confirmation']);
    assert.equal(cancelled.replies.at(-1), 'Cancelled.');
    const late = await listen('yes', true, 9);
    assert.deepEqual(late.actions, ['front_door unlock needs_confirmation']);
    assert.equal(late.replies.length, 1);
  });

  it('reads yes and no answers, and nothing else', () => {
    for (const yes of ['Yes.', 'confirm', 'Do it!', 'yes please'])
      assert.equal(voiceAnswerOf(yes), 'yes', yes);
    for (const no of ['No.', 'cancel', 'Stop.', 'never mind'])
      assert.equal(voiceAnswerOf(no), 'no', no);
    for (const other of ['yes turn on the light', 'stop the music', ''])
      assert.equal(voiceAnswerOf(other), undefined, other);
  });
});
