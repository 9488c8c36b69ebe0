import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createPlanner } from '../../../src-main/assistant/createPlanner.ts';
import { needsConfirmation } from '../../../src-main/core/commands.ts';
import type { Plan } from '../../../src-main/core/plan.ts';
import type { LlmGeneration, LlmGenerator } from '../../../src-main/understand/llm/LlmGenerator.ts';
import { LlmModelError } from '../../../src-main/understand/llm/LlmModelError.ts';
import { LLM_REPLIES, LlmPlanner } from '../../../src-main/understand/llm/LlmPlanner.ts';
import { LlmSession } from '../../../src-main/understand/llm/LlmSession.ts';
import { validateLlmOutput } from '../../../src-main/understand/llm/validateLlmOutput.ts';
import { tinyGguf } from '../../fixtures/tinyGguf.ts';
import { device, llmTestHome } from './llmTestHome.ts';

// The real node-llama-cpp code path on a tiny random-weight model (test/fixtures/tinyGguf.ts):
// loading, the grammar, the validator, timeouts and cancelling. Its words are noise, which is
// the point: noise must still come out as a valid plan or no plan at all. One thread, because
// a model 64 wide gains nothing from more and a busy test machine loses a lot.

const home = llmTestHome();
let modelPath = '';
let session: LlmSession;

before(async () => {
  // The small (32k) vocabulary keeps grammar sampling quick; the ChatML test uses qwen2's.
  modelPath = await tinyGguf({ vocab: 'llama-spm' });
  session = new LlmSession({ modelPath, threads: 1, temperature: 1, seed: 11 });
  await session.load();
});
after(() => session.dispose());

describe('LlmSession with a real (random) model', () => {
  it('gives only grammar-shaped answers, and only valid plans get through', async () => {
    const seen: LlmGeneration[] = [];
    const recording: LlmGenerator = {
      load: () => session.load(),
      prepare: (prompt, signal) => session.prepare(prompt, signal),
      generate: async (request) => {
        const generation = await session.generate(request);
        seen.push(generation);
        return generation;
      },
    };
    // With room for 48 tokens most answers are whole; with 6, a reply is cut short.
    const roomy = new LlmPlanner(home, recording, { maxTokens: 48 });
    const cramped = new LlmPlanner(home, recording, { maxTokens: 6 });
    const outcomes = { accepted: 0, rejected: 0, cut: 0 };
    const requests = ['set the mood', 'tell me a joke', 'I am cold', 'what can you do?', 'x'];
    for (let i = 0; i < 30 && (outcomes.accepted < 2 || outcomes.cut < 2); i++) {
      const plan = await (i % 2 ? cramped : roomy).plan(requests[i % requests.length]!);
      const generation = seen.at(-1)!;
      // The grammar's promise: a complete answer is always JSON of the planned shape.
      if (generation.stopReason === 'done') {
        assert.doesNotThrow(() => JSON.parse(generation.text), generation.text);
      } else {
        assert.equal(generation.stopReason, 'maxTokens');
        assert.equal(plan.source, 'none', 'an answer cut short is never used');
        outcomes.cut++;
      }
      if (plan.source === 'llm') outcomes.accepted++;
      else outcomes.rejected++;
      assertSafe(plan);
    }
    assert.ok(outcomes.accepted >= 2, `accepted ${outcomes.accepted}`);
    assert.ok(outcomes.cut >= 2, `cut short ${outcomes.cut}`);
    assert.ok(outcomes.rejected >= 2, `rejected ${outcomes.rejected}`);
  });

  it('writes the fixed text of an answer itself, and streams exactly the answer', async () => {
    let structured = 0;
    for (let i = 0; i < 12 && structured < 3; i++) {
      let streamed = '';
      let generation: LlmGeneration | undefined;
      const before = session.generatedTokens;
      await new LlmPlanner(
        home,
        {
          load: () => session.load(),
          prepare: (prompt, signal) => session.prepare(prompt, signal),
          generate: async (request) => {
            generation = await session.generate({ ...request, onText: (t) => (streamed += t) });
            return generation;
          },
        },
        { maxTokens: 48 },
      ).plan(`request number ${i}`);
      const generated = session.generatedTokens - before;
      assert.equal(streamed, generation!.text);
      if (generation!.stopReason !== 'done' || generation!.text.startsWith('{"reply"')) continue;
      structured++;
      // Brackets, keys and the rest of an id once it is the only one that fits are not generated.
      assert.ok(
        generated * 3 < generation!.text.length,
        `${generated} tokens for ${generation!.text}`,
      );
    }
    assert.ok(structured >= 1);
  });

  it('evaluates the system prompt once per home, then only each request', async () => {
    // One generated token: the answer's fixed text after it is never written, so what is
    // evaluated is the request alone (and the answer's opening).
    const first = new LlmPlanner(home, session, { maxTokens: 1 });
    const other = new LlmPlanner(
      llmTestHome([device({ id: 'fan', name: 'Fan', type: 'fan' })]),
      session,
      {
        maxTokens: 16,
      },
    );
    await first.warmUp();
    const promptTokens = session.promptTokens(first.systemPrompt)!;
    assert.ok(promptTokens > 300);
    let before = session.evaluatedTokens;
    await first.plan('tell me about the weather');
    const evaluated = session.evaluatedTokens - before;
    assert.ok(evaluated < 60, `${evaluated} tokens for the request alone`);
    before = session.evaluatedTokens;
    await other.warmUp();
    assert.ok(session.evaluatedTokens - before > 30, 'a changed home is evaluated again');
  });

  it('stops a generation on timeout and on cancel, and keeps working after', async () => {
    const hurried = new LlmPlanner(home, session, { timeoutMs: 1, maxTokens: 2000 });
    assert.equal((await hurried.plan('make a long speech')).reply, LLM_REPLIES.timedOut);

    // Cancel from inside the real generation, as soon as it has written something.
    const controller = new AbortController();
    let pieces = 0;
    const cancelling: LlmGenerator = {
      load: () => session.load(),
      prepare: (prompt, signal) => session.prepare(prompt, signal),
      generate: (request) =>
        session.generate({
          ...request,
          maxTokens: 2000,
          onText: () => {
            pieces++;
            controller.abort();
          },
        }),
    };
    const cancelled = await new LlmPlanner(home, cancelling).plan('go on and on', {
      signal: controller.signal,
    });
    assert.deepEqual([cancelled.source, cancelled.reply], ['none', LLM_REPLIES.cancelled]);
    assert.ok(pieces >= 1 && pieces < 20, `generated ${pieces} pieces after the cancel`);

    // A request cancelled while waiting its turn never reaches the model.
    const planner = new LlmPlanner(home, session, { maxTokens: 16 });
    const waiting = new AbortController();
    const running = planner.plan('first');
    const queued = planner.plan('second', { signal: waiting.signal });
    waiting.abort();
    assert.equal((await queued).reply, LLM_REPLIES.cancelled);
    assert.notEqual((await running).reply, LLM_REPLIES.cancelled);
    assert.notEqual((await planner.plan('and again')).reply, LLM_REPLIES.timedOut);
  });

  it('runs with a real chat template (qwen2 vocabulary, ChatML)', async () => {
    const qwen = new LlmSession({ modelPath: await tinyGguf(), threads: 1 });
    try {
      const plan = await new LlmPlanner(home, qwen, { maxTokens: 24 }).plan('set the mood');
      assertSafe(plan);
    } finally {
      await qwen.dispose();
    }
  });
});

