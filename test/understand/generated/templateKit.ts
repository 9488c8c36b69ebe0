// What a phrase template is, how its expected plan is compared with a real one (as
// ../shared/tools/score-plan.mjs compares them), and the helpers templates share to pick
// devices from a generated home and to word a sentence the ways people say it.
import type { Device, Home } from '../../../src-main/core/home.ts';
import type { Plan, TimerOp } from '../../../src-main/core/plan.ts';
import type { GeneratedHome } from './generateHome.ts';
import type { Rng } from './Rng.ts';

export interface ExpectedAction {
  device: string;
  command: string;
  /** Numbers match within +-1; change_* commands match by sign only. */
  value?: number | string;
  /** When given, the value must be a number within [min, max] ("warm white": a low kelvin). */
  range?: [number, number];
}

export interface ExpectedTimer {
  op: TimerOp;
  seconds?: number;
  name?: string;
}

/** The plan a sentence must give. Absent lists mean "must be empty". */
export interface Expected {
  actions?: ExpectedAction[];
  /** Device ids whose state is asked (the attribute is not compared). */
  queries?: string[];
  timers?: ExpectedTimer[];
  /** A question back: plan.clarify non-empty and no actions; when ids are given, exactly those. */
  clarify?: string[] | true;
  /** Nothing done: no actions (queries and timers are not looked at). */
  nothing?: true;
}

export interface Turn {
  text: string;
  /** The speaker's room (PlanContext.area); undefined = the home's default_area applies. */
  area?: string;
  expect: Expected;
}

export interface Template {
  /** Unique across both sets. */
  id: string;
  /** The behaviour it measures; several templates (and both sets) share one. */
  behaviour: string;
  /** The turns of one case in this home (one turn, or a conversation), or null when the home lacks what it needs. */
  make(g: GeneratedHome, rng: Rng): Turn[] | null;
}

// ------------------------------------------------------------------ comparing

function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function valueMatches(command: string, expected: unknown, got: unknown): boolean {
  if (expected === undefined || expected === null) return true;
  if (command.startsWith('change_')) {
    const e = asNumber(expected);
    const g = asNumber(got);
    return e !== null && g !== null && Math.sign(e) === Math.sign(g);
  }
  if (typeof expected === 'number') {
    const g = asNumber(got);
    return g !== null && Math.abs(g - expected) <= 1;
  }
  return (
    typeof got === 'string' && got.trim().toLowerCase() === String(expected).trim().toLowerCase()
  );
}

function inRange(range: [number, number] | undefined, got: unknown): boolean {
  if (!range) return true;
  const g = asNumber(got);
  return g !== null && g >= range[0] && g <= range[1];
}

