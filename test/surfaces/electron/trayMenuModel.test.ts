import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DeviceView, HomeView } from '../../../src-main/core/assistantApi.ts';
import {
  allLightsOffTargets,
  buildTrayMenu,
  quickActionFor,
  trayTooltip,
} from '../../../src-main/surfaces/electron/trayMenuModel.ts';
import type { TrayState } from '../../../src-main/surfaces/electron/trayMenuModel.ts';

const device = (
  id: string,
  name: string,
  type: string,
  state: DeviceView['state'],
  favorite = false,
): DeviceView => ({ id, name, type, state, favorite });

const HOME: HomeView = {
  name: 'Flat',
  areas: [],
  devices: [
    device('lamp', 'Reading lamp', 'light', { available: true, state: 'on' }, true),
    device('hall', 'Hall light', 'light', { available: true, state: 'off' }),
    device('porch', 'Porch light', 'light', { available: false }),
    device('door', 'Front door', 'lock', { available: true, state: 'locked' }, true),
    device('kettle', 'Kettle', 'switch', { available: false }, true),
    device('thermo', 'Thermometer', 'sensor', { available: true, temperature: 21 }, true),
  ],
  scenes: [
    { id: 'movie_night', name: 'Movie night', favorite: true },
    { id: 'cleaning', name: 'Cleaning', favorite: false },
  ],
};

const READY: TrayState = {
  status: 'idle',
  listening: false,
  muted: false,
  startAtLogin: false,
  assistantReady: true,
};

const byId = (items: ReturnType<typeof buildTrayMenu>) => new Map(items.map((i) => [i.id, i]));

describe('tray menu model', () => {
  it('lists the quick actions in order: open, listening, favourites, lights, app', () => {
    const items = buildTrayMenu(HOME, READY);
    assert.deepEqual(
      items.filter((i) => i.type !== 'separator').map((i) => i.label),
      [
        'Open Hearth',
        'Start listening',
        'Mute microphone',
        'Favourites',
        'Movie night',
        'Turn off Reading lamp',
        'Unlock Front door',
        'Kettle (unavailable)',
        'All lights off',
        'Start Hearth at login',
        'Quit Hearth',
      ],
    );
    const menu = byId(items);
    assert.deepEqual(menu.get('scene:movie_night')?.action, {
      kind: 'control',
      device: 'movie_night',
      command: 'activate',
    });
    assert.deepEqual(menu.get('device:lamp')?.action, {
      kind: 'control',
      device: 'lamp',
      command: 'turn_off',
    });
    assert.deepEqual(menu.get('device:door')?.action, {
      kind: 'control',
      device: 'door',
      command: 'unlock',
    });
    assert.equal(menu.get('device:kettle')?.enabled, false, 'an unreachable device is greyed out');
    assert.equal(menu.has('device:thermo'), false, 'a sensor has nothing to do');
    assert.equal(menu.has('scene:cleaning'), false, 'only favourites');
    assert.equal(menu.get('all-lights-off')?.enabled, true);
    assert.deepEqual(menu.get('quit')?.action, { kind: 'quit' });
    assert.deepEqual(menu.get('open')?.action, { kind: 'open' });
  });

  it('follows listening, mute and start at login', () => {
    const listening = byId(buildTrayMenu(HOME, { ...READY, listening: true }));
    assert.equal(listening.get('listen')?.label, 'Stop listening');
    assert.deepEqual(listening.get('listen')?.action, { kind: 'stopListening' });
    const muted = byId(buildTrayMenu(HOME, { ...READY, muted: true, startAtLogin: true }));
    assert.equal(muted.get('listen')?.enabled, false, 'no listening while muted');
    assert.equal(muted.get('mute')?.checked, true);
    assert.equal(muted.get('start-at-login')?.checked, true);
    assert.deepEqual(muted.get('start-at-login')?.action, { kind: 'toggleStartAtLogin' });
  });

  it('greys out what needs the assistant while it starts or restarts', () => {
    for (const [home, state] of [
      [undefined, READY],
      [HOME, { ...READY, assistantReady: false }],
    ] as const) {
      const menu = byId(buildTrayMenu(home, state));
      assert.equal(menu.get('all-lights-off')?.enabled, false);
      for (const item of menu.values()) {
        if (item.id.startsWith('scene:') || item.id.startsWith('device:'))
          assert.equal(item.enabled, false);
      }
      assert.notEqual(menu.get('open')?.enabled, false, 'the window opens anyway');
      assert.notEqual(menu.get('quit')?.enabled, false);
    }
    assert.equal(
      byId(buildTrayMenu(HOME, { ...READY, assistantReady: false })).get('listen')?.enabled,
      false,
    );
  });

  it('has no favourites section for a home without favourites', () => {
    const plain = {
      ...HOME,
      devices: HOME.devices.map((d) => ({ ...d, favorite: false })),
      scenes: [],
    };
    assert.equal(byId(buildTrayMenu(plain, READY)).has('favourites'), false);
  });

  it('switches off every reachable light for All lights off', () => {
    assert.deepEqual(allLightsOffTargets(HOME), ['lamp', 'hall']);
    const dark = { ...HOME, devices: HOME.devices.filter((d) => d.type !== 'light') };
    assert.equal(byId(buildTrayMenu(dark, READY)).get('all-lights-off')?.enabled, false);
  });

  it('picks the one-tap action from the device state', () => {
    const q = (type: string, state?: string) =>
      quickActionFor(device('x', 'X', type, { available: true, ...(state ? { state } : {}) }))
        ?.command;
    assert.equal(q('light', 'off'), 'turn_on');
    assert.equal(q('light'), 'turn_on');
    assert.equal(q('fan', 'on'), 'turn_off');
    assert.equal(q('lock', 'unlocked'), 'lock');
    assert.equal(q('cover', 'open'), 'close');
    assert.equal(q('cover', 'closed'), 'open');
    assert.equal(q('valve', 'closed'), 'open');
    assert.equal(q('vacuum', 'cleaning'), 'return_home');
    assert.equal(q('vacuum', 'docked'), 'start');
    assert.equal(q('media_player', 'playing'), 'turn_off');
    assert.equal(q('binary_sensor', 'on'), undefined);
  });

  it('says in the tooltip what Hearth is doing', () => {
    assert.equal(trayTooltip(READY), 'Hearth: idle');
    assert.equal(trayTooltip({ ...READY, listening: true }), 'Hearth: listening');
    assert.equal(
      trayTooltip({ ...READY, status: 'thinking', listening: true }),
      'Hearth: thinking',
    );
    assert.equal(trayTooltip({ ...READY, muted: true }), 'Hearth: microphone muted');
    assert.equal(trayTooltip({ ...READY, assistantReady: false }), 'Hearth: starting');
  });
});
