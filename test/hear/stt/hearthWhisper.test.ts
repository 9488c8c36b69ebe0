import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { encodeWhisperRequest } from '../../../src-main/hear/stt/whisperProtocol.ts';
import { emptyWhisperModelBytes, writeEmptyWhisperModel } from '../../fixtures/whisperModel.ts';
import { emptyWhisper } from './support/emptyWhisper.ts';
import {
  runHearthWhisper as runBinary,
  whisperRequest as request,
} from './support/runHearthWhisper.ts';
import { tone } from './support/speechAudio.ts';

// hearth-whisper on its own, through its stdin/stdout protocol (native/hearth-whisper/protocol.h).

describe('hearth-whisper', () => {
  let dir: string;
  let binary: string;
  let model: string;
  before(async () => {
    ({ dir, binary, model } = await emptyWhisper('hearth-stt-bin-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the model once, answers each request in order, and exits 0 at end of input', async () => {
    const nan = tone(1.5);
    nan[100] = Number.NaN;
    nan[200] = Number.POSITIVE_INFINITY;
    const input = Buffer.concat([
      encodeWhisperRequest(
        request(1, { audio_ctx: 214, prompt: 'kitchen light, hall lamp' }),
        tone(3),
      ),
      encodeWhisperRequest(request(2), new Float32Array(0)),
      encodeWhisperRequest(request(3, { audio_ctx: 64 }), tone(0.3)),
      encodeWhisperRequest(request(4, { audio_ctx: 64 }), nan),
      encodeWhisperRequest(request(5, { audio_ctx: 5000 }), tone(1)),
    ]);
    const run = await runBinary(binary, ['--model', model, '--threads', '2'], input);
    assert.equal(run.code, 0, run.stderr);
    const [ready, ...replies] = run.lines;
    assert.equal(ready?.type, 'ready');
    if (ready?.type === 'ready') {
      assert.equal(ready.model.type, 'tiny');
      assert.equal(ready.model.multilingual, false);
      assert.equal(ready.model.tensors, 0, 'the fixture is an empty model');
      assert.equal(ready.threads, 2);
    }
    assert.match(run.stderr, /assuming empty model for testing/);
    assert.deepEqual(
      replies.map((r) => (r.type === 'result' ? [r.id, r.audio_ctx, r.text, r.segments] : r)),
      [
        [1, 214, '', []],
        [2, 1500, '', []],
        [3, 64, '', []],
        [4, 64, '', []],
        [5, 1500, '', []],
      ],
    );
    for (const reply of replies) {
      if (reply.type === 'result') assert.ok(reply.timings.total_ms >= reply.timings.mel_ms);
    }
  });

  it('refuses a bad request and goes on with the next one', async () => {
    const input = Buffer.concat([
      encodeWhisperRequest(request(1, { threads: 999 }), tone(1)),
      encodeWhisperRequest(request(2, { language: 'de' }), tone(1)),
      encodeWhisperRequest(request(3, { language: 'xx' }), tone(1)),
      encodeWhisperRequest(request(4, { language: 'auto', audio_ctx: 64 }), tone(1)),
    ]);
    const run = await runBinary(binary, ['--model', model], input);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.lines.slice(1).map((l) => (l.type === 'error' ? [l.id, l.code] : [l.type])),
      [[1, 'bad_request'], [2, 'language_unsupported'], [3, 'bad_language'], ['result']],
    );
  });

  it('transcribes another language with a multilingual model', async () => {
    const multi = await writeEmptyWhisperModel(join(dir, 'tiny.bin'), 'tiny');
    const input = encodeWhisperRequest(request(1, { language: 'de', audio_ctx: 64 }), tone(1));
    const run = await runBinary(binary, ['--model', multi], input);
    assert.deepEqual(
      run.lines.map((l) => l.type),
      ['ready', 'result'],
      run.stderr,
    );
  });

  it('stops with a fatal line when the stream is out of step', async () => {
    const run = await runBinary(binary, ['--model', model], Buffer.from('this is not json\n'));
    assert.equal(run.code, 2);
    assert.deepEqual(run.lines.at(-1), {
      type: 'fatal',
      code: 'protocol',
      message: 'a request header is not valid JSON',
    });
  });

  it('explains a model it cannot use instead of crashing', async () => {
    const bytes = emptyWhisperModelBytes();
    const cases: [string, Buffer | undefined, string][] = [
      ['missing.bin', undefined, 'model_missing'],
      ['empty.bin', Buffer.alloc(0), 'model_invalid'],
      ['header.bin', bytes.subarray(0, 40), 'model_invalid'],
      ['filters.bin', bytes.subarray(0, 30_000), 'model_invalid'],
      ['vocab.bin', bytes.subarray(0, bytes.length - 3), 'model_invalid'],
      ['text.bin', Buffer.from('hello\n'.repeat(100)), 'model_invalid'],
    ];
    for (const [name, content, code] of cases) {
      const file = join(dir, name);
      if (content) await writeFile(file, content);
      const run = await runBinary(binary, ['--model', file], Buffer.alloc(0));
      assert.equal(run.code, 2, name);
      const line = run.lines[0];
      assert.equal(line?.type === 'fatal' && line.code, code, name);
    }
  });

  it('wants an absolute model path', async () => {
    const run = await runBinary(binary, ['--model', 'tiny.en.bin'], Buffer.alloc(0));
    assert.equal(run.code, 2);
    assert.equal(run.lines[0]?.type === 'fatal' && run.lines[0].code, 'bad_arguments');
  });
});
