import { joinList } from '../act/answerQueries.ts';
import { spokenName } from '../act/spokenName.ts';
import type { Home } from '../core/home.ts';
import type { Action, Plan } from '../core/plan.ts';
import type { ActionOutcome } from '../core/state.ts';
import type { TimerResult } from './TimerService.ts';

// The planner's reply says what Hearth meant to do; what it says back must also tell what
// actually happened: failures, actions held for confirmation, answers, timer news.

const NOT_ANSWERING = /did not answer|not answering|unreachable|timed? ?out|offline|no answer/i;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withoutStop = (text: string) => text.trim().replace(/[.!]+$/, '');

function nameOf(home: Home, id: string): string {
  const device = home.devices.find((d) => d.id === id);
  if (device) return spokenName(home, device);
  const scene = home.scenes.find((s) => s.id === id);
  return scene ? scene.name.toLowerCase() : id;
}

/** What an action does, as an imperative phrase: "unlock the front door". */
export function describeAction(home: Home, action: Action): string {
  const name = nameOf(home, action.device);
  const [verb, ...rest] = action.command.split('_');
  const attribute = rest.join(' ');
  const unit = /brightness|speed|position|volume/.test(attribute) ? '%' : '';
  if (action.command === 'activate') return `activate ${name}`;
  if (verb === 'set' && action.value !== undefined) {
    return `set the ${name} ${attribute} to ${action.value}${unit}`;
  }
  if (verb === 'change' && action.value !== undefined) {
    return `change the ${name} ${attribute} by ${action.value}${unit}`;
  }
  return `${action.command.replace(/_/g, ' ')} the ${name}`;
}

function failureText(home: Home, failed: readonly ActionOutcome[]): string {
  const names = joinList([...new Set(failed.map((o) => nameOf(home, o.device)))]);
  const errors = failed.map((o) => o.error ?? '');
  if (errors.every((e) => NOT_ANSWERING.test(e))) return `the ${names} did not answer`;
  const details = [...new Set(errors)];
  const first = failed[0];
  const device = home.devices.find((d) => d.id === first?.device);
  let detail = details[0] ?? '';
  if (device && detail.startsWith(`${device.name}: `))
    detail = detail.slice(device.name.length + 2);
  return details.length === 1 && detail
    ? `the ${names} failed: ${withoutStop(detail)}`
    : `the ${names} failed`;
}

export function composeReply(
  home: Home,
  plan: Plan,
  outcomes: readonly ActionOutcome[],
  answers: string,
  timerResults: readonly TimerResult[],
): string {
  if (plan.source === 'none' || plan.clarify?.length) return plan.reply;
  const held = outcomes.filter((o) => o.outcome === 'needs_confirmation');
  const ran = outcomes.filter((o) => o.outcome !== 'needs_confirmation');
  const failed = ran.filter((o) => o.outcome === 'failed');
  const parts: string[] = [];
  const hasActions = plan.actions.length > 0;

  if (hasActions && held.length === 0) {
    if (failed.length === 0) parts.push(plan.reply);
    else if (failed.length === ran.length) parts.push(`Sorry, ${failureText(home, failed)}.`);
    else parts.push(`${withoutStop(plan.reply)}, but ${failureText(home, failed)}.`);
  } else if (held.length > 0) {
    const question = `do you want me to ${joinList(held.map((o) => describeAction(home, o)))}?`;
    if (failed.length > 0) parts.push(`Sorry, ${failureText(home, failed)}.`);
    if (ran.length > failed.length) parts.push(`Done, except one thing: ${question}`);
    else parts.push(capitalise(question));
  }
  if (answers) parts.push(answers);
  for (const [i, result] of timerResults.entries()) {
    // With actions, the plan's reply already speaks of a started timer; news still counts.
    if (!hasActions || !result.ok || plan.timers[i]?.op === 'status') parts.push(result.reply);
  }
  return parts.length > 0 ? parts.join(' ') : plan.reply;
}
