import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { AssistantService } from '../../src-main/assistant/AssistantService.ts';
import { AssistantServiceVoicePipeline } from '../../src-main/assistant/AssistantServiceVoicePipeline.ts';
import type { AssistantEvent } from '../../src-main/core/assistantApi.ts';
import type { Pcm, SpeechRecognizer, Transcript } from '../../src-main/core/hear.ts';
import { WavFrameSource } from '../../src-main/hear/audio/WavFrameSource.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { speechFixture } from '../fixtures/speech.ts';

// The service's voice pipeline acts early by default: a finished command goes out when the
// end of speech is first noticed, before the end is confirmed; speech that resumes continues
// the same turn without doing anything twice. The real VAD on espeak-ng speech, pushed at a
// microphone's pace; a recogniser that answers by how much audio it was given.

const dir = mkdtempSync(join(tmpdir(), 'hearth-service-early-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const HOME = parseHome(
  `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: hall_light, name: Hall light, area: kitchen, type: light }
`,
  'service early test home',
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

async function speak(
  path: string,
  answer: (seconds: number) => string,
  actEarly?: boolean,
): Promise<AssistantEvent[]> {
  const voice = await AssistantServiceVoicePipeline.create({
    recognizer: new ByLength(answer),
    ...(actEarly !== undefined ? { actEarly } : {}),
  });
  const service = await AssistantService.open({
    home: HOME,
    dataDir: mkdtempSync(join(dir, 'run-')),
    voice,
  });
  const events: AssistantEvent[] = [];
  try {
    service.subscribe((event) => events.push(event));
    await service.startListening();
    // At a microphone's pace: read as fast as possible, the end would be confirmed first.
    for await (const frame of await WavFrameSource.open(path, { realtime: true })) {
      service.pushAudio(frame, 16_000);
    }
    await service.stopListening();
    for (let i = 0; i < 300 && !events.some((e) => e.type === 'reply'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return events;
  } finally {
    await service.dispose();
  }
}

/** Device changes and the confirmed end of speech, in the order the service told them. */
function timeline(events: readonly AssistantEvent[]): string[] {
  return events.flatMap((e) => {
    if (e.type === 'speech' && e.phase === 'end') return ['end confirmed'];
    if (e.type === 'device' && e.device.state.state === 'on') return [`${e.device.id} on`];
    return [];
  });
}

describe('AssistantService acting early', { timeout: 120_000 }, () => {
  it('turns the light on before the end of speech is confirmed, by default', async () => {
    const fixture = speechFixture({
      parts: [{ silence: 1 }, { say: 'turn on the kitchen light' }, { silence: 1.5 }],
    });
    const events = await speak(fixture.path, () => 'Turn on the kitchen light.');
    assert.deepEqual(timeline(events), ['kitchen_light on', 'end confirmed']);
    const reply = events.find((e) => e.type === 'reply');
    assert.ok(reply?.type === 'reply');
    assert.deepEqual(
      reply.outcomes.map((o) => `${o.device} ${o.command} ${o.outcome}`),
      ['kitchen_light turn_on ok'],
    );
  });

  it('waits for the confirmed end with actEarly: false', async () => {
    const fixture = speechFixture({
      parts: [{ silence: 1 }, { say: 'turn on the kitchen light' }, { silence: 1.5 }],
    });
    const events = await speak(fixture.path, () => 'Turn on the kitchen light.', false);
    assert.deepEqual(timeline(events), ['end confirmed', 'kitchen_light on']);
  });

  it('continues the same turn when speech resumes, doing nothing twice', async () => {
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
    const events = await speak(fixture.path, (seconds) =>
      seconds < firstPart
        ? 'Turn on the kitchen light.'
        : 'Turn on the kitchen light and the hall light.',
    );
    const replies = events.filter((e) => e.type === 'reply');
    assert.equal(replies.length, 1);
    const [reply] = replies;
    assert.ok(reply?.type === 'reply');
    assert.deepEqual(
      reply.outcomes.map((o) => `${o.device} ${o.command}`),
      ['kitchen_light turn_on', 'hall_light turn_on'],
    );
    assert.deepEqual(timeline(events), ['kitchen_light on', 'hall_light on', 'end confirmed']);
  });
});
