import type { Device, Home } from '../core/home.ts';
import type { Query, QuestionForm } from '../core/plan.ts';
import { answerGroupQuestion } from './answerGroupQuestion.ts';
import { TYPE_NOUNS } from '../core/deviceNouns.ts';
import { stateInWords } from '../core/deviceStates.ts';
import type { DeviceState } from '../core/state.ts';
import { DEGREES } from '../core/commandValues.ts';
import { lowerWords, spokenName } from './spokenName.ts';

// Turns state queries into short sentences, grouping devices that share an answer:
// "The kitchen light and hall light are on. The bedroom temperature is 21 °C."

interface Clause {
  /** Said after "The". */
  subject: string;
  singular: string;
  plural: string;
  predicate: string;
}

const CLASS_UNITS: Readonly<Record<string, string>> = {
  power: ' W',
  energy: ' kWh',
  illuminance: ' lx',
  co2: ' ppm',
  battery: '%',
  pressure: ' hPa',
};

export function formatNumber(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const is = (subject: string, predicate: string): Clause => ({
  subject,
  singular: 'is',
  plural: 'are',
  predicate,
});
const reads = (subject: string, predicate: string): Clause => ({
  subject,
  singular: 'reads',
  plural: 'read',
  predicate,
});

function stateWord(device: Device, s: DeviceState): string {
  if (s.state === undefined) return 'in an unknown state';
  if (device.type === 'binary_sensor' && s.state === 'on') {
    if (device.class === 'motion' || device.class === 'occupancy') return 'detecting motion';
    if (device.class === 'leak') return 'wet';
  }
  return stateInWords(device, s.state);
}

export function answerQueries(
  home: Home,
  queries: readonly Query[],
  states: ReadonlyMap<string, DeviceState>,
  question?: QuestionForm,
): string {
  const degrees = ` ${DEGREES[home.unit]}`;
  const devices = new Map(home.devices.map((d) => [d.id, d]));
  if (question && queries.every((q) => q.attribute === 'state')) {
    const asked = queries.map((q) => devices.get(q.device)).filter((d) => d !== undefined);
    const grouped = answerGroupQuestion(home, question, asked, states);
    if (grouped) return grouped;
  }
  // A room's name may stand for its one thermometer ("the bedroom temperature"), but not
  // when two devices in that room are asked about at once.
  const perArea = new Map<string, number>();
  for (const q of queries) {
    const area = devices.get(q.device)?.area;
    if (area)
      perArea.set(`${area}.${q.attribute}`, (perArea.get(`${area}.${q.attribute}`) ?? 0) + 1);
  }
  const roomSubject = (device: Device, attribute: string): string | undefined => {
    if (!device.area || perArea.get(`${device.area}.${attribute}`) !== 1) return undefined;
    const area = home.areas.find((a) => a.id === device.area);
    return area ? `${lowerWords(area.name)} ${attribute}` : undefined;
  };
  const reading = (device: Device, name: string, attribute: string, text: string): Clause => {
    const room = roomSubject(device, attribute);
    return room ? is(room, text) : reads(name, text);
  };

  const clauses: (Clause | string)[] = queries.map((q): Clause | string => {
    const device = devices.get(q.device);
    if (!device) return `I don't know a device called "${q.device}".`;
    const name = spokenName(home, device);
    const s = states.get(device.id);
    if (!s || !s.available) return is(name, 'not answering');
    const off = s.state === 'off';
    switch (q.attribute) {
      case 'state':
        if (device.type === 'sensor') {
          if (s.temperature !== undefined)
            return reading(device, name, 'temperature', `${formatNumber(s.temperature)}${degrees}`);
          if (s.humidity !== undefined)
            return reading(device, name, 'humidity', `${formatNumber(s.humidity)}%`);
          if (s.value !== undefined)
            return reads(name, `${formatNumber(s.value)}${CLASS_UNITS[device.class ?? ''] ?? ''}`);
        }
        if (device.type === 'climate' && !off && s.target_temperature !== undefined) {
          const target = `${formatNumber(s.target_temperature)}${degrees}`;
          if (s.mode === 'heat') return is(name, `heating to ${target}`);
          if (s.mode === 'cool') return is(name, `cooling to ${target}`);
          return is(name, `on, set to ${target}`);
        }
        return is(name, stateWord(device, s));
      case 'brightness':
        if (off || s.brightness === undefined) return is(name, 'off');
        return is(name, `at ${formatNumber(s.brightness)}% brightness`);
      case 'color':
        if (off) return is(name, 'off');
        if (s.color) return is(name, `set to ${s.color}`);
        if (s.color_temp) return is(name, `white at ${formatNumber(s.color_temp)} K`);
        break;
      case 'speed':
        if (off || s.speed === undefined) return is(name, 'off');
        return is(name, `running at ${formatNumber(s.speed)}% speed`);
      case 'position':
        if (s.position === undefined) break;
        if (s.position === 0) return is(name, 'closed');
        return is(name, s.position === 100 ? 'fully open' : `${formatNumber(s.position)}% open`);
      case 'volume':
        if (s.volume === undefined) break;
        return is(`${name} volume`, `${formatNumber(s.volume)}%`);
      case 'temperature':
        if (s.temperature === undefined) break;
        return reading(device, name, 'temperature', `${formatNumber(s.temperature)}${degrees}`);
      case 'target_temperature':
        if (s.target_temperature === undefined) break;
        return is(name, `set to ${formatNumber(s.target_temperature)}${degrees}`);
      case 'humidity':
        if (s.humidity === undefined) break;
        return reading(device, name, 'humidity', `${formatNumber(s.humidity)}%`);
      case 'value':
        if (s.value === undefined) break;
        return reads(name, `${formatNumber(s.value)}${CLASS_UNITS[device.class ?? ''] ?? ''}`);
    }
    return `I don't know the ${q.attribute.replace(/_/g, ' ')} of the ${name}.`;
  });

  // Group clauses that say the same thing, keeping the order in which answers first appear.
  const groups = new Map<string, { clause: Clause; subjects: string[] } | string>();
  for (const clause of clauses) {
    if (typeof clause === 'string') {
      groups.set(clause, clause);
      continue;
    }
    const key = `${clause.singular}|${clause.predicate}`;
    const group = groups.get(key);
    if (typeof group === 'object') {
      if (!group.subjects.includes(clause.subject)) group.subjects.push(clause.subject);
    } else groups.set(key, { clause, subjects: [clause.subject] });
  }
  const sentence = (g: { clause: Clause; subjects: string[] }) => {
    const verb = g.subjects.length > 1 ? g.clause.plural : g.clause.singular;
    return `The ${joinList(g.subjects)} ${verb} ${g.clause.predicate}.`;
  };
  const all = [...groups.values()];
  const objects = all.filter((g) => typeof g === 'object');
  const types = new Set(queries.map((q) => devices.get(q.device)?.type));
  const [type] = types;
  // "Which lights are on" over a whole home: name the few, count the many.
  const summarise =
    queries.length >= 4 &&
    type !== undefined &&
    types.size === 1 &&
    objects.length === all.length &&
    queries.every((q) => q.attribute === 'state');
  if (summarise) {
    const noun = TYPE_NOUNS[type][1];
    const most = objects.reduce((a, b) => (b.subjects.length > a.subjects.length ? b : a));
    if (objects.length === 1) {
      return `All ${most.subjects.length} ${noun} are ${most.clause.predicate}.`;
    }
    if (most.subjects.length >= 3) {
      const rest = objects.filter((g) => g !== most).map(sentence);
      const other = `The other ${most.subjects.length} ${noun} are ${most.clause.predicate}.`;
      return [...rest, other].join(' ');
    }
  }
  return all.map((g) => (typeof g === 'string' ? g : sentence(g))).join(' ');
}
