import { z } from 'zod';
import { DEVICE_ATTRIBUTES, SCENE_COMMAND, supportsCommand } from '../../core/commands.ts';
import { checkCommandValue } from '../../core/commandValues.ts';
import type { Home } from '../../core/home.ts';
import type { Action, Query } from '../../core/plan.ts';
import { DEFAULT_MAX_ACTIONS, MAX_QUERIES, MAX_REPLY_CHARS, llmCatalogue } from './llmCatalogue.ts';
import type { LlmCatalogue } from './llmCatalogue.ts';

// The grammar already shapes the model's answer, but nothing the model writes is trusted:
// this check runs again, on the text itself, before anything can act on it. It is also what
// protects a surface that feeds it text from some other model or a replayed log.

export type LlmOutput =
  | { kind: 'actions'; actions: Action[] }
  | { kind: 'queries'; queries: Query[] }
  | { kind: 'reply'; reply: string };

export type LlmValidation = { ok: true; output: LlmOutput } | { ok: false; problem: string };

export interface ValidateLlmOutputOptions {
  /** Most actions accepted in one answer. Default 5. */
  maxActions?: number;
}

const ACTION = z.strictObject({
  device: z.string().max(100),
  command: z.string().max(40),
  value: z.union([z.number(), z.string().max(40)]).optional(),
});
const QUERY = z.strictObject({ device: z.string().max(100), attribute: z.string().max(40) });
const REPLY = z.strictObject({
  reply: z
    .string()
    // Invisible characters go; control characters (newlines too) become one space.
    .transform((s) =>
      s
        .replace(/\p{Cf}+/gu, '')
        .replace(/\s*\p{Cc}+\s*/gu, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    // Counted in code points, as the grammar's maxLength counts them.
    .pipe(
      z
        .string()
        .min(1, 'the reply is empty')
        .refine((s) => [...s].length <= MAX_REPLY_CHARS, 'the reply is too long'),
    ),
});

/** Checks a model's raw answer text against the home; the first problem found, in plain words. */
export function validateLlmOutput(
  text: string,
  home: Home,
  options: ValidateLlmOutputOptions = {},
): LlmValidation {
  const maxActions = options.maxActions ?? DEFAULT_MAX_ACTIONS;
  const trimmed = text.trim();
  // Prose around the JSON means the model was not following the format: no salvaging.
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) {
    return fail('the answer is not a single JSON object');
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return fail('the answer is not valid JSON (cut short or malformed)');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('the answer is not a JSON object');
  }
  const keys = Object.keys(json);
  if (keys.length !== 1) {
    return fail('the answer must have exactly one of "actions", "queries" or "reply"');
  }
  const catalogue = catalogueOf(home);
  const [key] = keys;
  if (key === 'actions') {
    const schema = z.strictObject({
      actions: z
        .array(ACTION.superRefine((a, ctx) => addProblem(ctx, actionProblem(a, catalogue, home))))
        .min(1, 'there are no actions')
        .max(maxActions, `more than ${maxActions} actions`),
    });
    const parsed = schema.safeParse(json);
    if (!parsed.success) return fail(firstIssue(parsed.error));
    const actions = parsed.data.actions.map(({ device, command, value }) => ({
      device,
      command,
      ...(value !== undefined ? { value } : {}),
    }));
    const conflict = conflictingDevice(actions);
    if (conflict) return fail(`two different commands for "${conflict}"`);
    return { ok: true, output: { kind: 'actions', actions: dedupe(actions) } };
  }
  if (key === 'queries') {
    const schema = z.strictObject({
      queries: z
        .array(QUERY.superRefine((q, ctx) => addProblem(ctx, queryProblem(q, catalogue, home))))
        .min(1, 'there are no queries')
        .max(MAX_QUERIES, `more than ${MAX_QUERIES} queries`),
    });
    const parsed = schema.safeParse(json);
    if (!parsed.success) return fail(firstIssue(parsed.error));
    return { ok: true, output: { kind: 'queries', queries: parsed.data.queries } };
  }
  if (key === 'reply') {
    const parsed = REPLY.safeParse(json);
    if (!parsed.success) return fail(firstIssue(parsed.error));
    return { ok: true, output: { kind: 'reply', reply: parsed.data.reply } };
  }
  return fail(`unknown key "${String(key).slice(0, 40)}"`);
}

const catalogues = new WeakMap<Home, LlmCatalogue>();

function catalogueOf(home: Home): LlmCatalogue {
  let catalogue = catalogues.get(home);
  if (!catalogue) catalogues.set(home, (catalogue = llmCatalogue(home)));
  return catalogue;
}

function fail(problem: string): LlmValidation {
  return { ok: false, problem };
}

function addProblem(ctx: z.RefinementCtx, problem: string | undefined): void {
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the answer does not fit the format';
  const where = issue.path.filter((p) => typeof p !== 'symbol').join('.');
  return where && issue.code !== 'custom' ? `${where}: ${issue.message}` : issue.message;
}

/** Why the model may not do this, or undefined when it may. */
function actionProblem(
  action: z.infer<typeof ACTION>,
  catalogue: LlmCatalogue,
  home: Home,
): string | undefined {
  const { device: id, command, value } = action;
  const scene = catalogue.scenesById.get(id);
  if (scene) {
    if (command !== SCENE_COMMAND) return `scene "${id}" can only be activated`;
    return value === undefined ? undefined : `activating scene "${id}" takes no value`;
  }
  const device = catalogue.byId.get(id);
  if (!device) return unknownProblem(id, home);
  if (!supportsCommand(device, command)) {
    return `a ${device.type} ("${id}") cannot ${command.slice(0, 40)}`;
  }
  // The same table the home file and the devices use, in the home's unit.
  const checked = checkCommandValue(command, value, home.unit);
  return checked.ok ? undefined : checked.problem;
}

function queryProblem(
  query: z.infer<typeof QUERY>,
  catalogue: LlmCatalogue,
  home: Home,
): string | undefined {
  const device = catalogue.byId.get(query.device);
  if (!device) return unknownProblem(query.device, home);
  return DEVICE_ATTRIBUTES[device.type].includes(query.attribute)
    ? undefined
    : `a ${device.type} has no attribute "${query.attribute}"`;
}

function unknownProblem(id: string, home: Home): string {
  const shown = id.slice(0, 40);
  if (home.devices.some((d) => d.id === id))
    return `device "${shown}" is hidden from the language model`;
  if (home.scenes.some((s) => s.id === id))
    return `scene "${shown}" uses a device hidden from the language model`;
  return `there is no device "${shown}"`;
}

const OPPOSITES: readonly (readonly [string, string])[] = [
  ['turn_on', 'turn_off'],
  ['open', 'close'],
  ['lock', 'unlock'],
  ['start', 'stop'],
  ['play', 'pause'],
];

/** A device told two contradicting things ("on" and "off", 20% and 80%): the model is confused. */
function conflictingDevice(actions: readonly Action[]): string | undefined {
  for (const [i, a] of actions.entries()) {
    for (const b of actions.slice(i + 1)) {
      if (a.device !== b.device) continue;
      if (a.command === b.command && a.value !== b.value) return a.device;
      if (
        OPPOSITES.some(
          ([x, y]) => (a.command === x && b.command === y) || (a.command === y && b.command === x),
        )
      ) {
        return a.device;
      }
    }
  }
  return undefined;
}

function dedupe(actions: readonly Action[]): Action[] {
  const seen = new Map<string, Action>();
  for (const a of actions) seen.set(`${a.device}|${a.command}`, a);
  return [...seen.values()];
}
