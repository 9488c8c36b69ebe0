// Short English for what a plan will do: "Turning off 2 kitchen lights and locking the front door."
import type { Device, Home } from '../../core/home.ts';
import { formatDuration } from '../../core/formatDuration.ts';
import type { Action, Timer } from '../../core/plan.ts';
import { DEGREES } from '../../core/commandValues.ts';
import { TYPE_NOUNS } from '../../core/deviceNouns.ts';

export function listWords(items: readonly string[], joiner = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

/** How many devices of each type a home has: counted once per home, not once per reply. */
const typeCounts = new WeakMap<Home, Map<Device['type'], number>>();

function countOfType(home: Home, type: Device['type']): number {
  let counts = typeCounts.get(home);
  if (!counts) {
    counts = new Map();
    for (const d of home.devices) counts.set(d.type, (counts.get(d.type) ?? 0) + 1);
    typeCounts.set(home, counts);
  }
  return counts.get(type) ?? 0;
}

export function describeDevices(devices: readonly Device[], home: Home): string {
  const first = devices[0]!;
  if (devices.length === 1) return `the ${first.name.toLowerCase()}`;
  let oneType = true;
  let oneArea = true;
  for (const d of devices) {
    if (d.type !== first.type) oneType = false;
    if (d.area !== first.area) oneArea = false;
  }
  const noun = oneType ? TYPE_NOUNS[first.type][1] : 'devices';
  if (oneArea && oneType) {
    const area = home.areas.find((a) => a.id === first.area);
    if (area) return `${devices.length} ${area.name.toLowerCase()} ${noun}`;
  }
  if (devices.length === 2) {
    return `the ${first.name.toLowerCase()} and the ${devices[1]!.name.toLowerCase()}`;
  }
  // "all 12 lights" only when they are every device of their kind in the home.
  const total = oneType
    ? countOfType(home, first.type)
    : [...new Set(devices.map((d) => d.type))].reduce((n, t) => n + countOfType(home, t), 0);
  return total === devices.length ? `all ${devices.length} ${noun}` : `${devices.length} ${noun}`;
}

/** "turning off the kitchen light": the gerund phrase for one command on some devices. */
export function describeAction(action: Omit<Action, 'device'>, what: string, home: Home): string {
  const v = action.value;
  switch (action.command) {
    case 'turn_on':
      return `turning on ${what}`;
    case 'turn_off':
      return `turning off ${what}`;
    case 'set_brightness':
      return `setting ${what} to ${v}%`;
    case 'change_brightness':
      return `${Number(v) > 0 ? 'brightening' : 'dimming'} ${what}`;
    case 'set_color':
      return `turning ${what} ${v}`;
    case 'set_color_temp':
      return `setting ${what} to ${v} K`;
    case 'set_speed':
      return `setting ${what} to ${v}% speed`;
    case 'change_speed':
      return `${Number(v) > 0 ? 'speeding up' : 'slowing down'} ${what}`;
    case 'change_position':
      return `${Number(v) > 0 ? 'opening' : 'closing'} ${what} a little more`;
    case 'change_temperature': {
      const n = Math.abs(Number(v));
      return `turning ${what} ${Number(v) > 0 ? 'up' : 'down'} by ${n} ${n === 1 ? 'degree' : 'degrees'}`;
    }
    case 'open':
      return `opening ${what}`;
    case 'close':
      return `closing ${what}`;
    case 'stop':
      return `stopping ${what}`;
    case 'set_position':
      return `setting ${what} to ${v}% open`;
    case 'set_temperature':
      return `setting ${what} to ${v} ${DEGREES[home.unit]}`;
    case 'set_mode':
      return `switching ${what} to ${v} mode`;
    case 'lock':
      return `locking ${what}`;
    case 'unlock':
      return `unlocking ${what}`;
    case 'play':
      return `playing ${what}`;
    case 'pause':
      return `pausing ${what}`;
    case 'next':
      return `skipping to the next track on ${what}`;
    case 'previous':
      return `going back a track on ${what}`;
    case 'set_volume':
      return `setting the volume of ${what} to ${v}%`;
    case 'change_volume':
      return `turning ${what} ${Number(v) > 0 ? 'up' : 'down'}`;
    case 'start':
      return `starting ${what}`;
    case 'return_home':
      return `sending ${what} back to its dock`;
    case 'activate':
      return `activating ${what}`;
    default:
      return `${action.command.replace(/_/g, ' ')} ${what}`;
  }
}

export function describeTimer(timer: Timer): string {
  const d = timer.seconds !== undefined ? formatDuration(timer.seconds) : '';
  const which = timer.name ? `the ${timer.name} timer` : 'your timer';
  switch (timer.op) {
    case 'start':
      return `starting ${timer.name ? `${/^[aeiou]/.test(timer.name) ? 'an' : 'a'} ${timer.name}` : 'a'} timer for ${d}`;
    case 'cancel':
      return `cancelling ${which}`;
    case 'cancel_all':
      return 'cancelling all timers';
    case 'pause':
      return `pausing ${which}`;
    case 'resume':
      return `resuming ${which}`;
    case 'add':
      return `adding ${d} to ${which}`;
    case 'remove':
      return `taking ${d} off ${which}`;
    case 'status':
      return `checking ${which}`;
  }
}

export const sentence = (phrases: readonly string[]): string => {
  const text = listWords(phrases);
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : '';
};
