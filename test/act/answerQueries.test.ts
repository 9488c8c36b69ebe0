import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQueries } from '../../src-main/act/answerQueries.ts';
import type { DeviceState } from '../../src-main/core/state.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

const home = parseHome(
  `
unit: fahrenheit
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall }
  - { id: office, name: Office }
devices:
  - { id: kitchen_ceiling, name: Ceiling light, area: kitchen, type: light }
  - { id: hall_ceiling, name: Ceiling light, area: hall, type: light }
  - { id: desk_lamp, name: Desk lamp, area: office, type: light }
  - { id: reading_lamp, name: Reading lamp, area: office, type: light }
  - { id: blind, name: Blind, area: office, type: cover }
  - { id: thermostat, name: Thermostat, area: hall, type: climate }
  - { id: office_temp, name: Office thermometer, area: office, type: sensor, class: temperature }
  - { id: meter, name: Power meter, area: hall, type: sensor, class: power }
  - { id: tv, name: TV, area: office, type: media_player }
`,
  'answers home',
);

const states = new Map<string, DeviceState>([
  ['kitchen_ceiling', { available: true, state: 'on', brightness: 40 }],
  ['hall_ceiling', { available: true, state: 'off' }],
  ['desk_lamp', { available: true, state: 'off' }],
  ['reading_lamp', { available: true, state: 'off' }],
  ['blind', { available: true, state: 'open', position: 30 }],
  ['thermostat', { available: true, state: 'on', mode: 'heat', target_temperature: 70 }],
  ['office_temp', { available: true, temperature: 68.44 }],
  ['meter', { available: true, value: 120 }],
  ['tv', { available: true, state: 'playing', volume: 25 }],
]);

const answer = (...queries: [string, string][]) =>
  answerQueries(
    home,
    queries.map(([device, attribute]) => ({ device, attribute })),
    states,
  );

describe('answerQueries', () => {
  it('names devices the way people say them, with the room when a name is shared', () => {
    assert.equal(answer(['kitchen_ceiling', 'state']), 'The kitchen ceiling light is on.');
    assert.equal(answer(['tv', 'state']), 'The TV is playing.');
  });

  it('answers each attribute in words, in the home unit', () => {
    assert.equal(
      answer(['kitchen_ceiling', 'brightness']),
      'The kitchen ceiling light is at 40% brightness.',
    );
    assert.equal(answer(['blind', 'position']), 'The blind is 30% open.');
    assert.equal(answer(['thermostat', 'state']), 'The thermostat is heating to 70 °F.');
    assert.equal(answer(['thermostat', 'target_temperature']), 'The thermostat is set to 70 °F.');
    assert.equal(answer(['office_temp', 'temperature']), 'The office temperature is 68.4 °F.');
    assert.equal(answer(['meter', 'value']), 'The power meter reads 120 W.');
    assert.equal(answer(['tv', 'volume']), 'The TV volume is 25%.');
    assert.equal(answer(['blind', 'humidity']), "I don't know the humidity of the blind.");
    assert.equal(answer(['ghost', 'state']), 'I don\'t know a device called "ghost".');
  });

  it('groups devices that share an answer, and counts the many in a whole-home question', () => {
    assert.equal(
      answer(['hall_ceiling', 'state'], ['desk_lamp', 'state'], ['kitchen_ceiling', 'state']),
      'The hall ceiling light and desk lamp are off. The kitchen ceiling light is on.',
    );
    assert.equal(
      answer(
        ['kitchen_ceiling', 'state'],
        ['hall_ceiling', 'state'],
        ['desk_lamp', 'state'],
        ['reading_lamp', 'state'],
      ),
      'The kitchen ceiling light is on. The other 3 lights are off.',
    );
    assert.equal(
      answer(
        ['hall_ceiling', 'state'],
        ['desk_lamp', 'state'],
        ['reading_lamp', 'state'],
        ['hall_ceiling', 'state'],
      ),
      'All 3 lights are off.',
    );
  });
});
