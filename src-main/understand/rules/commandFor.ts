// What a clause asks of one device, given the device's type: "up" brightens a light, opens a
// blind and turns up a speaker.
import type { Device } from '../../core/home.ts';
import type { Action } from '../../core/plan.ts';
import type { TemperatureScale, Verb } from './lexicon.ts';
import type { Frame, NumberSlot } from './Frame.ts';

export type Command = Omit<Action, 'device'>;

const DEFAULT_STEP = 20;

const clamp = (n: number, lo: number, hi: number): number =>
  Math.min(hi, Math.max(lo, Math.round(n)));

/** The single verb the clause turns on: the first strong one, else the first weak one. */
export function mainVerb(frame: Frame): Verb | undefined {
  return (frame.verbs.find((v) => v.strong) ?? frame.verbs[0])?.verb;
}

/** Up or down, from a verb, "more"/"less", or "too bright". */
export function direction(frame: Frame): 1 | -1 | undefined {
  for (const v of frame.verbs) {
    if (v.verb === 'up') return 1;
    if (v.verb === 'down') return -1;
  }
  if (frame.too === 'bright' || frame.too === 'loud' || frame.too === 'hot') return -1;
  if (frame.too === 'dark' || frame.too === 'quiet' || frame.too === 'cold') return 1;
  if (frame.more) return 1;
  if (frame.less) return -1;
  return undefined;
}

/** An absolute level said in the clause: "to 40 percent", "half", "max". */
function absolute(frame: Frame, dir: 1 | -1 | undefined): number | undefined {
  if (frame.level && (frame.level.prep !== 'by' || dir === undefined)) return frame.level.value;
  if (frame.half && (frame.half.prep === 'to' || dir === undefined)) return 50;
  const n = frame.number;
  if (n && n.unit !== 'kelvin' && (dir === undefined || n.prep === 'to')) return n.value;
  return undefined;
}

/** A relative step: "by 20 percent", "a bit", or the default. */
function step(frame: Frame): number {
  if (frame.number && frame.number.prep === 'by') return frame.number.value;
  if (frame.half) return 50;
  return frame.amount ?? DEFAULT_STEP;
}

const ON_VERBS: ReadonlySet<Verb> = new Set(['on', 'start', 'open']);
const OFF_VERBS: ReadonlySet<Verb> = new Set(['off', 'close', 'stop']);

function onOff(verb: Verb | undefined): Command | undefined {
  if (verb && ON_VERBS.has(verb)) return { command: 'turn_on' };
  if (verb && OFF_VERBS.has(verb)) return { command: 'turn_off' };
  return undefined;
}

function light(frame: Frame, verb: Verb | undefined): Command | undefined {
  if (verb === 'off' || verb === 'close') return { command: 'turn_off' };
  if (frame.color) return { command: 'set_color', value: frame.color.color };
  // "the colour temperature of the lamp to 4000", "the lamp to 4000": no brightness is 4000.
  const n = frame.number;
  if (n && (n.unit === 'kelvin' || (n.unit === undefined && n.value >= 1000 && n.value <= 10000)))
    return { command: 'set_color_temp', value: n.value };
  if (frame.colortemp && !direction(frame))
    return { command: 'set_color_temp', value: frame.colortemp };
  // "make the lights warmer": a light grows warmer in colour, not brighter.
  const warmth = frame.verbs.find((v) => v.implies === 'climate');
  if (warmth) return { command: 'set_color_temp', value: warmth.verb === 'up' ? 2700 : 6500 };
  const explicit = frame.verbs.some((v) => v.verb === 'up' || v.verb === 'down');
  // "It's dark in here": the light is probably off, so turn it on.
  if (frame.too === 'dark' && !explicit && verb !== 'set') return { command: 'turn_on' };
  // "make the den dark": dark is where it should end up.
  if (frame.too === 'dark' && !explicit && verb === 'set') return { command: 'turn_off' };
  const dir = direction(frame);
  const level = absolute(frame, dir);
  if (level !== undefined) {
    if (level === 0) return { command: 'turn_off' };
    return { command: 'set_brightness', value: clamp(level, 0, 100) };
  }
  if (dir) return { command: 'change_brightness', value: dir * clamp(step(frame), 1, 100) };
  return onOff(verb);
}