describe('a model file that cannot be used', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-bad-models-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function badFiles(): [string, string, RegExp][] {
    const size = statSync(modelPath).size;
    const cut = join(dir, 'cut.gguf');
    copyFileSync(modelPath, cut);
    truncateSync(cut, Math.floor(size * 0.6));
    const header = join(dir, 'header.gguf');
    copyFileSync(modelPath, header);
    truncateSync(header, 5000);
    const text = join(dir, 'notes.gguf');
    writeFileSync(text, 'these are my notes, not a model');
    const empty = join(dir, 'empty.gguf');
    writeFileSync(empty, '');
    return [
      ['missing', join(dir, 'nope.gguf'), /does not exist: check the path/],
      ['cut short', cut, /is incomplete \(.* MB of at least .* MB\): download it again/],
      ['cut inside its header', header, /incomplete|damaged/],
      ['not GGUF', text, /is not a GGUF model file/],
      ['empty', empty, /is not a GGUF model file/],
    ];
  }

  it('is refused with a message that says what is wrong', async () => {
    for (const [what, file, message] of badFiles()) {
      const bad = new LlmSession({ modelPath: file, threads: 1 });
      await assert.rejects(bad.load(), (error: unknown) => {
        assert.ok(error instanceof LlmModelError, what);
        assert.match(error.message, message, what);
        assert.ok(error.message.includes(file), what);
        return true;
      });
      await bad.dispose();
    }
  });

  it('leaves the fast path working, with one notice', async () => {
    for (const [what, file] of badFiles()) {
      const notices: string[] = [];
      const planner = createPlanner(home, { llmModel: file, onNotice: (n) => notices.push(n) });
      assert.equal((await planner.plan('turn on the kitchen light')).source, 'rules', what);
      assert.equal((await planner.plan('tell me a joke')).source, 'none', what);
      assert.equal((await planner.plan('sing a song')).source, 'none', what);
      assert.equal((await planner.plan('turn off the kitchen light')).source, 'rules', what);
      assert.equal(notices.length, 1, what);
      assert.match(notices[0]!, /fast rules only/);
      await planner.dispose();
    }
  });
});

/** No plan from the model may act on something it should not, or skip a confirmation. */
function assertSafe(plan: Plan): void {
  if (plan.source !== 'llm') {
    assert.deepEqual([plan.actions, plan.queries, plan.confirm], [[], [], false]);
    return;
  }
  const again = validateLlmOutput(
    JSON.stringify(
      plan.actions.length
        ? { actions: plan.actions }
        : plan.queries.length
          ? { queries: plan.queries }
          : { reply: plan.reply },
    ),
    home,
  );
  assert.equal(again.ok, true, JSON.stringify(plan));
  const sensitive = plan.actions.some((a) => {
    const d = home.devices.find((x) => x.id === a.device);
    return d !== undefined && needsConfirmation(d, a.command);
  });
  if (sensitive) assert.equal(plan.confirm, true, JSON.stringify(plan));
}
