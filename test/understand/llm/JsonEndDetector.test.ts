import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JsonEndDetector } from '../../../src-main/understand/llm/JsonEndDetector.ts';

function endsAt(chunks: string[]): number {
  const detector = new JsonEndDetector();
  return chunks.findIndex((chunk) => detector.push(chunk));
}

describe('JsonEndDetector', () => {
  it('sees the outermost object close, whatever the pieces', () => {
    assert.equal(endsAt(['{"actions":[{"device":"a",', '"command":"b"}]', '}', '\n\n']), 2);
    assert.equal(endsAt(['{', '"reply":"a } ] { \\" still inside"', '}']), 2);
    assert.equal(endsAt(['\n', ' {"queries":[]}']), 1);
  });

  it('waits while the object is open', () => {
    assert.equal(endsAt(['{"reply":"}"', ', "x": [1, 2]']), -1);
    assert.equal(endsAt(['', '   ']), -1);
  });
});
