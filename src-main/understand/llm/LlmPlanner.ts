import { needsConfirmation } from '../../core/commands.ts';
import type { Home } from '../../core/home.ts';
import type { Action, Plan, PlanContext, Planner } from '../../core/plan.ts';
import { describeAction, describeDevices, sentence } from '../rules/describe.ts';
import type { AnswerGrammar } from './AnswerGrammar.ts';
import { llmCatalogue } from './llmCatalogue.ts';
import type { LlmCatalogue } from './llmCatalogue.ts';
import type { LlmGeneration, LlmGenerator } from './LlmGenerator.ts';
import { LlmModelError } from './LlmModelError.ts';
import { planAnswerGrammar } from './planAnswerGrammar.ts';
import { ReplyStreamer } from './ReplyStreamer.ts';
import { systemPrompt, userMessage } from './systemPrompt.ts';
import { untilAborted } from './untilAborted.ts';
import { validateLlmOutput } from './validateLlmOutput.ts';

export interface LlmPlannerOptions {
  /** Longest request read, in characters; longer ones are refused. Default 300. */
  maxInputChars?: number;
  /** Most tokens the model may write per request; a longer answer is refused. Default 128. */
  maxTokens?: number;
  /** Per request, waiting for the model to load included, in ms. Default 20000. */
  timeoutMs?: number;
  /** Most actions one request may produce. Default 5. */
  maxActions?: number;
  /** Told why an answer of the model was refused (for logs). Default: nothing. */
  onRejected?: (problem: string, text: string) => void;
}

export const LLM_REPLIES = {
  tooLong: 'That was too long for me to work out. Please say it in fewer words.',
  rejected: "Sorry, I couldn't work out a safe way to do that, so I didn't do anything.",
  timedOut: 'Sorry, that took me too long to work out, so I stopped. Please try again.',
  cancelled: 'Okay, I stopped.',
} as const;

/**
 * The language model as a planner: for what the fast rules cannot read. The model answers
 * through a grammar built from the home's exposed devices, the answer is validated again,
 * and anything that does not pass gives a plan with no actions. The reply of an action plan
 * is written here, not by the model, and `confirm` is worked out from the home file alone.
 * Never throws for a request; rejects only with LlmModelError when the model cannot be used.
 */
export class LlmPlanner implements Planner {
  readonly home: Home;
  private readonly generator: LlmGenerator;
  private readonly options: Required<Omit<LlmPlannerOptions, 'onRejected'>>;
  private readonly onRejected: (problem: string, text: string) => void;
  private readonly catalogue: LlmCatalogue;
  private readonly prompt: string;
  private readonly grammar: AnswerGrammar;

  constructor(home: Home, generator: LlmGenerator, options: LlmPlannerOptions = {}) {
    this.home = home;
    this.generator = generator;
    this.options = {
      maxInputChars: options.maxInputChars ?? 300,
      maxTokens: options.maxTokens ?? 128,
      timeoutMs: options.timeoutMs ?? 20_000,
      maxActions: options.maxActions ?? 5,
    };
    this.onRejected = options.onRejected ?? (() => {});
    this.catalogue = llmCatalogue(home);
    this.prompt = systemPrompt(home, this.catalogue, this.options.maxActions);
    this.grammar = planAnswerGrammar(this.catalogue, this.options.maxActions);
  }

  /** The standing instructions with this home's devices (for measurements and tests). */
  get systemPrompt(): string {
    return this.prompt;
  }

  /** Loads the model and evaluates this home's system prompt, so the first request is quick. */
  async warmUp(signal?: AbortSignal): Promise<void> {
    await this.generator.prepare(this.prompt, signal);
  }

