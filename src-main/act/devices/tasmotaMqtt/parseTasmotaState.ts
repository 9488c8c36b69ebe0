import { z } from 'zod';
import type { Device, Home } from '../../../core/home.ts';
import { miredsToKelvin, rgbToHex } from '../mqtt/commandValues.ts';
import type { StateUpdate } from '../mqtt/MqttDeviceAdapter.ts';

// A field of the wrong type is dropped, not the whole message (see parseZigbee2mqttState).
const num = z.number().finite().optional().catch(undefined);
const str = z.string().optional().catch(undefined);
const reading = z.object({ Temperature: num, Humidity: num }).optional().catch(undefined);

const tasmotaJson = z.object({
  POWER: str,
  POWER1: str,
  Dimmer: num,
  Color: str,
  CT: num,
  FanSpeed: num,
  TempUnit: str,
  ENERGY: z.object({ Power: num }).optional().catch(undefined),
});
type TasmotaJson = z.infer<typeof tasmotaJson>;

/**
 * One message from `stat/<topic>/RESULT`, `tele/<topic>/STATE`, `tele/<topic>/SENSOR` or
 * `stat/<topic>/STATUS10` (JSON), or `stat/<topic>/POWER` (plain ON/OFF); undefined when
 * it says nothing readable.
 */
export function parseTasmotaState(
  text: string,
  device: Pick<Device, 'type' | 'class'>,
  unit: Home['unit'],
): StateUpdate | undefined {
  const plain = text.trim().toUpperCase();
  if (plain === 'ON' || plain === 'OFF') return { state: power(plain, device.type) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  // STATUS 10 wraps the sensor readings in StatusSNS.
  if (isRecord(json) && isRecord(json.StatusSNS)) json = json.StatusSNS;
  const parsed = tasmotaJson.safeParse(json);
  if (!parsed.success || !isRecord(json)) return undefined;
  const s = parsed.data;
  const update: StateUpdate = {};
  const powerText = (s.POWER ?? s.POWER1)?.toUpperCase();
  if (powerText === 'ON' || powerText === 'OFF') update.state = power(powerText, device.type);
  if (device.type === 'light') {
    update.brightness = s.Dimmer;
    update.color = colorOf(s.Color);
    if (s.CT !== undefined && s.CT > 0) update.color_temp = miredsToKelvin(s.CT);
  }
  if (device.type === 'fan' && s.FanSpeed !== undefined) {
    update.speed = Math.round((Math.max(0, Math.min(3, s.FanSpeed)) / 3) * 100);
  }
  if (device.type === 'sensor') {
    const found = findReading(json);
    update.temperature = convert(found?.Temperature, s.TempUnit, unit);
    update.humidity = found?.Humidity;
    update.value = s.ENERGY?.Power;
  }
  return update;
}

function power(text: 'ON' | 'OFF', type: Device['type']): string {
  if (type === 'valve') return text === 'ON' ? 'open' : 'closed';
  return text === 'ON' ? 'on' : 'off';
}

/** Tasmota reports `FF8000` (maybe with white channels after it) or `255,128,0`. */
function colorOf(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const hex = /^#?([0-9a-fA-F]{6})/.exec(color);
  if (hex?.[1]) return `#${hex[1].toLowerCase()}`;
  const parts = color.split(',').map((p) => Number(p.trim()));
  if (parts.length >= 3 && parts.slice(0, 3).every((n) => Number.isFinite(n))) {
    return rgbToHex(parts.slice(0, 3));
  }
  return undefined;
}

/** The first sensor object (AM2301, DS18B20, BME280...) that has a temperature or humidity. */
function findReading(json: Record<string, unknown>): z.infer<typeof reading> {
  for (const value of Object.values(json)) {
    const r = reading.parse(value);
    if (r && (r.Temperature !== undefined || r.Humidity !== undefined)) return r;
  }
  return undefined;
}

function convert(
  t: number | undefined,
  reported: TasmotaJson['TempUnit'],
  unit: Home['unit'],
): number | undefined {
  if (t === undefined) return undefined;
  const fahrenheit = reported?.toUpperCase() === 'F';
  if (fahrenheit && unit === 'celsius') return Math.round((((t - 32) * 5) / 9) * 10) / 10;
  if (!fahrenheit && unit === 'fahrenheit') return Math.round(((t * 9) / 5 + 32) * 10) / 10;
  return t;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
