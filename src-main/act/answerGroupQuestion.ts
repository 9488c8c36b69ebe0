// A question about a group answered as asked (home-file.md): "how many windows are open"
// gets a count, "is every door locked" a yes or no, "which lights are on" the names, each in
// the class's own words ("Two windows are open: the kitchen window and the bathroom window.").
import { BINARY_SENSOR_STATES, isInState, stateInWords } from '../core/deviceStates.ts';
import type { Device, Home } from '../core/home.ts';
import type { QuestionForm } from '../core/plan.ts';
import type { DeviceState } from '../core/state.ts';
import { joinList } from './answerQueries.ts';
import { TYPE_NOUNS } from '../core/deviceNouns.ts';
import { spokenName } from './spokenName.ts';

const NUMBER_WORDS = [
  'no',
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
];

const CLASS_NOUNS: Readonly<Record<string, [string, string]>> = {
  window: ['window', 'windows'],
  door: ['door', 'doors'],
  garage: ['garage door', 'garage doors'],
  garage_door: ['garage door', 'garage doors'],
  opening: ['opening', 'openings'],
  moisture: ['leak sensor', 'leak sensors'],
  battery: ['battery', 'batteries'],
  motion: ['motion sensor', 'motion sensors'],
  occupancy: ['presence sensor', 'presence sensors'],
  presence: ['presence sensor', 'presence sensors'],
  smoke: ['smoke alarm', 'smoke alarms'],
  gas: ['gas sensor', 'gas sensors'],
  carbon_monoxide: ['carbon monoxide alarm', 'carbon monoxide alarms'],
  blind: ['blind', 'blinds'],
  shutter: ['shutter', 'shutters'],
  curtain: ['curtain', 'curtains'],
};

/** What a sensor that senses something says, where "is detected" would be odd. */
const DETECTS: Readonly<Record<string, string>> = {
  motion: 'detects movement',
  occupancy: 'detects someone',
  presence: 'says someone is home',
  smoke: 'detects smoke',
  gas: 'detects gas',
  carbon_monoxide: 'detects carbon monoxide',
  sound: 'hears sound',
};

function nounOf(devices: readonly Device[]): readonly [string, string] {
  const first = devices[0]!;
  const sameClass = devices.every((d) => d.class === first.class && d.type === first.type);
  if (sameClass && first.class && CLASS_NOUNS[first.class]) return CLASS_NOUNS[first.class]!;
  const sameType = devices.every((d) => d.type === first.type);
  return sameType ? TYPE_NOUNS[first.type] : ['device', 'devices'];
}

/** The state asked about: said, or for a sensor the thing it senses ("is there water"). */
function askedState(form: QuestionForm, devices: readonly Device[]): string {
  if (form.state) return form.state;
  const first = devices[0]!;
  const words =
    first.type === 'binary_sensor' ? BINARY_SENSOR_STATES[first.class ?? ''] : undefined;
  return words?.on ?? 'on';
}

/** "is open", "detects movement": the predicate for devices in the asked state. */
function predicate(devices: readonly Device[], state: string, plural: boolean): string {
  const first = devices[0]!;
  const cls = first.class ?? '';
  const on = first.type === 'binary_sensor' && BINARY_SENSOR_STATES[cls]?.on === state;
  if (on && DETECTS[cls] && devices.every((d) => d.class === cls)) {
    return plural
      ? DETECTS[cls]!.replace(/^(\w+)s /, '$1 ').replace(/^says /, 'say ')
      : DETECTS[cls]!;
  }
  return `${plural ? 'are' : 'is'} ${state}`;
}

function count(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

const capital = (s: string): string => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** The opposite state's word for one device ("unlocked" for a lock asked "locked"). */
function otherState(device: Device, reported: string | undefined): string {
  return reported === undefined ? 'unknown' : stateInWords(device, reported);
}

/**
 * The answer to a group question, or undefined when the form asks for plain states. Devices
 * that do not answer are named, never counted as one way or the other.
 */
export function answerGroupQuestion(
  home: Home,
  form: QuestionForm,
  devices: readonly Device[],
  states: ReadonlyMap<string, DeviceState>,
): string | undefined {
  if (form.form === 'state' || devices.length === 0) return undefined;
  const state = askedState(form, devices);
  const answering = devices.filter((d) => states.get(d.id)?.available);
  const silent = devices.filter((d) => !states.get(d.id)?.available);
  const yes = answering.filter((d) => isInState(d, states.get(d.id)?.state, state));
  const no = answering.filter((d) => !yes.includes(d));
  const names = (list: readonly Device[]) =>
    joinList(list.map((d) => `the ${spokenName(home, d)}`));
  const [one, many] = nounOf(devices);
  let answer: string;
  switch (form.form) {
    case 'count':
      answer =
        yes.length === 0
          ? `No ${many} are ${state}.`
          : `${capital(count(yes.length))} ${yes.length === 1 ? one : many} ${predicate(yes, state, yes.length > 1)}: ${names(yes)}.`;
      break;
    case 'any':
      answer =
        yes.length > 0
          ? `Yes, ${names(yes)} ${predicate(yes, state, yes.length > 1)}.`
          : answering.length === 1
            ? `No, ${names(answering)} ${predicate(answering, otherState(answering[0]!, states.get(answering[0]!.id)?.state), false)}.`
            : `No, none of the ${answering.length ? `${count(answering.length)} ` : ''}${many} ${predicate(devices, state, true)}.`;
      break;
    case 'all':
      if (no.length === 0 && yes.length > 0) {
        answer =
          yes.length === 1
            ? `Yes, ${names(yes)} ${predicate(yes, state, false)}.`
            : `Yes, ${yes.length === 2 ? 'both' : `all ${count(yes.length)}`} ${many} ${predicate(yes, state, true)}.`;
      } else {
        const not = no.map(
          (d) => `the ${spokenName(home, d)} is ${otherState(d, states.get(d.id)?.state)}`,
        );
        answer = `No, ${joinList(not)}.`;
      }
      break;
    case 'which':
      answer =
        yes.length === 0
          ? `None of the ${many} ${predicate(devices, state, true)}.`
          : `${capital(names(yes))} ${predicate(yes, state, yes.length > 1)}.`;
      break;
  }
  if (silent.length) {
    answer += ` ${capital(names(silent))} ${silent.length > 1 ? 'are' : 'is'} not answering.`;
  }
  return answer;
}
