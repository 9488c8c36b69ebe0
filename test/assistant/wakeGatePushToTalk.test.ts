import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WakeGate } from '../../src-main/assistant/WakeGate.ts';
import { WakeWordDetector } from '../../src-main/hear/wake/WakeWordDetector.ts';
import { wakeOptions } from '../hear/wake/wakeModels.ts';

// Pressing Talk is a wake word of its own: with a wake model loaded, push-to-talk still takes
// every utterance, and hands-free takes only what follows the word (or a follow-up window).

let detector: WakeWordDetector;
before(async () => {
  detector = await WakeWordDetector.load(wakeOptions('hey_jarvis'));
});
after(async () => {
  await detector.dispose();
});

describe('WakeGate push-to-talk', () => {
  it('takes an utterance without the word only in push-to-talk, and keeps that over reset()', () => {
    const gate = new WakeGate({ detector });
    const audio = new Float32Array(16_000);
    assert.deepEqual(gate.decide(audio, 0, 0.2, 0.9), { kind: 'ignore' });
    gate.pushToTalk = true;
    gate.reset();
    const taken = gate.decide(audio, 0, 0.2, 0.9);
    assert.equal(taken.kind, 'command');
    assert.equal(taken.kind === 'command' && taken.afterWake, false);
    gate.pushToTalk = false;
    assert.deepEqual(gate.decide(audio, 0, 0.2, 0.9), { kind: 'ignore' });
  });
});