  async plan(text: string, context: PlanContext = {}): Promise<Plan> {
    const words = text.trim();
    if (!words) return this.none(text, LLM_REPLIES.rejected);
    if (words.length > this.options.maxInputChars) return this.none(text, LLM_REPLIES.tooLong);

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error('timed out')), this.options.timeoutMs);
    const signal = context.signal
      ? AbortSignal.any([context.signal, timeout.signal])
      : timeout.signal;
    const stopped = (): Plan =>
      this.none(text, context.signal?.aborted ? LLM_REPLIES.cancelled : LLM_REPLIES.timedOut);
    let generation: LlmGeneration;
    try {
      await untilAborted(this.generator.load(), signal);
      const streamer = context.onToken ? new ReplyStreamer(context.onToken) : undefined;
      generation = await this.generator.generate({
        systemPrompt: this.prompt,
        userText: userMessage(this.home, words, context.area ?? this.home.default_area),
        grammar: this.grammar,
        maxTokens: this.options.maxTokens,
        signal,
        onText: streamer ? (chunk) => streamer.push(chunk) : undefined,
      });
    } catch (error) {
      if (error instanceof LlmModelError) throw error;
      if (signal.aborted) return stopped();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (generation.stopReason === 'aborted' || signal.aborted) return stopped();
    if (generation.stopReason === 'maxTokens') {
      this.onRejected(`the answer was cut short at ${this.options.maxTokens} tokens`, text);
      return this.none(text, LLM_REPLIES.rejected);
    }
    return this.toPlan(text, generation.text);
  }

  /** The plan for the model's raw answer: validated, or no actions at all. */
  toPlan(text: string, answer: string): Plan {
    const checked = validateLlmOutput(answer, this.home, { maxActions: this.options.maxActions });
    if (!checked.ok) {
      this.onRejected(checked.problem, text);
      return this.none(text, LLM_REPLIES.rejected);
    }
    const base = {
      text,
      actions: [],
      queries: [],
      timers: [],
      confirm: false,
      source: 'llm' as const,
    };
    const output = checked.output;
    if (output.kind === 'reply') return { ...base, reply: output.reply };
    if (output.kind === 'queries') {
      const devices = output.queries.map((q) => this.catalogue.byId.get(q.device)!);
      return {
        ...base,
        queries: output.queries,
        reply: sentence([`checking ${describeDevices(devices, this.home)}`]),
      };
    }
    const held = output.actions.filter((a) => this.needsConfirmation(a));
    let reply = this.describe(output.actions);
    if (held.length) {
      reply += ` ${held.length === output.actions.length ? 'This needs' : 'Some of this needs'} your confirmation first.`;
    }
    return { ...base, actions: output.actions, confirm: held.length > 0, reply };
  }

  /** From the home file alone: what the model said about confirming is never asked for. */
  private needsConfirmation(action: Action): boolean {
    const device = this.home.devices.find((d) => d.id === action.device);
    if (device) return needsConfirmation(device, action.command);
    const scene = this.home.scenes.find((s) => s.id === action.device);
    return (scene?.actions ?? []).some((a) => {
      const d = this.home.devices.find((x) => x.id === a.device);
      // A scene step on a device that no longer exists is held too, to be safe.
      return d === undefined || needsConfirmation(d, a.command);
    });
  }

  private describe(actions: readonly Action[]): string {
    const groups = new Map<string, { action: Action; ids: string[] }>();
    for (const a of actions) {
      // One phrase per scene; devices given the same command share one ("2 kitchen lights").
      const key = this.catalogue.scenesById.has(a.device)
        ? `scene|${a.device}`
        : `${a.command}|${a.value ?? ''}`;
      const group = groups.get(key) ?? { action: a, ids: [] };
      group.ids.push(a.device);
      groups.set(key, group);
    }
    const phrases = [...groups.values()].map(({ action, ids }) => {
      const scene = this.catalogue.scenesById.get(ids[0]!);
      const what = scene
        ? `the ${scene.name.toLowerCase()} scene`
        : describeDevices(
            ids.map((id) => this.catalogue.byId.get(id)!),
            this.home,
          );
      return describeAction(action, what, this.home);
    });
    return sentence(phrases);
  }

  private none(text: string, reply: string): Plan {
    return { text, actions: [], queries: [], timers: [], confirm: false, reply, source: 'none' };
  }
}
