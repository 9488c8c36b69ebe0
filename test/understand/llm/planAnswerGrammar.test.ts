import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerStep } from '../../../src-main/understand/llm/AnswerGrammar.ts';
import { llmCatalogue } from '../../../src-main/understand/llm/llmCatalogue.ts';
import { planAnswerGrammar } from '../../../src-main/understand/llm/planAnswerGrammar.ts';
import { validateLlmOutput } from '../../../src-main/understand/llm/validateLlmOutput.ts';
import { llmTestHome } from './llmTestHome.ts';

// The answer grammar is walked the way the decoder walks it: every answer it allows must be
// JSON the validator reads, and what it offers must be exactly the home's exposed devices
// with the commands of their type.

const home = llmTestHome();
const grammar = planAnswerGrammar(llmCatalogue(home), 3);

/** Sample free text a model could write for a free step (valid values for the validator). */
function freeText(step: Extract<AnswerStep, { kind: 'free' }>): string {
  if (step.end === '"}') return 'I can switch lights and tell you how they are."}';
  return '20}';
}

/** Walks the grammar, choosing with `pick`, and returns the text and every step met. */
function walk(pick: (options: readonly string[]) => string): { text: string; steps: AnswerStep[] } {
  let text = grammar.prefix;
  const steps: AnswerStep[] = [];
  let step: AnswerStep | undefined = grammar.first;
  while (step) {
    steps.push(step);
    assert.ok(steps.length < 100, 'the grammar ends');
    const chosen: string = step.kind === 'options' ? pick(step.options) : freeText(step);
    text += chosen;
    step = step.next(chosen);
  }
  return { text, steps };
}

function seeded(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('planAnswerGrammar', () => {
  it('allows only answers the validator accepts', () => {
    const random = seeded(7);
    const forms = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const { text } = walk((options) => options[Math.floor(random() * options.length)]!);
      // 20 fits every value kind but kelvin; one device given two commands is the
      // validator's to refuse (a grammar cannot say it cheaply).
      const devices = [...text.matchAll(/"device":"([^"]+)"/g)].map((m) => m[1]);
      if (text.includes('set_color_temp') || new Set(devices).size < devices.length) continue;
      const checked = validateLlmOutput(text, home, { maxActions: 3 });
      assert.ok(checked.ok, `${text}: ${checked.ok ? '' : checked.problem}`);
      forms.add(Object.keys(JSON.parse(text) as object)[0]!);
    }
    assert.deepEqual([...forms].sort(), ['actions', 'queries', 'reply']);
  });

  it('offers options none of which is the start of another', () => {
    const random = seeded(3);
    for (let i = 0; i < 100; i++) {
      for (const step of walk((o) => o[Math.floor(random() * o.length)]!).steps) {
        if (step.kind !== 'options') continue;
        for (const a of step.options) {
          for (const b of step.options) assert.ok(a === b || !b.startsWith(a), `${a} / ${b}`);
        }
      }
    }
  });

  it('names only exposed devices, each with the commands of its type', () => {
    const actions = grammar.first.next('actions":[{"device":"');
    assert.equal(actions?.kind, 'options');
    const ids = actions.options.map((o) => o.slice(0, o.indexOf('"')));
    assert.ok(ids.includes('kitchen_light') && ids.includes('front_door'));
    for (const hidden of home.devices.filter((d) => !d.expose)) {
      assert.ok(!ids.includes(hidden.id), hidden.id);
    }
    const lock = actions.next('front_door","command":"');
    assert.deepEqual(lock?.kind === 'options' && lock.options, ['lock"}', 'unlock"}']);
  });

  it('stops offering another action at the limit', () => {
    const { text } = walk((options) => options.find((o) => o.startsWith(',')) ?? options[0]!);
    assert.equal(JSON.parse(text).actions.length, 3);
  });
});
