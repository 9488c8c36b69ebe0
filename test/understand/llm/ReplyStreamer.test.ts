import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReplyStreamer } from '../../../src-main/understand/llm/ReplyStreamer.ts';

function stream(chunks: string[]): string[] {
  const out: string[] = [];
  const streamer = new ReplyStreamer((t) => out.push(t));
  for (const chunk of chunks) streamer.push(chunk);
  return out;
}

describe('ReplyStreamer', () => {
  it('passes on the decoded words of a reply as they come', () => {
    const json = '{ "reply" : "Tea?\\n\\"Yes\\" \\u00e9t\\u00E9 \\\\ done" }';
    // Every way of cutting the text into pieces gives the same words.
    for (let size = 1; size <= json.length; size++) {
      const chunks = json.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      assert.equal(stream(chunks).join(''), 'Tea?\n"Yes" été \\ done', `pieces of ${size}`);
    }
    assert.ok(stream(json.split('')).length > 10);
  });

  it('says nothing for actions, queries or text that is not JSON', () => {
    assert.deepEqual(stream(['{"actions":[{"device":"x","command":"turn_on"}]}']), []);
    assert.deepEqual(stream(['{"que', 'ries":[]}']), []);
    assert.deepEqual(stream(['Sure! {"reply":"hi"}']), []);
  });

  it('stops at the end of the reply string', () => {
    assert.deepEqual(stream(['{"reply":"hi"', ',"reply":"again"}']), ['hi']);
  });
});
