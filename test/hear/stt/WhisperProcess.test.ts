import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { WhisperProcess } from '../../../src-main/hear/stt/WhisperProcess.ts';
import { RecognizerCrashedError } from '../../../src-main/hear/stt/sttErrors.ts';
import { emptyWhisper } from './support/emptyWhisper.ts';
import { tone } from './support/speechAudio.ts';

describe('WhisperProcess', () => {
  let dir: string;
  let binary: string;
  let model: string;
  before(async () => {
    ({ dir, binary, model } = await emptyWhisper('hearth-stt-proc-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const start = () => WhisperProcess.start({ binary, model, threads: 1, startTimeoutMs: 60_000 });
  const request = (id: number) => ({
    id,
    language: 'en',
    prompt: '',
    threads: 1,
    audio_ctx: 64,
    max_prompt_tokens: 64,
    fallback: false,
  });

  it('an abort that comes after its request finished does not stop the next request', async () => {
    const whisper = await start();
    try {
      for (let id = 1; id <= 5; id++) {
        // A request without audio never computes, so it always finishes despite the abort.
        const quick = whisper.request(request(id * 2), new Float32Array(0));
        whisper.abortCurrent();
        assert.equal((await quick).type, 'result');
        const next = await whisper.request(request(id * 2 + 1), tone(1));
        assert.equal(next.type, 'result', JSON.stringify(next));
      }
    } finally {
      await whisper.close();
    }
  });

  it('ends when its input ends, and refuses requests afterwards', async () => {
    const whisper = await start();
    await whisper.close();
    assert.equal(whisper.alive, false);
    await assert.rejects(whisper.request(request(1), tone(1)), RecognizerCrashedError);
  });
});
