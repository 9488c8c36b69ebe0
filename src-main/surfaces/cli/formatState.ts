import type { Home } from '../../core/home.ts';
import type { DeviceState } from '../../core/state.ts';
import { DEGREES } from '../../core/commandValues.ts';

const round = (n: number) => String(Math.round(n * 10) / 10);

/** A device state on one line for people: "on, brightness 80%, 2700 K". */
export function formatState(state: DeviceState, unit: Home['unit'] = 'celsius'): string {
  if (!state.available) return 'unavailable';
  const degrees = DEGREES[unit];
  const parts: string[] = [];
  if (state.state !== undefined) parts.push(state.state);
  if (state.mode !== undefined && state.mode !== state.state) parts.push(`mode ${state.mode}`);
  if (state.brightness !== undefined) parts.push(`brightness ${round(state.brightness)}%`);
  if (state.color !== undefined) parts.push(`colour ${state.color}`);
  if (state.color_temp !== undefined) parts.push(`${round(state.color_temp)} K`);
  if (state.speed !== undefined) parts.push(`speed ${round(state.speed)}%`);
  if (state.position !== undefined) parts.push(`position ${round(state.position)}%`);
  if (state.volume !== undefined) parts.push(`volume ${round(state.volume)}%`);
  if (state.temperature !== undefined) parts.push(`${round(state.temperature)} ${degrees}`);
  if (state.target_temperature !== undefined) {
    parts.push(`target ${round(state.target_temperature)} ${degrees}`);
  }
  if (state.humidity !== undefined) parts.push(`humidity ${round(state.humidity)}%`);
  if (state.value !== undefined) parts.push(`value ${round(state.value)}`);
  return parts.join(', ') || 'no state reported';
}
