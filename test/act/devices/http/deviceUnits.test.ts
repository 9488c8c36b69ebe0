import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  brightnessAfter,
  hsvToRgb,
  kelvinToMireds,
  kelvinToRgb,
  miredsToKelvin,
  percentToScale,
  rgbToHex,
  rgbToHsv,
  scaleToPercent,
} from '../../../../src-main/act/devices/http/deviceUnits.ts';
import { formatDuration } from '../../../../src-main/act/devices/http/toDeviceError.ts';
import { isIdempotentCommand } from '../../../../src-main/act/devices/http/isIdempotentCommand.ts';

describe('device units', () => {
  it('maps percentages by rounding, with a floor for non-zero levels', () => {
    assert.equal(percentToScale(50, 254, 1), 127);
    assert.equal(percentToScale(50, 255), 128);
    assert.equal(percentToScale(50, 254), 127);
    assert.equal(percentToScale(0.1, 254, 1), 1);
    assert.equal(percentToScale(0, 254, 1), 0);
    assert.equal(percentToScale(100, 254, 1), 254);
    assert.equal(percentToScale(150, 255), 255);
    assert.equal(scaleToPercent(127, 254), 50);
    assert.equal(scaleToPercent(128, 255), 50);
    assert.equal(scaleToPercent(1, 254), 1, 'a lit light never reads 0%');
    assert.equal(scaleToPercent(0, 255), 0);
  });

  it('converts kelvin and mireds, clamped to the device range', () => {
    assert.equal(kelvinToMireds(2700), 370);
    assert.equal(kelvinToMireds(6500), 154);
    assert.equal(kelvinToMireds(1000), 500);
    assert.equal(kelvinToMireds(20000), 153);
    assert.equal(miredsToKelvin(250), 4000);
  });

  it('converts RGB to hex and HSV and back', () => {
    assert.equal(rgbToHex([255, 165, 0]), '#ffa500');
    assert.deepEqual(rgbToHsv([255, 0, 0]), { hue: 0, saturation: 100, value: 100 });
    assert.deepEqual(rgbToHsv([0, 0, 128]), { hue: 240, saturation: 100, value: 50 });
    assert.deepEqual(rgbToHsv([128, 128, 128]), { hue: 0, saturation: 0, value: 50 });
    assert.deepEqual(hsvToRgb(120, 100, 100), [0, 255, 0]);
    assert.deepEqual(hsvToRgb(300, 100, 100), [255, 0, 255]);
    assert.deepEqual(hsvToRgb(0, 0, 100), [255, 255, 255]);
  });

  it('gives warm whites a warm RGB look', () => {
    const [r, g, b] = kelvinToRgb(2700);
    assert.equal(r, 255);
    assert.ok(g < r && b < g);
    assert.deepEqual(kelvinToRgb(6600), [255, 255, 255]);
  });

  it('works out a relative brightness from the current state', () => {
    assert.equal(brightnessAfter({ state: 'on', brightness: 50 }, 20), 70);
    assert.equal(brightnessAfter({ state: 'on', brightness: 90 }, 20), 100);
    assert.equal(brightnessAfter({ state: 'on', brightness: 10 }, -30), 0);
    assert.equal(brightnessAfter({ state: 'off', brightness: 80 }, 20), 20);
  });

  it('says how long Hearth waited in words', () => {
    assert.equal(formatDuration(2000), '2 s');
    assert.equal(formatDuration(1500), '1.5 s');
    assert.equal(formatDuration(150), '150 ms');
  });

  it('retries only absolute commands', () => {
    for (const c of [
      'turn_on',
      'turn_off',
      'set_brightness',
      'set_color',
      'open',
      'close',
      'stop',
    ]) {
      assert.equal(isIdempotentCommand(c), true, c);
    }
    for (const c of ['change_brightness', 'change_volume', 'next', 'previous', 'start']) {
      assert.equal(isIdempotentCommand(c), false, c);
    }
  });
});
