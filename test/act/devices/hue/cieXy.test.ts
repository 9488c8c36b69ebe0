import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rgbToXy, xyToRgb } from '../../../../src-main/act/devices/hue/cieXy.ts';
import { rgbToHex } from '../../../../src-main/act/devices/http/deviceUnits.ts';
import { cssColorToRgb } from '../../../../src-main/core/cssColors.ts';

describe('CIE xy', () => {
  it('puts the sRGB primaries and white where the standard does', () => {
    assert.deepEqual(rgbToXy([255, 0, 0]), [0.6401, 0.33]);
    assert.deepEqual(rgbToXy([0, 255, 0]), [0.3, 0.6]);
    assert.deepEqual(rgbToXy([0, 0, 255]), [0.15, 0.06]);
    assert.deepEqual(rgbToXy([255, 255, 255]), [0.3127, 0.329]);
    assert.deepEqual(rgbToXy([0, 0, 0]), [0.3127, 0.329], 'black falls back to white');
  });

  it('linearises before mixing: a dark colour has the chromaticity of its bright version', () => {
    assert.deepEqual(rgbToXy([128, 0, 0]), rgbToXy([255, 0, 0]));
  });

  it('round-trips named colours to the brightest colour of the same chromaticity', () => {
    // xy is sent to 4 decimals, so a channel may come back one or two steps off.
    for (const name of ['red', 'lime', 'blue', 'yellow', 'magenta', 'cyan', 'white']) {
      const expected = cssColorToRgb(name)!;
      const actual = xyToRgb(rgbToXy(expected));
      assert.ok(
        actual.every((c, i) => Math.abs(c - expected[i]!) <= 2),
        `${name}: ${rgbToHex(actual)} for ${rgbToHex(expected)}`,
      );
    }
    const [r, g, b] = xyToRgb(rgbToXy(cssColorToRgb('orange')!));
    assert.ok(r === 255 && Math.abs(g - 165) <= 3 && b <= 3, `orange came back as ${r},${g},${b}`);
  });
});
