import type { HassEntity } from 'home-assistant-js-websocket';
import type { Device } from '../../../core/home.ts';
import type { DeviceState } from '../../../core/state.ts';

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const hex = (rgb: unknown): string | undefined => {
  if (!Array.isArray(rgb) || rgb.length < 3) return undefined;
  const parts = rgb.slice(0, 3).map((c) => num(c));
  if (parts.some((c) => c === undefined)) return undefined;
  return `#${(parts as number[])
    .map((c) =>
      Math.max(0, Math.min(255, Math.round(c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
};

/** Home Assistant's view of one entity as Hearth's DeviceState; `unavailable` is unavailable. */
export function entityToState(device: Device, entity: HassEntity | undefined): DeviceState {
  if (!entity || entity.state === 'unavailable') return { available: false };
  const a = entity.attributes;
  const known = entity.state === 'unknown' ? undefined : entity.state;
  const state: DeviceState = { available: true };
  if (known !== undefined) state.state = known;
  switch (device.type) {
    case 'light': {
      const bri = num(a.brightness);
      if (bri !== undefined) state.brightness = Math.round((bri / 255) * 100);
      else if (known === 'off') state.brightness = 0;
      const color = hex(a.rgb_color);
      if (color) state.color = color;
      const kelvin = num(a.color_temp_kelvin);
      if (kelvin !== undefined) state.color_temp = kelvin;
      break;
    }
    case 'fan': {
      const speed = num(a.percentage);
      if (speed !== undefined) state.speed = speed;
      break;
    }
    case 'cover': {
      const position = num(a.current_position);
      if (position !== undefined) state.position = position;
      break;
    }
    case 'climate': {
      if (known !== undefined) {
        state.mode = known;
        state.state = known === 'off' ? 'off' : 'on';
      }
      const now = num(a.current_temperature);
      if (now !== undefined) state.temperature = now;
      const target = num(a.temperature);
      if (target !== undefined) state.target_temperature = target;
      break;
    }
    case 'media_player': {
      const volume = num(a.volume_level);
      if (volume !== undefined) state.volume = Math.round(volume * 100);
      break;
    }
    case 'sensor': {
      const value = known === undefined ? undefined : Number(known);
      if (value !== undefined && Number.isFinite(value)) {
        // A reading is a value, not an on/off state; the panel shows it once.
        delete state.state;
        state.value = value;
        if (device.class === 'temperature') state.temperature = value;
        if (device.class === 'humidity') state.humidity = value;
      }
      break;
    }
    default:
      break;
  }
  return state;
}
