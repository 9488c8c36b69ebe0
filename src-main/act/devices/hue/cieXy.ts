// Hue takes colour as CIE 1931 xy chromaticity. sRGB -> linear -> XYZ (D65) -> xy; the bridge
// itself then clamps the point into each bulb's gamut.
import type { Rgb } from '../http/DeviceCommand.ts';

const D65_WHITE: readonly [number, number] = [0.3127, 0.329];

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number): number =>
  c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
const round4 = (n: number): number => Math.round(n * 10000) / 10000;

export function rgbToXy(rgb: Rgb): [number, number] {
  const [r, g, b] = rgb.map((c) => toLinear(c / 255)) as [number, number, number];
  const X = r * 0.4124 + g * 0.3576 + b * 0.1805;
  const Y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const Z = r * 0.0193 + g * 0.1192 + b * 0.9505;
  const sum = X + Y + Z;
  // Black has no chromaticity; white's is the least surprising stand-in.
  if (sum === 0) return [...D65_WHITE];
  return [round4(X / sum), round4(Y / sum)];
}

/** The brightest sRGB colour of this chromaticity: what a light's `xy` looks like, for `color`. */
export function xyToRgb(xy: readonly [number, number]): Rgb {
  const [x, y] = xy;
  if (y <= 0) return [255, 255, 255];
  const X = x / y;
  const Z = (1 - x - y) / y;
  const linear = [
    3.2406 * X - 1.5372 - 0.4986 * Z,
    -0.9689 * X + 1.8758 + 0.0415 * Z,
    0.0557 * X - 0.204 + 1.057 * Z,
  ].map((c) => Math.max(0, c));
  const max = Math.max(...linear, 1e-9);
  return linear.map((c) => Math.round(Math.min(1, toGamma(c / max)) * 255)) as unknown as Rgb;
}
