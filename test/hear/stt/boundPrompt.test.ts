import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { autoThreads } from '../../../src-main/hear/stt/autoThreads.ts';
import { boundPrompt } from '../../../src-main/hear/stt/boundPrompt.ts';

describe('boundPrompt', () => {
  it('collapses spaces and keeps a short prompt whole', () => {
    assert.equal(boundPrompt('  Kitchen light,\n hall   lamp '), 'Kitchen light, hall lamp');
  });

  it('cuts a long prompt after a whole name', () => {
    const names = Array.from({ length: 400 }, (_, i) => `reading lamp ${i}`).join(', ');
    const bounded = boundPrompt(names);
    assert.ok(bounded.length <= 1000 && bounded.length > 950);
    assert.ok(names.startsWith(`${bounded}, `));
    assert.match(bounded, /reading lamp \d+$/);
  });

  it('cuts at a word, or anywhere, when there is no name to cut after', () => {
    const words = Array.from({ length: 300 }, (_, i) => `lamp${i}`).join(' ');
    const bounded = boundPrompt(words);
    assert.ok(bounded.length <= 1000 && words.startsWith(`${bounded} `));
    assert.equal(boundPrompt('x'.repeat(3000)), 'x'.repeat(1000));
  });
});

describe('autoThreads', () => {
  it('is between 1 and 4', () => {
    const n = autoThreads();
    assert.ok(Number.isInteger(n) && n >= 1 && n <= 4);
  });
});
