// The one table of command values (core/commandValues.ts) that the home file, the language
// model's answers and the devices all check against: its edges, in both home units.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COMMAND_VALUES } from '../../src-main/core/commands.ts';
import type { ValueKind } from '../../src-main/core/commands.ts';
import {
  TEMPERATURE_RANGES,
  VALUE_RANGES,
  checkCommandValue,
  checkValue,
  describeValueKind,
  valueRange,
} from '../../src-main/core/commandValues.ts';

const ok = (kind: ValueKind, value: unknown, unit?: 'celsius' | 'fahrenheit') =>
  checkValue(kind, value, unit).ok;

describe('command value ranges', () => {
  test('number kinds accept their edges and refuse just outside them', () => {
    const edges: [ValueKind, number, number][] = [
      ['percent', 0, 100],
      ['signed_percent', -100, 100],
      ['signed_temperature', -20, 20],
      ['kelvin', 1000, 10000],
    ];
    for (const [kind, min, max] of edges) {
      assert.deepEqual(valueRange(kind, 'celsius'), [min, max], kind);
      assert.ok(ok(kind, min) && ok(kind, max) && ok(kind, (min + max) / 2), kind);
      assert.ok(!ok(kind, min - 0.5) && !ok(kind, max + 0.5), kind);
    }
    assert.deepEqual(VALUE_RANGES, {
      percent: [0, 100],
      signed_percent: [-100, 100],
      signed_temperature: [-20, 20],
      kelvin: [1000, 10000],
    });
  });

  test('temperatures are in the home unit: 5-35 °C, 41-95 °F', () => {
    assert.deepEqual(TEMPERATURE_RANGES, { celsius: [5, 35], fahrenheit: [41, 95] });
    assert.ok(ok('temperature', 5, 'celsius') && ok('temperature', 35, 'celsius'));
    assert.ok(ok('temperature', 21.5, 'celsius'));
    assert.ok(!ok('temperature', 4.9, 'celsius') && !ok('temperature', 35.1, 'celsius'));
    assert.ok(!ok('temperature', 70, 'celsius'));
    assert.ok(ok('temperature', 41, 'fahrenheit') && ok('temperature', 95, 'fahrenheit'));
    assert.ok(!ok('temperature', 40, 'fahrenheit') && !ok('temperature', 96, 'fahrenheit'));
    assert.ok(!ok('temperature', 21, 'fahrenheit'));
    assert.equal(valueRange('temperature', 'fahrenheit')?.join('-'), '41-95');
  });

  test('with the unit not known, a temperature may be in either unit', () => {
    assert.ok(ok('temperature', 21) && ok('temperature', 70));
    assert.ok(!ok('temperature', 38) && !ok('temperature', 4) && !ok('temperature', 96));
    assert.equal(
      describeValueKind('temperature'),
      'a temperature from 5 to 35 °C (or, in a fahrenheit home, 41 to 95 °F)',
    );
    assert.equal(describeValueKind('temperature', 'celsius'), 'a temperature from 5 to 35 °C');
  });

  test('numbers must be real numbers, not text or infinities', () => {
    for (const value of ['50', Number.NaN, Number.POSITIVE_INFINITY, null, true, undefined]) {
      assert.ok(!ok('percent', value), String(value));
    }
  });

  test('colours are lower-case CSS names or #rrggbb, and modes the four of the spec', () => {
    for (const value of ['red', 'rebeccapurple', '#a0b1c2', '#000000']) {
      assert.ok(ok('color', value), value);
    }
    for (const value of ['Red', ' red', 'light blue', '#A0B1C2', '#12345', 'blurple', 0xff0000]) {
      assert.ok(!ok('color', value), String(value));
    }
    for (const mode of ['heat', 'cool', 'auto', 'off']) assert.ok(ok('climate_mode', mode));
    for (const mode of ['dry', 'Heat', 'fan_only', 1]) assert.ok(!ok('climate_mode', mode));
  });
});

describe('checkCommandValue', () => {
  test('a value exactly when the command takes one', () => {
    assert.deepEqual(checkCommandValue('turn_on', undefined), { ok: true, value: undefined });
    assert.deepEqual(checkCommandValue('set_brightness', 40), { ok: true, value: 40 });
    assert.deepEqual(checkCommandValue('turn_on', 1), {
      ok: false,
      fault: 'unwanted',
      problem: 'turn_on takes no value',
    });
    const missing = checkCommandValue('set_volume', undefined);
    assert.equal(!missing.ok && missing.fault, 'missing');
    assert.equal(
      !missing.ok && missing.problem,
      'set_volume needs a value: a number from 0 to 100 (percent)',
    );
  });

  test('names the command, what it needs and what it got', () => {
    const problem = (command: string, value: unknown, unit?: 'celsius' | 'fahrenheit') => {
      const checked = checkCommandValue(command, value, unit);
      return checked.ok ? undefined : checked.problem;
    };
    assert.equal(
      problem('set_brightness', 120),
      'set_brightness needs a number from 0 to 100 (percent), not 120',
    );
    assert.equal(
      problem('set_color_temp', 500),
      'set_color_temp needs a colour temperature from 1000 to 10000 (kelvin), not 500',
    );
    assert.equal(
      problem('set_temperature', 40, 'fahrenheit'),
      'set_temperature needs a temperature from 41 to 95 °F, not 40',
    );
    assert.equal(
      problem('set_color', 'blurple'),
      'set_color needs a lower-case CSS colour name such as red, or #rrggbb, not "blurple"',
    );
    assert.equal(
      problem('set_mode', 'dry'),
      'set_mode needs one of heat, cool, auto, off, not "dry"',
    );
    assert.match(problem('set_volume', 'x'.repeat(500)) ?? '', /, not "x{39}$/);
  });

  test('every command that takes a value has a described kind', () => {
    for (const [command, kind] of Object.entries(COMMAND_VALUES)) {
      assert.ok(kind && describeValueKind(kind, 'celsius').length > 0, command);
    }
  });
});
