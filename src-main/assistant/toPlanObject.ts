import type { Plan } from '../core/plan.ts';

/**
 * The plan object of `hearth plan` (cli.md), with its keys in the documented order and nothing
 * else: planners may carry extra fields, and outside tools read this shape.
 */
export function toPlanObject(plan: Plan): Plan {
  return {
    text: plan.text,
    actions: plan.actions.map((a) => ({
      device: a.device,
      command: a.command,
      ...(a.value !== undefined ? { value: a.value } : {}),
    })),
    queries: plan.queries.map((q) => ({ device: q.device, attribute: q.attribute })),
    timers: plan.timers.map((t) => ({
      op: t.op,
      ...(t.seconds !== undefined ? { seconds: t.seconds } : {}),
      ...(t.name !== undefined ? { name: t.name } : {}),
    })),
    confirm: plan.confirm,
    reply: plan.reply,
    source: plan.source,
    ...(plan.clarify !== undefined ? { clarify: [...plan.clarify] } : {}),
  };
}