function sameSet<E, G>(expected: E[], got: G[], matches: (e: E, g: G) => boolean): boolean {
  const free = got.map(() => true);
  for (const e of expected) {
    const j = got.findIndex((g, k) => free[k] && matches(e, g));
    if (j < 0) return false;
    free[j] = false;
  }
  return free.every((f) => !f);
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** "the pasta timer" and "pasta" name the same timer. */
const timerName = (name: string | undefined) =>
  (name ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+timer$/, '');

/** True when `plan` is what `expect` says it should be. */
export function planMatches(expect: Expected, plan: Plan): boolean {
  if (expect.clarify) {
    if (!plan.clarify?.length || plan.actions.length) return false;
    return (
      expect.clarify === true ||
      sameSet(expect.clarify, [...new Set(plan.clarify)], (e, g) => e === g)
    );
  }
  if (expect.nothing) return plan.actions.length === 0;
  const key = (a: { device: string; command: string; value?: unknown }) =>
    `${a.device}|${a.command}|${JSON.stringify(a.value ?? null)}`;
  const actionsOk = sameSet(
    uniqueBy(expect.actions ?? [], key),
    uniqueBy(plan.actions, key),
    (e, g) =>
      e.device === g.device &&
      e.command === g.command &&
      valueMatches(e.command, e.value, g.value) &&
      inRange(e.range, g.value),
  );
  const queriesOk = sameSet(
    [...new Set(expect.queries ?? [])],
    [...new Set(plan.queries.map((q) => q.device))],
    (e, g) => e === g,
  );
  const timersOk = sameSet(expect.timers ?? [], plan.timers, (e, g) => {
    if (e.op !== g.op) return false;
    if (
      e.seconds !== undefined &&
      (asNumber(g.seconds) === null || Math.abs(g.seconds! - e.seconds) > 1)
    )
      return false;
    return e.name === undefined || timerName(e.name) === timerName(g.name);
  });
  return actionsOk && queriesOk && timersOk;
}

/** A plan cut down to what is compared, for failure messages. */
export function briefPlan(plan: Plan): object {
  return {
    actions: plan.actions,
    queries: plan.queries.map((q) => q.device),
    timers: plan.timers,
    ...(plan.clarify ? { clarify: plan.clarify } : {}),
  };
}

// ------------------------------------------------------------------ building expectations

export const act = (
  devices: readonly Device[] | readonly string[],
  command: string,
  value?: number | string,
) =>
  devices.map((d) => ({
    device: typeof d === 'string' ? d : d.id,
    command,
    ...(value === undefined ? {} : { value }),
  }));

export const ids = (devices: readonly Device[]) => devices.map((d) => d.id);

// ------------------------------------------------------------------ reading a home

export function devicesOf(
  home: Home,
  type: Device['type'],
  cls?: string | readonly string[],
): Device[] {
  const classes = typeof cls === 'string' ? [cls] : cls;
  return home.devices.filter(
    (d) => d.type === type && (!classes || classes.includes(d.class ?? '')),
  );
}

export function lightsIn(g: GeneratedHome, area: string): Device[] {
  return (g.meta.lightsByArea[area] ?? []).map((id) => device(g.home, id));
}

export function device(home: Home, id: string): Device {
  const d = home.devices.find((x) => x.id === id);
  if (!d) throw new Error(`no device ${id}`);
  return d;
}

export function allLights(g: GeneratedHome): Device[] {
  return devicesOf(g.home, 'light');
}

export function lightsOnFloor(g: GeneratedHome, floor: string): Device[] {
  return (g.meta.areasByFloor[floor] ?? []).flatMap((a) => lightsIn(g, a));
}

export function areasWithLights(g: GeneratedHome, min = 1, max = Infinity): string[] {
  return g.home.areas
    .map((a) => a.id)
    .filter((a) => lightsIn(g, a).length >= min && lightsIn(g, a).length <= max);
}

/** True when no other device, scene or area is called `name` (or has it as an alias). */
export function nameIsUnique(home: Home, name: string): boolean {
  const n = name.toLowerCase();
  const uses = [
    ...home.devices.flatMap((d) => [d.name, ...d.aliases]),
    ...home.scenes.flatMap((s) => [s.name, ...s.aliases]),
    ...home.areas.flatMap((a) => [a.name, ...a.aliases]),
  ].filter((x) => x.toLowerCase() === n);
  return uses.length === 1;
}

/** Devices of the type whose name is theirs alone, with kind-word names like "Light" left out unless asked. */
export function uniquelyNamed(home: Home, type: Device['type'], keepKindWords = false): Device[] {
  const kind = /^(light|lamp|lights|fan|temperature|heater|heating|radiator|thermostat)$/i;
  return devicesOf(home, type).filter(
    (d) =>
      nameIsUnique(home, d.name) &&
      !readsAsRoomAndName(home, d) &&
      (keepKindWords || !kind.test(d.name)),
  );
}

/**
 * "Bathroom light" in a bathroom that also has a light called "Light": "the bathroom light"
 * fits both, so asking back is as right as picking one. Templates leave such names out.
 */
export function readsAsRoomAndName(home: Home, d: Device): boolean {
  const name = d.name.toLowerCase();
  return home.areas.some((a) =>
    [a.name, ...a.aliases].some((word) => {
      const w = word.toLowerCase();
      if (!name.startsWith(`${w} `)) return false;
      const rest = name.slice(w.length + 1);
      return home.devices.some(
        (o) =>
          o !== d &&
          o.area === a.id &&
          [o.name, ...o.aliases].some((n) => n.toLowerCase() === rest),
      );
    }),
  );
}

export function areaName(home: Home, id: string): string {
  return home.areas.find((a) => a.id === id)!.name;
}

/** How a person names a room: its name or one of its aliases, lower-cased. */
export function sayArea(home: Home, id: string, rng: Rng): string {
  const a = home.areas.find((x) => x.id === id)!;
  const said = rng.pick([a.name, a.name, ...a.aliases]).toLowerCase();
  // "bedroom 2" is also said "bedroom two".
  return said.replace(/\b(\d{1,2})$/, (n) => (rng.chance(0.5) ? numberWords(Number(n)) : n));
}

/** "the kitchen" / "mia's room" (a possessive needs no article: "in mia's room"). */
export function theArea(home: Home, id: string, rng: Rng): string {
  const spoken = sayArea(home, id, rng);
  return /'s\b/.test(spoken) ? spoken : `the ${spoken}`;
}

/** "the reading lamp" / "mia's lamp" / "lamp 2". */
export function theName(name: string): string {
  const n = name.toLowerCase();
  // Possessives and numbered names go without an article: "mia's lamp", "lamp 2".
  return /'s\b|\d$/.test(n) ? n : `the ${n}`;
}

/** A device's own name or alias, as said. */
export function sayDevice(d: Device, rng: Rng): string {
  return rng
    .pick([d.name, d.name, ...d.aliases.filter((a) => !a.startsWith('the '))])
    .toLowerCase();
}

/** An area that is none of these (for a speaker standing somewhere else). */
export function otherArea(
  home: Home,
  rng: Rng,
  not: readonly (string | undefined)[],
): string | undefined {
  const rest = home.areas.map((a) => a.id).filter((a) => !not.includes(a));
  return rest.length ? rng.pick(rest) : undefined;
}

/** A speaker area for a sentence that names its own room: anywhere, or the default. */
export function anySpeaker(home: Home, rng: Rng): string | undefined {
  return rng.chance(0.3) ? undefined : rng.pick(home.areas).id;
}

// ------------------------------------------------------------------ wording

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0..100 in words: "seventy two", "a hundred". */
export function numberWords(n: number): string {
  if (n === 100) return 'a hundred';
  if (n < 20) return ONES[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${tens} ${ONES[n % 10]}` : tens;
}

/** A number as digits or words. */
export function sayNumber(n: number, rng: Rng): string {
  return rng.chance(0.5) ? String(n) : numberWords(n);
}

export function sayPercent(n: number, rng: Rng): string {
  return rng.pick([`${n}%`, `${n} percent`, `${numberWords(n)} percent`, `${n} per cent`]);
}

/** Wraps a command in the politeness people add, or none. */
export function polite(command: string, rng: Rng): string {
  return rng.pick([
    command,
    command,
    `please ${command}`,
    `${command} please`,
    `can you ${command}`,
    `could you ${command} please`,
    `would you ${command}`,
    `hey, ${command}`,
  ]);
}

/** Picks one of the surface forms. */
export function oneOf(rng: Rng, ...forms: string[]): string {
  return rng.pick(forms);
}

// ------------------------------------------------------------------ phrases shared by templates

/** "the kitchen lights" / "the lights in the kitchen" / "mia's room lights". */
export function roomLights(home: Home, area: string, rng: Rng): string {
  const spoken = sayArea(home, area, rng);
  const possessive = /'s\b/.test(spoken);
  return rng.pick([
    possessive ? `${spoken} lights` : `the ${spoken} lights`,
    possessive ? `the lights in ${spoken}` : `the lights in the ${spoken}`,
  ]);
}

/** The home's only climate device, if it has exactly one. */
export function onlyClimate(home: Home): Device | undefined {
  const all = devicesOf(home, 'climate');
  return all.length === 1 ? all[0] : undefined;
}

/** The only device of a type in an area. */
export function onlyIn(home: Home, type: Device['type'], area: string): Device | undefined {
  const all = devicesOf(home, type).filter((d) => d.area === area);
  return all.length === 1 ? all[0] : undefined;
}

/** A target temperature a person would ask for, in the home's unit. */
export function targetTemperature(home: Home, rng: Rng): number {
  return home.unit === 'fahrenheit' ? rng.int(62, 76) : rng.int(17, 24);
}

export const COLOURS = ['red', 'blue', 'green', 'purple', 'orange', 'pink', 'yellow', 'white'];

/** The words for a cover's class: [singular, plural]. */
export function coverWords(cls: string | undefined): string | undefined {
  return cls === 'blind'
    ? 'blinds'
    : cls === 'shutter'
      ? 'shutters'
      : cls === 'curtain'
        ? 'curtains'
        : undefined;
}
