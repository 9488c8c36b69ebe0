// The CSS colour list (core/cssColors.ts) and the value rules used for scene actions.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CSS_COLOR_NAMES, cssColorToRgb, isColorValue } from '../../src-main/core/cssColors.ts';
import { checkActionValue } from '../../src-main/home/checkActionValue.ts';
import { closestMatch } from '../../src-main/home/closestMatch.ts';

describe('cssColors', () => {
  test('has all 148 CSS named colours, lower case', () => {
    assert.equal(CSS_COLOR_NAMES.size, 148);
    for (const name of [
      'red',
      'rebeccapurple',
      'lightgoldenrodyellow',
      'grey',
      'gray',
      'aqua',
      'cyan',
    ]) {
      assert.ok(CSS_COLOR_NAMES.has(name), name);
    }
    assert.ok(!CSS_COLOR_NAMES.has('transparent'));
    assert.ok([...CSS_COLOR_NAMES].every((n) => /^[a-z]+$/.test(n)));
  });

  test('converts names and #rrggbb to RGB', () => {
    assert.deepEqual(cssColorToRgb('red'), [255, 0, 0]);
    assert.deepEqual(cssColorToRgb('rebeccapurple'), [102, 51, 153]);
    assert.deepEqual(cssColorToRgb('#0A0b0c'), [10, 11, 12]);
    assert.deepEqual(cssColorToRgb('Orange'), [255, 165, 0]);
    assert.equal(cssColorToRgb('#12345'), undefined);
    assert.equal(cssColorToRgb('reddish'), undefined);
  });

  test('isColorValue accepts exactly what set_color takes', () => {
    assert.ok(isColorValue('teal') && isColorValue('#a0b1c2'));
    assert.ok(!isColorValue('Teal') && !isColorValue('#A0B1C2') && !isColorValue('light blue'));
  });
});

describe('checkActionValue', () => {
  test('accepts values in range, at the edges too', () => {
    for (const [command, value] of [
      ['set_brightness', 0],
      ['set_brightness', 100],
      ['change_brightness', -100],
      ['set_color', '#ffffff'],
      ['set_color_temp', 1000],
      ['set_color_temp', 10000],
      ['set_mode', 'auto'],
      ['set_temperature', 68],
      ['turn_on', undefined],
    ] as const) {
      assert.equal(checkActionValue(command, value), undefined, `${command} ${value}`);
    }
  });

  test('rejects values out of range or of the wrong kind', () => {
    assert.match(checkActionValue('set_brightness', -1) ?? '', /from 0 to 100/);
    assert.match(checkActionValue('set_speed', Number.NaN) ?? '', /from 0 to 100/);
    assert.match(checkActionValue('set_color_temp', 10001) ?? '', /1000 to 10000/);
    assert.match(checkActionValue('set_mode', 'dry') ?? '', /heat, cool, auto, off/);
    assert.match(checkActionValue('set_color', 'light blue') ?? '', /did you mean `lightblue`\?/);
    assert.match(checkActionValue('set_volume', undefined) ?? '', /needs a value/);
    assert.match(checkActionValue('lock', 1) ?? '', /takes no value/);
  });

  test('checks temperatures in the home unit when it is given, either unit when not', () => {
    assert.equal(checkActionValue('set_temperature', 68, 'fahrenheit'), undefined);
    assert.match(
      checkActionValue('set_temperature', 68, 'celsius') ?? '',
      /^value 68 for `set_temperature` must be a temperature from 5 to 35 °C$/,
    );
    assert.match(checkActionValue('set_temperature', 150) ?? '', /5 to 35 °C .*41 to 95 °F/);
  });
});

describe('closestMatch', () => {
  test('suggests near misses and nothing for unrelated words', () => {
    assert.equal(closestMatch('devics', ['areas', 'devices']), 'devices');
    assert.equal(closestMatch('colour', ['id', 'name', 'class', 'confirm']), 'class');
    assert.equal(closestMatch('foo', ['id', 'name', 'type']), undefined);
    assert.equal(closestMatch('x', []), undefined);
  });
});
