import { rgbToHex } from '../mqtt/commandValues.ts';

/**
 * A CIE 1931 xy colour (what Zigbee lights report) as `#rrggbb` at full brightness, through
 * the sRGB D65 matrix and gamma. Good enough to name the colour back to the user; the
 * light's own gamut makes any exact round trip impossible anyway.
 */
export function xyToHex(x: number, y: number): string | undefined {
  if (!(y > 0) || x < 0 || x + y > 1) return undefined;
  const X = x / y;
  const Z = (1 - x - y) / y;
  const linear = [
    3.2406 * X - 1.5372 - 0.4986 * Z,
    -0.9689 * X + 1.8758 + 0.0415 * Z,
    0.0557 * X - 0.204 + 1.057 * Z,
  ].map((c) => Math.max(0, c));
  const max = Math.max(...linear);
  if (max <= 0) return undefined;
  const gamma = linear.map((c) => {
    const v = c / max;
    return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
  });
  return rgbToHex(gamma.map((c) => c * 255));
}
