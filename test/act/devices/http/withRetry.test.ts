import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TransportError } from '../../../../src-main/act/devices/http/TransportError.ts';
import { withRetry } from '../../../../src-main/act/devices/http/withRetry.ts';
import { statusError } from '../../../../src-main/act/devices/http/HttpClient.ts';

function failing(errors: Error[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    attempt: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return 'done';
    },
  };
}

describe('withRetry', () => {
  it('retries connection errors with 100 then 300 ms of backoff', async () => {
    const waits: number[] = [];
    const f = failing([new TransportError('refused', 'x'), new TransportError('timeout', 'x')]);
    assert.equal(await withRetry(f.attempt, { sleep: async (ms) => void waits.push(ms) }), 'done');
    assert.deepEqual(waits, [100, 300]);
    assert.equal(f.calls, 3);
  });

  it('does not retry what another try cannot fix', async () => {
    for (const error of [
      new TransportError('malformed', 'x'),
      new TransportError('status', 'x', { status: 404 }),
      new Error('a bug'),
    ]) {
      const f = failing([error]);
      await assert.rejects(withRetry(f.attempt, { sleep: async () => undefined }), error);
      assert.equal(f.calls, 1);
    }
  });

  it('honours Retry-After up to the cap', async () => {
    const waits: number[] = [];
    const busy = (ms: number) =>
      new TransportError('status', 'x', { status: 429, retryAfterMs: ms });
    const f = failing([busy(1500)]);
    await withRetry(f.attempt, { sleep: async (ms) => void waits.push(ms) });
    assert.deepEqual(waits, [1500]);
    const g = failing([busy(5000)]);
    await assert.rejects(withRetry(g.attempt, { sleep: async () => undefined }));
    assert.equal(g.calls, 1);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const reply = (value: string) => ({ status: 429, headers: { 'retry-after': value }, body: '' });
    assert.equal(statusError(reply('2')).retryAfterMs, 2000);
    const date = new Date(Date.now() + 60_000).toUTCString();
    assert.ok((statusError(reply(date)).retryAfterMs ?? 0) > 50_000);
    assert.equal(statusError(reply('soon')).retryAfterMs, undefined);
  });
});
