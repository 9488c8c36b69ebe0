import type { CreatePlannerOptions, HearthPlanner } from '../../assistant/createPlanner.ts';
import { UsageError } from '../../core/errors.ts';
import type { Home } from '../../core/home.ts';
import { rulesOnlyPlanner } from '../../assistant/rulesOnlyPlanner.ts';

export interface CliPlannerFlags {
  /** --llm FILE */
  llm?: string;
  /** --no-llm */
  noLlm?: boolean;
  /** Where notices go (the model could not be used, a request failed). */
  notice: (message: string) => void;
  /** For tests: limits per request and session settings. */
  options?: Pick<CreatePlannerOptions, 'llm' | 'session' | 'models'>;
}

/**
 * The planner of `hearth plan`, `say` and `listen`. `--llm FILE` is loaded before the first
 * line is read, and a file that cannot be used stops the command (exit 1) with a message
 * saying why; without flags, an installed default model is loaded only when the rules first
 * need it, and if it fails the command says so once and carries on with the rules.
 */
export async function openCliPlanner(home: Home, flags: CliPlannerFlags): Promise<HearthPlanner> {
  if (flags.llm !== undefined && flags.noLlm) {
    throw new UsageError('--llm FILE and --no-llm contradict each other; give one of them');
  }
  // The language model's runtime is not even loaded: --no-llm starts in a fraction of the time.
  if (flags.noLlm) return rulesOnlyPlanner(home);
  const { createPlanner } = await import('../../assistant/createPlanner.ts');
  if (flags.llm !== undefined) {
    const { checkModelFile } = await import('../../understand/llm/checkModelFile.ts');
    await checkModelFile(flags.llm);
  }
  const planner = createPlanner(home, {
    ...flags.options,
    ...(flags.llm !== undefined ? { llmModel: flags.llm } : {}),
    preload: false,
    onNotice: flags.notice,
  });
  if (flags.llm !== undefined) {
    try {
      await planner.warmUp();
    } catch (error) {
      await planner.dispose();
      throw error;
    }
  }
  return planner;
}
