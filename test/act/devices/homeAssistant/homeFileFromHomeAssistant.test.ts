import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  haArea,
  haDevice,
  haEntityEntry,
  haFloor,
  haState,
} from '../../../../src-main/act/devices/homeAssistant/fetchHomeAssistantHome.ts';
import type { HomeAssistantSnapshot } from '../../../../src-main/act/devices/homeAssistant/fetchHomeAssistantHome.ts';
import { homeFileFromHomeAssistant } from '../../../../src-main/act/devices/homeAssistant/homeFileFromHomeAssistant.ts';
import { parseHome } from '../../../../src-main/home/loadHome.ts';

const server = { url: 'http://192.168.1.9:8123', token_file: '~/.config/hearth/ha-token' };

function snapshot(): HomeAssistantSnapshot {
  // Through the same schemas HA's answers go through.
  const entry = (entity_id: string, extra: Record<string, unknown> = {}) =>
    haEntityEntry.parse({ entity_id, ...extra });
  const raw = {
    floors: [{ floor_id: 'up', name: 'Upstairs', aliases: [] }],
    areas: [
      { area_id: 'study', name: 'Study', aliases: ['office'], floor_id: 'up' },
      { area_id: 'hall', name: 'Hall', aliases: [] },
    ],
    devices: [{ id: 'd1', name: 'Desk lamp', area_id: 'study' }],
    entities: [
      entry('light.desk', {
        device_id: 'd1',
        original_name: 'Desk lamp',
        aliases: ['reading light'],
      }),
      entry('sensor.desk_firmware', { device_id: 'd1', entity_category: 'diagnostic' }),
      entry('switch.hall_fan', { area_id: 'hall', name: 'Hall fan' }),
      entry('sensor.hall_power', {
        area_id: 'hall',
        name: 'Hall power',
        original_device_class: 'power',
      }),
      entry('update.core'),
    ],
    states: [
      { entity_id: 'light.desk', state: 'off', attributes: { friendly_name: 'Desk lamp' } },
      { entity_id: 'switch.hall_fan', state: 'on', attributes: {} },
      { entity_id: 'sensor.hall_power', state: '12.5', attributes: { device_class: 'power' } },
      { entity_id: 'sensor.desk_firmware', state: '1.2.3', attributes: {} },
      {
        entity_id: 'light.yaml_only',
        state: 'on',
        attributes: { friendly_name: 'Porch: "front"' },
      },
      { entity_id: 'update.core', state: 'off', attributes: {} },
    ],
  };
  return {
    floors: raw.floors.map((f) => haFloor.parse(f)),
    areas: raw.areas.map((a) => haArea.parse(a)),
    devices: raw.devices.map((d) => haDevice.parse(d)),
    entities: raw.entities,
    states: raw.states.map((s) => haState.parse(s)),
    unit: 'fahrenheit',
  };
}

describe('homeFileFromHomeAssistant', () => {
  it('gives the same text whatever order HA lists things in', () => {
    const a = snapshot();
    const b = snapshot();
    for (const key of ['floors', 'areas', 'devices', 'entities', 'states'] as const)
      b[key].reverse();
    assert.equal(homeFileFromHomeAssistant(b, server), homeFileFromHomeAssistant(a, server));
  });

  it('is a valid home: controllable and readable entities only, odd names quoted', () => {
    const text = homeFileFromHomeAssistant(snapshot(), server);
    const home = parseHome(text, 'imported.yaml');
    assert.deepEqual(
      home.devices.map((d) => [d.id, d.type, d.class ?? null, d.area ?? null]),
      [
        ['desk', 'light', null, 'study'],
        ['yaml_only', 'light', null, null],
        ['hall_power', 'sensor', 'power', 'hall'],
        ['hall_fan', 'switch', null, 'hall'],
      ],
    );
    assert.equal(home.devices.find((d) => d.id === 'yaml_only')?.name, 'Porch: "front"');
    assert.deepEqual(home.devices[0]?.aliases, ['reading light']);
    assert.equal(home.unit, 'fahrenheit');
    assert.deepEqual(home.home_assistant, server);
    assert.match(text, /# 1 hidden, disabled or diagnostic entity was left out/);
    assert.match(text, /# light\.yaml_only · not in the entity registry/);
  });
});
