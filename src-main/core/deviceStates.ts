// What a device's states are called, so a question can be asked and answered in its own
// words: a window sensor is "open", a moisture sensor "wet", a battery "low"
// (../shared/spec/home-file.md, the binary-sensor class table).
import type { Device } from './home.ts';

export interface StateWords {
  /** What `on` means for this class. */
  on: string;
  /** What `off` means. */
  off: string;
}

export const BINARY_SENSOR_STATES: Readonly<Record<string, StateWords>> = {
  battery: { on: 'low', off: 'normal' },
  battery_charging: { on: 'charging', off: 'not charging' },
  cold: { on: 'cold', off: 'normal' },
  heat: { on: 'hot', off: 'normal' },
  connectivity: { on: 'connected', off: 'disconnected' },
  door: { on: 'open', off: 'closed' },
  garage_door: { on: 'open', off: 'closed' },
  window: { on: 'open', off: 'closed' },
  opening: { on: 'open', off: 'closed' },
  gas: { on: 'detected', off: 'clear' },
  carbon_monoxide: { on: 'detected', off: 'clear' },
  smoke: { on: 'detected', off: 'clear' },
  light: { on: 'light', off: 'dark' },
  lock: { on: 'unlocked', off: 'locked' },
  moisture: { on: 'wet', off: 'dry' },
  motion: { on: 'detected', off: 'clear' },
  occupancy: { on: 'detected', off: 'clear' },
  presence: { on: 'home', off: 'away' },
  moving: { on: 'moving', off: 'still' },
  vibration: { on: 'vibrating', off: 'still' },
  running: { on: 'running', off: 'not running' },
  plug: { on: 'plugged in', off: 'unplugged' },
  power: { on: 'on', off: 'off' },
  problem: { on: 'problem', off: 'OK' },
  safety: { on: 'unsafe', off: 'safe' },
  tamper: { on: 'tampered', off: 'clear' },
  sound: { on: 'sound', off: 'quiet' },
  update: { on: 'update available', off: 'up to date' },
};

/** The words a question may use for a state ("opened", "shut"), as the state they mean. */
const STATE_SYNONYMS: Readonly<Record<string, string>> = {
  opened: 'open',
  close: 'closed',
  shut: 'closed',
  lit: 'on',
};

const TWO_STATES: Readonly<Partial<Record<Device['type'], readonly [string, string]>>> = {
  light: ['on', 'off'],
  switch: ['on', 'off'],
  fan: ['on', 'off'],
  climate: ['on', 'off'],
  media_player: ['on', 'off'],
  appliance: ['on', 'off'],
  cover: ['open', 'closed'],
  valve: ['open', 'closed'],
  lock: ['locked', 'unlocked'],
};

export function canonicalState(word: string): string {
  return STATE_SYNONYMS[word] ?? word;
}

/** Words one class takes for its own states: a charger "connected" is plugged in. */
const SECURE_SHUT = { secure: 'closed', secured: 'closed', insecure: 'open', unsecured: 'open' };
const SECURE_LOCKED = {
  secure: 'locked',
  secured: 'locked',
  insecure: 'unlocked',
  unsecured: 'unlocked',
};
const CLASS_SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  plug: { connected: 'plugged in', disconnected: 'unplugged', plugged: 'plugged in' },
  battery_charging: { 'plugged in': 'charging' },
  safety: { secure: 'safe', secured: 'safe', insecure: 'unsafe', unsecured: 'unsafe' },
  lock: SECURE_LOCKED,
  door: SECURE_SHUT,
  window: SECURE_SHUT,
  garage_door: SECURE_SHUT,
  opening: SECURE_SHUT,
};
const TYPE_SYNONYMS: Readonly<Partial<Record<Device['type'], Readonly<Record<string, string>>>>> = {
  lock: SECURE_LOCKED,
  cover: SECURE_SHUT,
};

/** The state asked about, in the device's own words where its class has them. */
function wantedState(device: Pick<Device, 'type' | 'class'>, asked: string): string {
  const wanted = canonicalState(asked);
  if (device.type !== 'binary_sensor') return TYPE_SYNONYMS[device.type]?.[wanted] ?? wanted;
  return CLASS_SYNONYMS[device.class ?? '']?.[wanted] ?? wanted;
}

/**
 * The state a device reports (`on`, `open`, `locked`...) in the words people use for it:
 * a window sensor's `on` is "open". Unknown classes keep `on`/`off`.
 */
export function stateInWords(device: Pick<Device, 'type' | 'class'>, state: string): string {
  if (device.type !== 'binary_sensor') return state;
  const words = BINARY_SENSOR_STATES[device.class ?? ''];
  if (!words) return state;
  if (state === 'on') return words.on;
  if (state === 'off') return words.off;
  return state;
}

/** Whether a device can be in the state a question names ("is the window open"). */
export function canBeIn(device: Pick<Device, 'type' | 'class'>, state: string): boolean {
  const wanted = wantedState(device, state);
  if (device.type === 'binary_sensor') {
    const words = BINARY_SENSOR_STATES[device.class ?? ''];
    if (!words) return wanted === 'on' || wanted === 'off';
    return wanted === words.on || wanted === words.off || wanted === 'on' || wanted === 'off';
  }
  // A robot on its dock is charging.
  if (device.type === 'vacuum')
    return ['on', 'off', 'cleaning', 'docked', 'charging', 'home'].includes(wanted);
  return TWO_STATES[device.type]?.includes(wanted) ?? false;
}

/** Whether a device's reported state is the one asked about, in either spelling. */
export function isInState(
  device: Pick<Device, 'type' | 'class'>,
  reported: string | undefined,
  asked: string,
): boolean {
  if (reported === undefined) return false;
  const wanted = wantedState(device, asked);
  if (reported === wanted || stateInWords(device, reported) === wanted) return true;
  // A light that is on is "on" whatever its brightness; a cover part open is not "closed".
  if (device.type === 'cover' || device.type === 'valve')
    return wanted === 'open' ? reported !== 'closed' : false;
  if (device.type === 'vacuum')
    return (
      (wanted === 'on' && reported === 'cleaning') ||
      ((wanted === 'charging' || wanted === 'home') && reported === 'docked')
    );
  return false;
}
