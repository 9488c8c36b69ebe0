import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { audioContextFor } from '../../../src-main/hear/stt/audioContextFor.ts';

describe('audioContextFor', () => {
  it('sizes the encoder window to the audio plus the margin, in 20 ms frames', () => {
    assert.equal(audioContextFor(48_000), 150 + 64); // 3 s
    assert.equal(audioContextFor(48_001), 151 + 64);
    assert.equal(audioContextFor(48_000, { margin: 0 }), 150);
  });

  it('never goes below the minimum', () => {
    assert.equal(audioContextFor(0), 64);
    assert.equal(audioContextFor(1600, { margin: 0 }), 64);
    assert.equal(audioContextFor(1600, { margin: 0, min: 8 }), 8);
  });

  it('uses the full window (0) for long audio, or when turned off', () => {
    assert.equal(audioContextFor(16_000 * 29), 0);
    assert.equal(audioContextFor(16_000 * 60), 0);
    assert.equal(audioContextFor(48_000, { mode: 'full' }), 0);
    assert.equal(audioContextFor(48_000, { max: 200 }), 0);
  });
});
