import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { autoThreads } from '../../../src-main/hear/stt/autoThreads.ts';
import { boundPrompt } from '../../../src-main/hear/stt/boundPrompt.ts';

describe('boundPrompt', () => {
  it('collapses spaces and keeps a short prompt whole', () => {
    assert.equal(boundPrompt('  Kitchen light,\n hall   lamp '), 'Kitchen light, hall lamp');
  });

  it('cuts a long prompt at a word boundary within what whisper uses', () => {
    const names = Array.from({ length: 400 }, (_, i) => `lamp${i}`).join(', ');
    const bounded = boundPrompt(names);
    assert.ok(bounded.length <= 1000);
    assert.ok(names.startsWith(bounded));
    assert.match(bounded, /lamp\d+,$/);
  });
});

describe('autoThreads', () => {
  it('is between 1 and 4', () => {
    const n = autoThreads();
    assert.ok(Number.isInteger(n) && n >= 1 && n <= 4);
  });
});
