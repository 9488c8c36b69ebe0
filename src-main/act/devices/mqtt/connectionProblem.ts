import type { z } from 'zod';

/**
 * A connection block the adapter cannot use, in one plain sentence. The home loader
 * validates connections first, so this only shows for adapters built by hand.
 */
export function connectionProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ` : '';
  return `its connection in the home file is not usable (${where}${issue?.message ?? 'invalid'})`;
}
