import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Assistant } from '../../src-main/assistant/Assistant.ts';
import { readsComplete } from '../../src-main/assistant/readsComplete.ts';
import { VoicePipeline } from '../../src-main/assistant/VoicePipeline.ts';
import type { VoicePipelineEvent } from '../../src-main/assistant/VoicePipelineEvent.ts';
import type { Pcm, SpeechRecognizer, Transcript } from '../../src-main/core/hear.ts';
import { WavFrameSource } from '../../src-main/hear/audio/WavFrameSource.ts';
import { StreamingVad } from '../../src-main/hear/vad/StreamingVad.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { speechFixture } from '../fixtures/speech.ts';

// Acting when the end of speech is first noticed (actEarly): the real VAD on espeak-ng
// speech, a recogniser that answers by how much audio it was given, virtual devices.

const HOME = parseHome(
  `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: hall_light, name: Hall light, area: kitchen, type: light }
  - { id: front_door, name: Front door, area: kitchen, type: lock }
`,
  'early test home',
);

class ByLength implements SpeechRecognizer {
  constructor(private readonly answer: (seconds: number) => string) {}
  async transcribe(audio: Pcm, options: { signal?: AbortSignal } = {}): Promise<Transcript> {
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (options.signal?.aborted) throw options.signal.reason;
    const seconds = audio.length / 16_000;
    return { text: this.answer(seconds), segments: [], audioSeconds: seconds, elapsedMs: 2 };
  }
  async dispose(): Promise<void> {}
}

let vad: StreamingVad;

async function listen(path: string, answer: (seconds: number) => string) {
  const assistant = new Assistant(HOME);
  const events: VoicePipelineEvent[] = [];
  const pipeline = await VoicePipeline.create({
    vad,
    assistant,
    recognizer: new ByLength(answer),
    actEarly: true,
    onEvent: (e) => void events.push(e),
  });
  try {
    // At a microphone's pace: read as fast as possible, the end would be confirmed first.
    await pipeline.run(await WavFrameSource.open(path, { realtime: true }));
    const actions = events.flatMap((e) =>
      e.event === 'action' ? [`${e.device} ${e.command}${e.early ? ' early' : ''}`] : [],
    );
    return { events, actions };
  } finally {
    await pipeline.dispose();
    await assistant.dispose();
  }
}

describe('VoicePipeline acting early', { timeout: 120_000 }, () => {
  before(async () => {
    vad = await StreamingVad.create();
  });
  after(() => vad.dispose());

  it('acts on a finished command when its end is first noticed', async () => {
    const fixture = speechFixture({
      parts: [{ silence: 1 }, { say: 'turn on the kitchen light' }, { silence: 1.5 }],
    });
    const { actions, events } = await listen(fixture.path, () => 'Turn on the kitchen light.');
    assert.deepEqual(actions, ['kitchen_light turn_on early']);
    assert.deepEqual(
      events.map((e) => e.event),
      ['speech_start', 'speech_end', 'transcript', 'plan', 'action', 'reply'],
    );
  });

  it('continues the same turn when speech resumes: adds the hall light, does nothing twice', async () => {
    const fixture = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'turn on the kitchen light' },
        { silence: 0.4 },
        { say: 'and the hall light' },
        { silence: 1.5 },
      ],
    });
    const first = fixture.utterances[0]!;
    const firstPart = first.end - first.start + 0.2 + 0.35;
    const { actions } = await listen(fixture.path, (seconds) =>
      seconds < firstPart
        ? 'Turn on the kitchen light.'
        : 'Turn on the kitchen light and the hall light.',
    );
    // Each part went out when its own end was first noticed; the kitchen light only once.
    assert.deepEqual(actions, ['kitchen_light turn_on early', 'hall_light turn_on early']);
  });

  it('waits for the confirmed end when the words promise more, or need confirmation', async () => {
    const fixture = speechFixture({
      parts: [{ silence: 1 }, { say: 'turn on the kitchen light and' }, { silence: 1.5 }],
    });
    const trailing = await listen(fixture.path, () => 'Turn on the kitchen light and');
    assert.ok(!trailing.actions.some((a) => a.endsWith('early')), trailing.actions.join());
    const lock = speechFixture({
      parts: [{ silence: 1 }, { say: 'unlock the front door' }, { silence: 1.5 }],
    });
    const held = await listen(lock.path, () => 'Unlock the front door.');
    assert.deepEqual(held.actions, ['front_door unlock']);
    assert.equal(
      held.events.find((e) => e.event === 'action' && e.outcome === 'needs_confirmation') !==
        undefined,
      true,
    );
  });

  it('reads which words are a finished command', () => {
    for (const done of [
      'turn on the kitchen light',
      'turn the light off',
      'set the light to 40 percent',
      'lock the door.',
    ])
      assert.equal(readsComplete(done), true, done);
    for (const more of [
      'turn on the kitchen light and',
      'dim the hall light then',
      'set the light to',
      'set the light to 40',
      'set a timer for five',
      'turn on the',
      '',
    ])
      assert.equal(readsComplete(more), false, more);
  });

  it('recognises a finished command once, started at the lull a frame before its end is noticed', async () => {
    const fixture = speechFixture({
      parts: [{ silence: 1 }, { say: 'turn on the kitchen light' }, { silence: 1.5 }],
    });
    const heard = async (detector: StreamingVad) => {
      const calls: { seconds: number; aborted: () => boolean }[] = [];
      const recognizer: SpeechRecognizer = {
        async transcribe(audio, options = {}) {
          calls.push({ seconds: audio.length / 16_000, aborted: () => !!options.signal?.aborted });
          await new Promise((resolve) => setTimeout(resolve, 2));
          return {
            text: 'Turn on the kitchen light.',
            segments: [],
            audioSeconds: 0,
            elapsedMs: 2,
          };
        },
        async dispose() {},
      };
      const assistant = new Assistant(HOME);
      const actions: string[] = [];
      const pipeline = await VoicePipeline.create({
        vad: detector,
        assistant,
        recognizer,
        actEarly: true,
        onEvent: (e) => {
          if (e.event === 'action')
            actions.push(`${e.device} ${e.command}${e.early ? ' early' : ''}`);
        },
      });
      try {
        await pipeline.run(await WavFrameSource.open(fixture.path, { realtime: true }));
      } finally {
        await pipeline.dispose();
        await assistant.dispose();
      }
      return { calls, actions };
    };
    const withLull = await heard(vad);
    assert.deepEqual(withLull.actions, ['kitchen_light turn_on early']);
    assert.equal(withLull.calls.length, 1, "the lull's recognition was kept to the end");
    assert.equal(withLull.calls[0]?.aborted(), false);
    const noLull = await StreamingVad.create({ lullMs: 0 });
    try {
      const without = await heard(noLull);
      assert.deepEqual(without.actions, ['kitchen_light turn_on early']);
      assert.equal(without.calls.length, 1);
      // Started one 96 ms frame sooner, on the same speech with less silence after it.
      const shorter = (without.calls[0]?.seconds ?? 0) - (withLull.calls[0]?.seconds ?? 0);
      assert.ok(shorter > 0 && shorter <= 0.096 + 1e-6, String(shorter));
    } finally {
      await noLull.dispose();
    }
  });
});
