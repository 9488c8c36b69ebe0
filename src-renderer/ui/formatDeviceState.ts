import type { DeviceView } from '../../src-main/core/assistantApi.ts';

// A device's state as short plain words, the first one the main state: ["on", "40%"],
// ["locked"], ["heat", "20.5 °C", "set to 21 °C"], ["unavailable"]. ui.md: outside tests
// read these words.

const round = (n: number) => String(Math.round(n * 10) / 10);

export function formatDeviceState(device: DeviceView, unit: 'celsius' | 'fahrenheit'): string[] {
  if (device.pending) return ['…'];
  const s = device.state;
  if (!s.available) return ['unavailable'];
  const degrees = (n: number) => `${round(n)} ${unit === 'fahrenheit' ? '°F' : '°C'}`;
  const parts: string[] = [];
  switch (device.type) {
    case 'light':
    case 'fan': {
      parts.push(s.state ?? 'unknown');
      const level = device.type === 'light' ? s.brightness : s.speed;
      if (s.state === 'on' && level !== undefined) parts.push(`${round(level)}%`);
      break;
    }
    case 'cover':
      parts.push(s.state ?? 'unknown');
      if (s.position !== undefined && s.position > 0 && s.position < 100) {
        parts.push(`${round(s.position)}%`);
      }
      break;
    case 'climate':
      parts.push(s.state === 'off' || s.mode === undefined ? (s.state ?? 'unknown') : s.mode);
      if (s.temperature !== undefined) parts.push(degrees(s.temperature));
      if (s.state !== 'off' && s.target_temperature !== undefined) {
        parts.push(`set to ${degrees(s.target_temperature)}`);
      }
      break;
    case 'media_player':
      parts.push(s.state ?? 'unknown');
      if (s.state !== 'off' && s.volume !== undefined) parts.push(`volume ${round(s.volume)}%`);
      break;
    case 'sensor':
      if (s.temperature !== undefined) parts.push(degrees(s.temperature));
      if (s.humidity !== undefined) parts.push(`${round(s.humidity)}%`);
      if (s.value !== undefined) parts.push(round(s.value));
      if (parts.length === 0 && s.state !== undefined) parts.push(s.state);
      break;
    default:
      parts.push(s.state ?? 'unknown');
  }
  return parts.length > 0 ? parts : ['unknown'];
}

/** True when the device is on (or open, unlocked, playing...) for its icon and switch. */
export function isActive(device: DeviceView): boolean {
  const state = device.state.state;
  return (
    device.state.available &&
    state !== undefined &&
    ['on', 'open', 'opening', 'unlocked', 'playing', 'paused', 'cleaning', 'running'].includes(
      state,
    )
  );
}