function media(frame: Frame, verb: Verb | undefined): Command | undefined {
  switch (verb) {
    case 'play':
      return { command: 'play' };
    case 'pause':
    case 'stop':
      return { command: 'pause' };
    case 'next':
      return { command: 'next' };
    case 'previous':
      return { command: 'previous' };
    case 'mute':
      return { command: 'set_volume', value: 0 };
    default:
      break;
  }
  const dir = direction(frame);
  const level = absolute(frame, dir);
  if (level !== undefined && (frame.attribute === 'volume' || verb === 'set' || dir)) {
    return { command: 'set_volume', value: clamp(level, 0, 100) };
  }
  if (dir)
    return {
      command: 'change_volume',
      value:
        dir *
        clamp(frame.amount ?? (frame.number?.prep === 'by' ? frame.number.value : 10), 1, 100),
    };
  return onOff(verb);
}

/** "a bit", "by 20 percent", "further": a step said, not just a direction. */
function saysStep(frame: Frame): boolean {
  return (
    frame.amount !== undefined ||
    frame.more ||
    frame.less ||
    (frame.number !== undefined && frame.number.prep === 'by')
  );
}

function cover(frame: Frame, verb: Verb | undefined): Command | undefined {
  if (verb === 'stop' || verb === 'pause') return { command: 'stop' };
  // "Raise the blinds halfway": half is a place for a cover, not a step.
  if (frame.half && frame.number === undefined) return { command: 'set_position', value: 50 };
  // "close the blinds a little more": the verb says which way, "more" only how far.
  const dir = verb === 'open' ? 1 : verb === 'close' ? -1 : direction(frame);
  // "lower the blinds fully": all the way the verb goes, which is down.
  if (dir === -1 && frame.level?.value === 100 && frame.number === undefined)
    return { command: 'close' };
  // "all the way down", "to the bottom": a cover's lowest is shut.
  if (frame.level?.value === 1 && frame.number === undefined && dir !== 1)
    return { command: 'close' };
  const level = absolute(frame, dir);
  if (level !== undefined) return { command: 'set_position', value: clamp(level, 0, 100) };
  // "Raise the shutters a little further": a step, not all the way.
  if (dir && saysStep(frame))
    return { command: 'change_position', value: dir * clamp(step(frame), 1, 100) };
  if (verb === 'open' || verb === 'on' || dir === 1) return { command: 'open' };
  if (verb === 'close' || verb === 'off' || dir === -1) return { command: 'close' };
  return undefined;
}

/** Degrees for a relative temperature: "by two degrees", "a bit" (1), "a lot" (3). */
/** A temperature said in one scale, in the home's: 72 °F is 22 °C; a step of 4 °F is 2 °C. */
function inHomeUnit(n: NumberSlot, unit: TemperatureScale, step: boolean): number {
  if (!n.scale || n.scale === unit) return n.value;
  if (unit === 'celsius') return Math.round(step ? (n.value * 5) / 9 : ((n.value - 32) * 5) / 9);
  return Math.round(step ? (n.value * 9) / 5 : (n.value * 9) / 5 + 32);
}

function degreesStep(frame: Frame, unit: TemperatureScale): number {
  const n = frame.number;
  if (n && n.prep !== 'to' && n.unit !== 'percent' && n.unit !== 'kelvin')
    return inHomeUnit(n, unit, true);
  if (frame.amount !== undefined) return frame.amount >= 40 ? 3 : 1;
  return 1;
}

