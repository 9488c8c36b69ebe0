import type { Home } from '../core/home.ts';
import type { PlanContext, Planner } from '../core/plan.ts';
import { ModelLocator } from '../models/ModelLocator.ts';
import { CombinedPlanner } from '../understand/llm/CombinedPlanner.ts';
import { LlmPlanner } from '../understand/llm/LlmPlanner.ts';
import type { LlmPlannerOptions } from '../understand/llm/LlmPlanner.ts';
import { LlmSession } from '../understand/llm/LlmSession.ts';
import type { LlmSessionOptions } from '../understand/llm/LlmSession.ts';
import { RulesPlanner } from '../understand/rules/RulesPlanner.ts';
import { rulesOnlyPlanner } from './rulesOnlyPlanner.ts';

// The one place that decides which planner a home gets, so every surface picks up the same
// choice: the fast rules, and behind them the on-device language model when there is one.

export interface CreatePlannerOptions {
  /** Use only the fast rules (--no-llm). Default false. */
  rulesOnly?: boolean;
  /**
   * The GGUF language model (--llm FILE). Default: the best installed catalogue model for
   * this computer's memory; none installed means the fast rules only.
   */
  llmModel?: string;
  /** A session already loaded, shared between homes; not disposed with the planner. */
  llmSession?: LlmSession;
  /** Start loading the model in the background now rather than at first need. Default true. */
  preload?: boolean;
  /** Limits per request (input length, tokens, timeout, actions). */
  llm?: LlmPlannerOptions;
  /** Threads, context and batch size of a session made here. */
  session?: Omit<LlmSessionOptions, 'modelPath'>;
  /** Told once when the model cannot be used, and when a request fails. Default: console.warn. */
  onNotice?: (message: string) => void;
  /** Finds the default model. Default: a new ModelLocator(). */
  models?: ModelLocator;
}

/** A planner that may hold a language model: dispose() frees it. */
export interface HearthPlanner extends Planner {
  /** The language model planner behind the rules, when there is one. */
  readonly llm?: LlmPlanner;
  /** Loads the model and evaluates this home's system prompt; rejects with LlmModelError. */
  warmUp(signal?: AbortSignal): Promise<void>;
  dispose(): Promise<void>;
}

export function createPlanner(home: Home, options: CreatePlannerOptions = {}): HearthPlanner {
  const rules = new RulesPlanner(home);
  const modelPath = options.rulesOnly
    ? undefined
    : (options.llmSession?.modelPath ?? options.llmModel ?? defaultModelPath(options.models));
  if (modelPath === undefined) return rulesOnlyPlanner(home, rules);
  const ownSession = options.llmSession === undefined;
  const session = options.llmSession ?? new LlmSession({ ...options.session, modelPath });
  const notice = options.onNotice ?? ((message: string) => console.warn(`hearth: ${message}`));
  const llm = new LlmPlanner(home, session, {
    onRejected: (problem, text) =>
      notice(`refused the language model's answer to "${text.slice(0, 80)}": ${problem}`),
    ...options.llm,
  });
  const combined = new CombinedPlanner(rules, llm, { onNotice: notice });
  const warmUp = (signal?: AbortSignal) => llm.warmUp(signal);
  if (options.preload ?? true) {
    // In the background: problems surface (once) through the first request that needs it.
    warmUp().catch(() => {});
  }
  return {
    llm,
    plan: (text: string, context?: PlanContext) => combined.plan(text, context),
    warmUp,
    dispose: async () => {
      if (ownSession) await session.dispose();
    },
  };
}

function defaultModelPath(models: ModelLocator | undefined): string | undefined {
  try {
    return (models ?? new ModelLocator()).defaultModel('llm')?.path;
  } catch {
    // An unreadable catalogue must not stop the fast path: no model, rules only.
    return undefined;
  }
}
