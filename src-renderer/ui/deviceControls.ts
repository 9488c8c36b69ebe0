import type { DeviceView } from '../../src-main/core/assistantApi.ts';
import { h } from './dom.ts';
import { icon } from './icons.ts';
import type { IconName } from './icons.ts';

// The direct controls of a device card. Each control sends a command; the card's state
// text changes only when the device reports its new state (never optimistically).

export type SendCommand = (command: string, value?: number | string) => void;

export interface DeviceControls {
  element: HTMLElement;
  /** The power switch, shown in the card's head (absent for devices without one). */
  power?: HTMLButtonElement;
  update(device: DeviceView): void;
}

const POWER_TYPES = new Set(['light', 'switch', 'fan', 'climate', 'media_player', 'appliance']);

function iconButton(name: IconName, label: string, onclick: () => void): HTMLButtonElement {
  const button = h('button', {
    type: 'button',
    class: 'icon-button',
    'aria-label': label,
    title: label,
  });
  button.append(icon(name));
  button.addEventListener('click', onclick);
  return button;
}

function slider(label: string, onCommit: (value: number) => void): HTMLInputElement {
  const input = h('input', {
    type: 'range',
    min: 0,
    max: 100,
    step: 5,
    'aria-label': label,
    class: 'slider',
  });
  input.addEventListener('change', () => onCommit(Number(input.value)));
  return input;
}

export function deviceControls(device: DeviceView, send: SendCommand): DeviceControls {
  const element = h('div', { class: 'control-set' });
  const updaters: ((d: DeviceView) => void)[] = [];
  let power: HTMLButtonElement | undefined;

  if (POWER_TYPES.has(device.type)) {
    const button = h('button', {
      type: 'button',
      role: 'switch',
      class: 'switch',
      'aria-label': 'Power',
    });
    button.append(h('span', { class: 'switch-thumb', 'aria-hidden': 'true' }));
    button.addEventListener('click', () =>
      send(button.getAttribute('aria-checked') === 'true' ? 'turn_off' : 'turn_on'),
    );
    updaters.push((d) => {
      const on = d.state.available && d.state.state !== undefined && d.state.state !== 'off';
      button.setAttribute('aria-checked', String(on));
    });
    power = button;
  }

  const addSlider = (
    label: string,
    command: string,
    read: (d: DeviceView) => number | undefined,
  ) => {
    const input = slider(label, (value) => send(command, value));
    element.append(input);
    updaters.push((d) => {
      const value = read(d);
      // Never move the thumb under the user's finger or keyboard.
      if (value !== undefined && document.activeElement !== input) input.value = String(value);
      input.style.setProperty('--fill', `${value ?? 0}%`);
    });
  };

  switch (device.type) {
    case 'light':
      addSlider('Brightness', 'set_brightness', (d) => d.state.brightness);
      break;
    case 'fan':
      addSlider('Speed', 'set_speed', (d) => d.state.speed);
      break;
    case 'cover':
    case 'valve': {
      const row = h('div', { class: 'button-row' });
      row.append(iconButton('up', 'Open', () => send('open')));
      if (device.type === 'cover') row.append(iconButton('stop', 'Stop', () => send('stop')));
      row.append(iconButton('down', 'Close', () => send('close')));
      element.append(row);
      break;
    }
    case 'lock': {
      const button = h('button', { type: 'button', class: 'text-button' });
      button.addEventListener('click', () =>
        send(button.dataset.next === 'lock' ? 'lock' : 'unlock'),
      );
      updaters.push((d) => {
        const next = d.state.state === 'unlocked' ? 'lock' : 'unlock';
        button.dataset.next = next;
        button.replaceChildren(
          icon(next === 'lock' ? 'lock' : 'unlock'),
          next === 'lock' ? 'Lock' : 'Unlock',
        );
      });
      element.append(button);
      break;
    }
    case 'climate': {
      const row = h('div', { class: 'button-row' });
      const target = (d: DeviceView) => d.state.target_temperature ?? d.state.temperature ?? 20;
      let current: DeviceView = device;
      row.append(
        iconButton('minus', 'Lower the temperature', () =>
          send('set_temperature', target(current) - 0.5),
        ),
        iconButton('plus', 'Raise the temperature', () =>
          send('set_temperature', target(current) + 0.5),
        ),
      );
      updaters.push((d) => (current = d));
      element.append(row);
      break;
    }
    case 'media_player': {
      const play = iconButton('play', 'Play', () =>
        send(play.dataset.playing === 'true' ? 'pause' : 'play'),
      );
      updaters.push((d) => {
        const playing = d.state.state === 'playing';
        play.dataset.playing = String(playing);
        play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
        play.replaceChildren(icon(playing ? 'pause' : 'play'));
      });
      element.append(play);
      addSlider('Volume', 'set_volume', (d) => d.state.volume);
      break;
    }
    case 'vacuum': {
      const row = h('div', { class: 'button-row' });
      row.append(
        iconButton('play', 'Start cleaning', () => send('start')),
        iconButton('stop', 'Stop cleaning', () => send('stop')),
        iconButton('home', 'Send to its dock', () => send('return_home')),
      );
      element.append(row);
      break;
    }
    default:
      break;
  }

  const update = (d: DeviceView) => {
    for (const updater of updaters) updater(d);
  };
  update(device);
  return { element, ...(power ? { power } : {}), update };
}
