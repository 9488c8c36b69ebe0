import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { encodeWhisperRequest } from '../../../src-main/hear/stt/whisperProtocol.ts';
import type { WhisperLine, WhisperResult } from '../../../src-main/hear/stt/whisperProtocol.ts';
import { emptyWhisper } from './support/emptyWhisper.ts';
import { runHearthWhisper, whisperRequest as request } from './support/runHearthWhisper.ts';
import { tone } from './support/speechAudio.ts';

// hearth-whisper's prompt budget (counted in the loaded model's own tokens) and its decoding
// passes. The empty test model's vocabulary is mostly single bytes, so a token is about a
// character here; a real model's is about four.

const NAMES = [
  'Reading lamp',
  'Counter lights',
  'under-cabinet lights',
  'Bedside lamp',
  'Desk lamp',
  'Christmas lights',
  'fairy lights',
  'Desk fan',
  'Movie night',
  'cinema mode',
  'Kitchen light',
  'Garage door',
];

function results(lines: WhisperLine[]): WhisperResult[] {
  const replies = lines.slice(1);
  for (const r of replies) assert.equal(r.type, 'result', JSON.stringify(r));
  return replies as WhisperResult[];
}

describe('hearth-whisper prompt budget', () => {
  let dir: string;
  let binary: string;
  let model: string;
  before(async () => {
    ({ dir, binary, model } = await emptyWhisper('hearth-stt-prompt-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const run = (requests: Buffer[], args: string[] = []) =>
    runHearthWhisper(binary, ['--model', model, ...args], Buffer.concat(requests));
  const audio = tone(1.5);

  it('keeps the longest run of whole names that fits in max_prompt_tokens', async () => {
    const prompt = `${NAMES.join(', ')}.`;
    const budget = 40;
    // The token count of every run of names, from the driver's own tokenizer.
    const counts = NAMES.map((_, i) =>
      encodeWhisperRequest(
        request(i + 1, {
          prompt: NAMES.slice(0, i + 1).join(', '),
          max_prompt_tokens: 224,
          audio_ctx: 64,
        }),
        new Float32Array(0),
      ),
    );
    const cut = encodeWhisperRequest(
      request(99, { prompt, max_prompt_tokens: budget, audio_ctx: 64 }),
      audio,
    );
    const replies = results((await run([...counts, cut])).lines);
    const bounded = replies.at(-1);
    const tokens = replies.slice(0, -1).map((r) => r.prompt_tokens);
    const fitting = tokens.filter((n) => n <= budget).length;
    assert.ok(fitting >= 2 && fitting < NAMES.length, `${tokens.join(' ')}`);
    assert.equal(bounded?.prompt_used, NAMES.slice(0, fitting).join(', '));
    assert.equal(bounded?.prompt_tokens, tokens[fitting - 1]);
    assert.ok(
      (tokens[fitting] ?? 0) > budget,
      'the next name would not have fitted: the longest run was kept',
    );
    assert.equal(bounded?.text, '');
  });

  it('keeps 64 tokens by default and never more than whisper reads (224)', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `${NAMES[i % NAMES.length]} ${i}`).join(
      ', ',
    );
    // No max_prompt_tokens at all: JSON leaves out an undefined field.
    const withoutBudget = { ...request(1, { prompt: long }), max_prompt_tokens: undefined };
    const replies = results(
      (
        await run([
          Buffer.from(`${JSON.stringify({ ...withoutBudget, samples: 0 })}\n`),
          encodeWhisperRequest(
            request(2, { prompt: long, max_prompt_tokens: 5000, audio_ctx: 64 }),
            audio,
          ),
          encodeWhisperRequest(request(3, { prompt: long, max_prompt_tokens: 0 }), audio),
        ])
      ).lines,
    );
    const [byDefault, most, none] = replies;
    assert.ok(byDefault && byDefault.prompt_tokens <= 64 && byDefault.prompt_tokens > 40);
    assert.ok(
      most && most.prompt_tokens <= 224 && most.prompt_tokens > 190,
      `${most?.prompt_tokens}`,
    );
    assert.ok(long.startsWith(`${most.prompt_used}, `));
    assert.deepEqual([none?.prompt_tokens, none?.prompt_used], [0, '']);
  });

  it('cuts a name longer than the budget at a word, and a word longer than it anywhere', async () => {
    const words = 'the big reading lamp by the window in the front room upstairs';
    const replies = results(
      (
        await run([
          encodeWhisperRequest(request(1, { prompt: words, max_prompt_tokens: 20 }), audio),
          encodeWhisperRequest(
            request(2, { prompt: 'x'.repeat(300), max_prompt_tokens: 20 }),
            audio,
          ),
        ])
      ).lines,
    );
    const [byWord, anywhere] = replies;
    assert.ok(byWord && byWord.prompt_tokens <= 20 && byWord.prompt_tokens > 10);
    assert.ok(words.startsWith(`${byWord.prompt_used} `));
    assert.equal(anywhere?.prompt_tokens, 20);
    assert.equal(anywhere?.prompt_used, 'x'.repeat(20));
  });

  it('refuses a prompt over 4 KiB or a bad budget, and goes on with the next request', async () => {
    const lines = (
      await run([
        encodeWhisperRequest(request(1, { prompt: 'lamp, '.repeat(1000) }), audio),
        encodeWhisperRequest(request(2, { max_prompt_tokens: -1 }), audio),
        encodeWhisperRequest(request(3, { prompt: 'lamp, '.repeat(600) }), audio),
      ])
    ).lines;
    assert.deepEqual(
      lines.slice(1).map((l) => (l.type === 'error' ? l.code : l.type)),
      ['bad_request', 'bad_request', 'result'],
    );
  });

  it("decodes once by default; whisper's temperature fallback only when asked", async () => {
    // Over 3 s of audio an unsure result (an empty model's always is) makes whisper's fallback
    // decode again at 5 more temperatures; whisper_print_timings counts those passes.
    const long = tone(4);
    const run1 = await run(
      [
        encodeWhisperRequest(request(1, { audio_ctx: 264 }), long),
        encodeWhisperRequest(request(2, { audio_ctx: 264, fallback: true }), long),
        Buffer.from(`${JSON.stringify({ ...request(3), fallback: 'yes', samples: 0 })}\n`),
      ],
      ['--log-level', 'info'],
    );
    assert.equal(run1.code, 0, run1.stderr);
    const fallbacks = [...run1.stderr.matchAll(/fallbacks =\s+(\d+) p/g)].map((m) => Number(m[1]));
    // Counted over the process's life: none for the first request, 5 for the second.
    assert.deepEqual(fallbacks, [0, 5]);
    assert.deepEqual(
      run1.lines.slice(1).map((l) => (l.type === 'error' ? l.code : l.type)),
      ['result', 'result', 'bad_request'],
    );
  });
});
