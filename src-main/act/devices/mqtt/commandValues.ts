// Checking a command's value and moving it between Hearth's units and a device's scale.
// Plans are validated upstream, but an adapter is the last line before a real device, so
// it checks again; a bad value throws a DeviceError carrying only the cause (the adapter
// adds the device's name).
import { CLIMATE_MODES } from '../../../core/commands.ts';
import { cssColorToRgb } from '../../../core/cssColors.ts';
import { DeviceError } from '../DeviceError.ts';

export type ClimateMode = (typeof CLIMATE_MODES)[number];

export interface ColorValue {
  /** Lower-case `#rrggbb`. */
  hex: string;
  rgb: [number, number, number];
}

function finite(command: string, value: number | string | undefined): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new DeviceError('unsupported', `${command} needs a number, not ${String(value)}`);
  }
  return n;
}

/** 0-100 for set_brightness, set_position... */
export function percentOf(command: string, value: number | string | undefined): number {
  const n = finite(command, value);
  if (n < 0 || n > 100) {
    throw new DeviceError('unsupported', `${command} needs a percentage from 0 to 100, not ${n}`);
  }
  return n;
}

/** -100 to 100 for change_brightness, change_volume. */
export function signedPercentOf(command: string, value: number | string | undefined): number {
  const n = finite(command, value);
  if (n < -100 || n > 100) {
    throw new DeviceError('unsupported', `${command} needs a change from -100 to 100, not ${n}`);
  }
  return n;
}

export function colorOf(value: number | string | undefined): ColorValue {
  const rgb = typeof value === 'string' ? cssColorToRgb(value) : undefined;
  if (!rgb) {
    throw new DeviceError(
      'unsupported',
      `set_color needs a CSS colour name or #rrggbb, not ${String(value)}`,
    );
  }
  return { hex: rgbToHex(rgb), rgb };
}

/** Colour temperatures people and devices use lie well inside 1000-20000 K. */
export function kelvinOf(value: number | string | undefined): number {
  const n = finite('set_color_temp', value);
  if (n < 1000 || n > 20000) {
    throw new DeviceError(
      'unsupported',
      `set_color_temp needs kelvin from 1000 to 20000, not ${n}`,
    );
  }
  return n;
}

export function temperatureOf(value: number | string | undefined): number {
  return finite('set_temperature', value);
}

export function climateModeOf(value: number | string | undefined): ClimateMode {
  const mode = CLIMATE_MODES.find((m) => m === value);
  if (!mode) {
    throw new DeviceError(
      'unsupported',
      `set_mode needs one of ${CLIMATE_MODES.join(', ')}, not ${String(value)}`,
    );
  }
  return mode;
}

/** Percent onto a device scale 0..max by rounding (50% of 254 is 127). */
export function toScale(percent: number, max: number): number {
  return Math.round((percent / 100) * max);
}

/** A device value on 0..max back to a whole percent. */
export function fromScale(value: number, max: number): number {
  return Math.max(0, Math.min(100, Math.round((value / max) * 100)));
}

/** Whether a percent read back matches one sent, allowing for the scale's rounding. */
export function samePercent(readBack: number | undefined, sent: number, max: number): boolean {
  return readBack !== undefined && Math.abs(readBack - sent) <= 50 / max + 0.5;
}

export function kelvinToMireds(kelvin: number): number {
  return Math.round(1_000_000 / kelvin);
}

export function miredsToKelvin(mireds: number): number {
  return Math.round(1_000_000 / mireds);
}

export function rgbToHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((c) =>
      Math.max(0, Math.min(255, Math.round(c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
