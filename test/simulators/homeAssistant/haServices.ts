import { cssColorToRgb } from '../../../src-main/core/cssColors.ts';

// How the simulated Home Assistant changes an entity for each service it offers, after HA's
// developer documentation for each domain. Returns false for a service HA does not have.

export interface SimEntity {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
  last_changed: number;
  last_updated: number;
}

const clamp = (n: number, lo = 0, hi = 100): number => Math.min(hi, Math.max(lo, Math.round(n)));
const num = (v: unknown, fallback = 0): number => (typeof v === 'number' ? v : fallback);

export function applyService(
  entity: SimEntity,
  domain: string,
  service: string,
  data: Record<string, unknown>,
  now: () => string,
): boolean {
  const a = entity.attributes;
  const set = (state: string): void => {
    entity.state = state;
  };
  switch (`${domain}.${service}`) {
    case 'light.turn_on': {
      let pct =
        a.brightness === null || a.brightness === undefined ? 100 : (num(a.brightness) / 255) * 100;
      if (entity.state === 'off') pct = typeof data.brightness_step_pct === 'number' ? 0 : pct;
      if (typeof data.brightness_pct === 'number') pct = data.brightness_pct;
      if (typeof data.brightness_step_pct === 'number') pct = clamp(pct + data.brightness_step_pct);
      if (pct <= 0) {
        set('off');
        a.brightness = null;
        return true;
      }
      set('on');
      a.brightness = Math.round((clamp(pct) * 255) / 100);
      if (typeof data.color_name === 'string')
        a.rgb_color = cssColorToRgb(data.color_name) ?? a.rgb_color;
      if (Array.isArray(data.rgb_color)) a.rgb_color = data.rgb_color;
      if (typeof data.color_temp_kelvin === 'number') a.color_temp_kelvin = data.color_temp_kelvin;
      return true;
    }
    case 'light.turn_off':
      set('off');
      a.brightness = null;
      return true;
    case 'switch.turn_on':
    case 'input_boolean.turn_on':
    case 'fan.turn_on':
      set('on');
      if (domain === 'fan' && !num(a.percentage)) a.percentage = 33;
      return true;
    case 'switch.turn_off':
    case 'input_boolean.turn_off':
    case 'fan.turn_off':
      set('off');
      if (domain === 'fan') a.percentage = 0;
      return true;
    case 'fan.set_percentage':
    case 'fan.increase_speed':
    case 'fan.decrease_speed': {
      const step = num(data.percentage_step, num(a.percentage_step, 1));
      const pct =
        service === 'set_percentage'
          ? num(data.percentage)
          : num(a.percentage) + (service === 'increase_speed' ? step : -step);
      a.percentage = clamp(pct);
      set(a.percentage === 0 ? 'off' : 'on');
      return true;
    }
    case 'cover.open_cover':
      set('open');
      a.current_position = 100;
      return true;
    case 'cover.close_cover':
      set('closed');
      a.current_position = 0;
      return true;
    case 'cover.stop_cover':
      set(num(a.current_position) > 0 ? 'open' : 'closed');
      return true;
    case 'cover.set_cover_position':
      a.current_position = clamp(num(data.position));
      set(a.current_position === 0 ? 'closed' : 'open');
      return true;
    case 'climate.set_temperature':
      a.temperature = num(data.temperature);
      return true;
    case 'climate.set_hvac_mode': {
      const modes = Array.isArray(a.hvac_modes) ? a.hvac_modes : [];
      if (!modes.includes(data.hvac_mode))
        throw new ServiceError(
          'service_validation_error',
          `Invalid hvac_mode: ${String(data.hvac_mode)}`,
        );
      set(String(data.hvac_mode));
      return true;
    }
    case 'climate.turn_on':
      set(typeof a.last_mode === 'string' ? a.last_mode : 'heat');
      return true;
    case 'climate.turn_off':
      if (entity.state !== 'off') a.last_mode = entity.state;
      set('off');
      return true;
    case 'lock.lock':
      set('locked');
      return true;
    case 'lock.unlock':
      set('unlocked');
      return true;
    case 'valve.open_valve':
      set('open');
      return true;
    case 'valve.close_valve':
      set('closed');
      return true;
    case 'media_player.turn_on':
      set('on');
      return true;
    case 'media_player.turn_off':
      set('off');
      return true;
    case 'media_player.media_play':
      set('playing');
      return true;
    case 'media_player.media_pause':
      set('paused');
      return true;
    case 'media_player.media_next_track':
    case 'media_player.media_previous_track':
      a.media_track = num(a.media_track, 1) + (service === 'media_next_track' ? 1 : -1);
      return true;
    case 'media_player.volume_set':
      a.volume_level = Math.max(0, Math.min(1, num(data.volume_level)));
      return true;
    case 'vacuum.start':
      set('cleaning');
      return true;
    case 'vacuum.stop':
      set('idle');
      return true;
    case 'vacuum.return_to_base':
      set('returning');
      return true;
    case 'scene.turn_on':
      set(now());
      return true;
    default:
      return false;
  }
}

/** An error HA reports as a failed `result`: `{ code, message }`. */
export class ServiceError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
