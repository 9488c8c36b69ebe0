// Conversions between Hearth's units (percent, kelvin, sRGB) and the devices' own scales.
// Small pure functions kept together because every protocol needs a few of them.
import type { Rgb } from './DeviceCommand.ts';

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

/** 0-100 onto 0..max by rounding; `min` applies to every non-zero percent (Hue bri is 1-254). */
export function percentToScale(percent: number, max: number, min = 0): number {
  if (percent <= 0) return 0;
  return clamp(Math.round((percent / 100) * max), Math.max(min, 1), max);
}

/** The device's 0..max back to a percent; never 0 for a non-zero level, so "on" stays on. */
export function scaleToPercent(level: number, max: number): number {
  if (level <= 0) return 0;
  return clamp(Math.round((level / max) * 100), 1, 100);
}

/** Kelvin to mireds (1e6 / K), clamped to what the device takes (Hue and Tasmota: 153-500). */
export function kelvinToMireds(kelvin: number, min = 153, max = 500): number {
  return clamp(Math.round(1e6 / kelvin), min, max);
}

export function miredsToKelvin(mireds: number): number {
  return Math.round(1e6 / mireds);
}

export function rgbToHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(clamp(c, 0, 255))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Hue in degrees 0-360, saturation and value in percent 0-100. */
export function rgbToHsv(rgb: Rgb): { hue: number; saturation: number; value: number } {
  const [r, g, b] = rgb.map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  let hue = 0;
  if (delta > 0) {
    if (max === r) hue = 60 * (((g - b) / delta) % 6);
    else if (max === g) hue = 60 * ((b - r) / delta + 2);
    else hue = 60 * ((r - g) / delta + 4);
  }
  return {
    hue: Math.round((hue + 360) % 360),
    saturation: Math.round(max === 0 ? 0 : (delta / max) * 100),
    value: Math.round(max * 100),
  };
}

export function hsvToRgb(hue: number, saturation: number, value = 100): Rgb {
  const s = clamp(saturation, 0, 100) / 100;
  const v = clamp(value, 0, 100) / 100;
  const h = (((hue % 360) + 360) % 360) / 60;
  const c = v * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const [r, g, b] =
    h < 1
      ? [c, x, 0]
      : h < 2
        ? [x, c, 0]
        : h < 3
          ? [0, c, x]
          : h < 4
            ? [0, x, c]
            : h < 5
              ? [x, 0, c]
              : [c, 0, x];
  const m = v - c;
  return [r, g, b].map((n) => Math.round((n + m) * 255)) as unknown as Rgb;
}

/**
 * An RGB approximation of a white of this colour temperature (Tanner Helland's fit of the
 * black-body curve), for RGB-only strips that have no white channel to set.
 */
export function kelvinToRgb(kelvin: number): Rgb {
  const t = clamp(kelvin, 1000, 40000) / 100;
  const red = t <= 66 ? 255 : 329.698727446 * (t - 60) ** -0.1332047592;
  const green =
    t <= 66
      ? 99.4708025861 * Math.log(t) - 161.1195681661
      : 288.1221695283 * (t - 60) ** -0.0755148492;
  const blue = t >= 66 ? 255 : t <= 19 ? 0 : 138.5177312231 * Math.log(t - 10) - 305.0447927307;
  return [red, green, blue].map((c) => Math.round(clamp(c, 0, 255))) as unknown as Rgb;
}

/**
 * The absolute brightness a relative change leads to, for protocols without a relative
 * command: an off light counts as 0, so "brighter" switches it on.
 */
export function brightnessAfter(
  current: { state?: string; brightness?: number },
  delta: number,
): number {
  const base = current.state === 'on' ? (current.brightness ?? 100) : 0;
  return clamp(Math.round(base + delta), 0, 100);
}