function climate(
  frame: Frame,
  verb: Verb | undefined,
  unit: TemperatureScale,
): Command | undefined {
  if (verb === 'off' || verb === 'stop') return { command: 'turn_off' };
  const n = frame.number;
  const dir = direction(frame);
  // "by two degrees" and "two degrees warmer" are steps; "up to 22" is a setting.
  if (
    n &&
    n.unit !== 'percent' &&
    n.unit !== 'kelvin' &&
    (n.prep === 'to' || (n.prep !== 'by' && dir === undefined))
  ) {
    return { command: 'set_temperature', value: inHomeUnit(n, unit, false) };
  }
  if (frame.mode) return { command: 'set_mode', value: frame.mode };
  // "Warmer", "turn the heating up a notch", "two degrees cooler".
  if (dir)
    return { command: 'change_temperature', value: dir * clamp(degreesStep(frame, unit), 1, 20) };
  return onOff(verb);
}

function vacuum(frame: Frame, verb: Verb | undefined): Command | undefined {
  // "send the vacuum back to its dock": the dock says it, whatever verb came first.
  if (frame.verbs.some((v) => v.verb === 'dock' || v.verb === 'previous'))
    return { command: 'return_home' };
  if (frame.saysHome && verb !== 'stop' && verb !== 'off') return { command: 'return_home' };
  // "set the robot off", "send the hoover out": sent off to clean.
  if (verb === 'off' && frame.verbs.some((v) => v.sends)) return { command: 'start' };
  if (verb === 'stop' || verb === 'off' || verb === 'pause') return { command: 'stop' };
  if (
    verb === undefined ||
    verb === 'start' ||
    verb === 'on' ||
    verb === 'clean' ||
    verb === 'set' ||
    verb === 'play'
  ) {
    return { command: 'start' };
  }
  return undefined;
}

function appliance(verb: Verb | undefined): Command | undefined {
  if (verb === 'off' || verb === 'close') return { command: 'turn_off' };
  if (verb === 'stop' || verb === 'pause' || verb === 'cancel') return { command: 'stop' };
  if (verb === 'lock' || verb === 'unlock' || verb === 'dock') return undefined;
  // "Turn on the coffee machine", "I'll take a latte": what the user wants is for it to start.
  return { command: 'start' };
}

/** `unit`: the home's temperature unit (home-file.md `unit`), default celsius. */
export function commandFor(
  frame: Frame,
  device: Device,
  unit: TemperatureScale = 'celsius',
): Command | undefined {
  const verb = mainVerb(frame);
  // Degrees are for the heating: "to seventy one degrees" never moves a garage door.
  if (frame.number?.unit === 'degrees' && device.type !== 'climate') return undefined;
  // "set the temperature in the garage to 73" is for its heating, never its door.
  if (frame.attribute === 'temperature' && frame.number && device.type !== 'climate')
    return undefined;
  // "make it warmer in the garage": warmth is the heating's, never the garage door's.
  if (
    device.type === 'cover' &&
    (frame.verbs.some((v) => v.implies === 'climate') ||
      frame.too === 'hot' ||
      frame.too === 'cold')
  )
    return undefined;
  switch (device.type) {
    case 'light':
      return light(frame, verb);
    case 'switch':
      return onOff(verb);
    case 'fan': {
      const dir = direction(frame);
      const level = absolute(frame, dir);
      if (level !== undefined && verb !== 'off')
        return level === 0
          ? { command: 'turn_off' }
          : { command: 'set_speed', value: clamp(level, 0, 100) };
      if (dir) return { command: 'change_speed', value: dir * clamp(step(frame), 1, 100) };
      return onOff(verb);
    }
    case 'cover':
      return cover(frame, verb);
    case 'climate':
      return climate(frame, verb, unit);
    case 'lock':
      if (verb === 'lock' || verb === 'close') return { command: 'lock' };
      if (verb === 'unlock' || verb === 'open') return { command: 'unlock' };
      return undefined;
    case 'valve':
      if (verb === 'open' || verb === 'on' || verb === 'start') return { command: 'open' };
      if (verb === 'close' || verb === 'off' || verb === 'stop') return { command: 'close' };
      return undefined;
    case 'media_player':
      return media(frame, verb);
    case 'vacuum':
      return vacuum(frame, verb);
    case 'appliance':
      return appliance(verb);
    default:
      return undefined;
  }
}
