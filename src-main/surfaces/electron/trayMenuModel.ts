import type { AssistantStatus, DeviceView, HomeView } from '../../core/assistantApi.ts';

// The tray menu as data: what it shows for a home and the app's state, and what each item
// does. trayMenu.ts turns it into an Electron Menu and runs the actions, so the menu's
// content is tested without Electron.

export type TrayAction =
  | { kind: 'open' }
  | { kind: 'quit' }
  | { kind: 'startListening' }
  | { kind: 'stopListening' }
  | { kind: 'toggleMute' }
  | { kind: 'toggleStartAtLogin' }
  | { kind: 'allLightsOff' }
  | { kind: 'control'; device: string; command: string };

export interface TrayMenuItem {
  /** Stable id (tests, Menu.getMenuItemById). */
  id: string;
  type: 'normal' | 'separator' | 'checkbox';
  label?: string;
  enabled?: boolean;
  checked?: boolean;
  action?: TrayAction;
}

export interface TrayState {
  /** What the assistant says it is doing (its last status event). */
  status: AssistantStatus;
  /** The status event's words: "Waiting for “hey jarvis”" while a wake word is awaited. */
  statusMessage?: string | undefined;
  /** The microphone is open (its last listening event). */
  listening: boolean;
  muted: boolean;
  startAtLogin: boolean;
  /** False while the assistant process is down or restarting: device items are disabled. */
  assistantReady: boolean;
}

/** The one-tap action for a favourite device, from its current state; undefined if none. */
export function quickActionFor(device: DeviceView): { command: string; label: string } | undefined {
  const state = device.state.state;
  const name = device.name;
  switch (device.type) {
    case 'light':
    case 'switch':
    case 'fan':
    case 'climate':
    case 'media_player':
    case 'appliance':
      return state === 'on' || state === 'playing' || state === 'paused' || state === 'idle'
        ? { command: 'turn_off', label: `Turn off ${name}` }
        : { command: 'turn_on', label: `Turn on ${name}` };
    case 'lock':
      // Unlocking still goes through the assistant's confirmation (dialog or notification).
      return state === 'locked'
        ? { command: 'unlock', label: `Unlock ${name}` }
        : { command: 'lock', label: `Lock ${name}` };
    case 'cover':
    case 'valve':
      return state === 'open' || state === 'opening'
        ? { command: 'close', label: `Close ${name}` }
        : { command: 'open', label: `Open ${name}` };
    case 'vacuum':
      return state === 'cleaning'
        ? { command: 'return_home', label: `Send ${name} home` }
        : { command: 'start', label: `Start ${name}` };
    default:
      return undefined; // sensors: nothing to do
  }
}

/** The lights "All lights off" switches off: every light that can be reached. */
export function allLightsOffTargets(home: HomeView): string[] {
  return home.devices.filter((d) => d.type === 'light' && d.state.available).map((d) => d.id);
}

const separator = (id: string): TrayMenuItem => ({ id, type: 'separator' });

/** The whole tray menu; `home` is undefined until the assistant has answered once. */
export function buildTrayMenu(home: HomeView | undefined, state: TrayState): TrayMenuItem[] {
  const ready = state.assistantReady && home !== undefined;
  const listening = state.listening;
  const items: TrayMenuItem[] = [
    { id: 'open', type: 'normal', label: 'Open Hearth', action: { kind: 'open' } },
    separator('sep-listen'),
    ...(listening
      ? [
          {
            id: 'listen-state',
            type: 'normal' as const,
            label: listeningLabel(state),
            enabled: false,
          },
        ]
      : []),
    listening
      ? {
          id: 'listen',
          type: 'normal',
          label: 'Stop listening',
          enabled: state.assistantReady,
          action: { kind: 'stopListening' },
        }
      : {
          id: 'listen',
          type: 'normal',
          label: 'Start listening',
          enabled: state.assistantReady && !state.muted,
          action: { kind: 'startListening' },
        },
    {
      id: 'mute',
      type: 'checkbox',
      label: 'Mute microphone',
      checked: state.muted,
      action: { kind: 'toggleMute' },
    },
  ];

  const scenes = home?.scenes.filter((s) => s.favorite) ?? [];
  const devices = home?.devices.filter((d) => d.favorite) ?? [];
  if (scenes.length > 0 || devices.length > 0) {
    items.push(separator('sep-favourites'));
    items.push({ id: 'favourites', type: 'normal', label: 'Favourites', enabled: false });
    for (const scene of scenes) {
      items.push({
        id: `scene:${scene.id}`,
        type: 'normal',
        label: scene.name,
        enabled: ready,
        action: { kind: 'control', device: scene.id, command: 'activate' },
      });
    }
    for (const device of devices) {
      const quick = quickActionFor(device);
      if (!quick) continue;
      const available = device.state.available;
      items.push({
        id: `device:${device.id}`,
        type: 'normal',
        label: available ? quick.label : `${device.name} (unavailable)`,
        enabled: ready && available,
        action: { kind: 'control', device: device.id, command: quick.command },
      });
    }
  }

  items.push(separator('sep-lights'));
  items.push({
    id: 'all-lights-off',
    type: 'normal',
    label: 'All lights off',
    enabled: ready && home !== undefined && allLightsOffTargets(home).length > 0,
    action: { kind: 'allLightsOff' },
  });
  items.push(separator('sep-app'));
  items.push({
    id: 'start-at-login',
    type: 'checkbox',
    label: 'Start Hearth at login',
    checked: state.startAtLogin,
    action: { kind: 'toggleStartAtLogin' },
  });
  items.push({ id: 'quit', type: 'normal', label: 'Quit Hearth', action: { kind: 'quit' } });
  return items;
}

/**
 * What the open microphone is doing, for the tray: waiting for the wake word, listening to a
 * command (after the word, or push-to-talk), or busy with one.
 */
export function listeningLabel(state: TrayState): string {
  if (state.status === 'listening') return state.statusMessage ?? 'Listening…';
  if (state.status === 'idle') return 'Listening…';
  return `Listening (${state.status})`;
}

/** The tray icon's tooltip: the app and what it is doing. */
export function trayTooltip(state: TrayState): string {
  if (!state.assistantReady) return 'Hearth: starting';
  if (state.muted) return 'Hearth: microphone muted';
  if (state.listening && state.status === 'listening' && state.statusMessage)
    return `Hearth: ${state.statusMessage}`;
  if (state.listening && state.status === 'idle') return 'Hearth: listening';
  return `Hearth: ${state.status}`;
}
