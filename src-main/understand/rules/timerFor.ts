// Timer requests: "set a timer for an hour and a half", "cancel my timer", "how long is left".
import type { Timer } from '../../core/plan.ts';
import type { Frame } from './Frame.ts';

export function isTimerClause(frame: Frame): boolean {
  if (frame.timer || frame.timerStatus) return true;
  // "add five minutes", "start 10 minutes": a duration with no device is a timer.
  return frame.duration !== undefined && frame.mentions.length === 0 && frame.areaIds.length === 0;
}

export function timerFor(frame: Frame): Timer | undefined {
  const verbs = frame.verbs.map((v) => v.verb);
  const seconds = frame.duration;
  const named = frame.timerName ? { name: frame.timerName } : {};
  const withSeconds = seconds !== undefined ? { seconds } : {};
  if (frame.timerStatus) return { op: 'status', ...named };
  // "take five minutes off the timer": time off is a step, not the end of the timer.
  if (
    seconds !== undefined &&
    (verbs.includes('remove') || verbs.includes('off') || verbs.includes('down'))
  )
    return { op: 'remove', seconds, ...named };
  // "remove the pasta timer": with no time to take off, the timer itself goes.
  if (
    verbs.includes('cancel') ||
    verbs.includes('off') ||
    verbs.includes('stop') ||
    (verbs.includes('remove') && seconds === undefined)
  ) {
    return frame.all ? { op: 'cancel_all' } : { op: 'cancel', ...named };
  }
  if (verbs.includes('pause')) return { op: 'pause', ...named };
  if (verbs.includes('play')) return { op: 'resume', ...named };
  if (verbs.includes('add') || (frame.more && seconds !== undefined)) {
    return seconds !== undefined ? { op: 'add', seconds, ...named } : undefined;
  }
  if (verbs.includes('remove') || verbs.includes('down') || (frame.less && seconds !== undefined)) {
    return seconds !== undefined ? { op: 'remove', seconds, ...named } : undefined;
  }
  if (seconds !== undefined) return { op: 'start', ...withSeconds, ...named };
  // "the pasta timer?", "what about the pasta timer": nothing asked to happen, so it asks.
  if (frame.question || verbs.length === 0) return { op: 'status', ...named };
  return undefined;
}
