import type { HassEntity } from 'home-assistant-js-websocket';
import { CSS_COLOR_NAMES } from '../../../core/cssColors.ts';
import type { Device } from '../../../core/home.ts';
import type { DeviceState } from '../../../core/state.ts';
import { DeviceError } from '../DeviceError.ts';

export interface PlannedService {
  domain: string;
  service: string;
  data?: Record<string, unknown>;
  /** True for a state showing the command took effect; `before` is the state at the call. */
  confirms: (after: DeviceState, before: DeviceState, changed: boolean) => boolean;
}

const clamp = (n: number, lo = 0, hi = 100): number => Math.min(hi, Math.max(lo, Math.round(n)));
const near = (a: number | undefined, b: number, slack = 1): boolean =>
  a !== undefined && Math.abs(a - b) <= slack;
const is =
  (...states: string[]) =>
  (after: DeviceState): boolean =>
    after.state !== undefined && states.includes(after.state);
const anyChange = (_a: DeviceState, _b: DeviceState, changed: boolean): boolean => changed;

/**
 * The Home Assistant service for one Hearth command on one entity (HA's developer docs for
 * each domain's services), and what state says it worked. Throws a DeviceError when the
 * entity's domain cannot do it.
 */
export function serviceFor(
  device: Device,
  entity: HassEntity | undefined,
  entityId: string,
  command: string,
  value: number | string | undefined,
  current: DeviceState,
): PlannedService {
  const domain = entityId.split('.')[0] ?? '';
  const n = typeof value === 'number' ? value : Number(value);
  const plan = (
    service: string,
    confirms: PlannedService['confirms'],
    data?: Record<string, unknown>,
    inDomain = domain,
  ): PlannedService => ({ domain: inDomain, service, confirms, ...(data ? { data } : {}) });
  const onOff = (): PlannedService | undefined => {
    if (command === 'turn_on')
      return plan('turn_on', (s) => s.state !== undefined && !['off', 'standby'].includes(s.state));
    if (command === 'turn_off') return plan('turn_off', is('off', 'standby'));
    return undefined;
  };

  switch (domain) {
    case 'light': {
      if (command === 'set_brightness') {
        if (n === 0) return plan('turn_off', is('off'));
        return plan('turn_on', (s) => s.state === 'on' && near(s.brightness, n), {
          brightness_pct: clamp(n),
        });
      }
      if (command === 'change_brightness') {
        return plan(
          'turn_on',
          (s, b) =>
            s.brightness !== b.brightness ||
            s.state !== b.state ||
            s.brightness === 100 ||
            s.brightness === 0,
          { brightness_step_pct: clamp(n, -100, 100) },
        );
      }
      if (command === 'set_color' && typeof value === 'string') {
        const lower = value.toLowerCase();
        if (/^#[0-9a-f]{6}$/.test(lower)) {
          const rgb = [1, 3, 5].map((i) => parseInt(lower.slice(i, i + 2), 16));
          return plan('turn_on', (s) => s.state === 'on' && s.color !== undefined, {
            rgb_color: rgb,
          });
        }
        if (CSS_COLOR_NAMES.has(lower)) {
          return plan('turn_on', (s) => s.state === 'on' && s.color !== undefined, {
            color_name: lower,
          });
        }
      }
      if (command === 'set_color_temp') {
        return plan(
          'turn_on',
          (s) => s.state === 'on' && near(s.color_temp, n, Math.max(50, n * 0.03)),
          {
            color_temp_kelvin: Math.round(n),
          },
        );
      }
      break;
    }
    case 'switch':
    case 'input_boolean':
    case 'automation':
    case 'script':
      if (command === 'start') return plan('turn_on', is('on'));
      if (command === 'stop') return plan('turn_off', is('off'));
      break;
    case 'scene':
      // A scene's state is the time it was last activated: any change says it ran.
      if (command === 'turn_on' || command === 'start') return plan('turn_on', anyChange);
      break;
    case 'fan': {
      if (command === 'set_speed' || command === 'change_speed') {
        const to = command === 'set_speed' ? clamp(n) : clamp((current.speed ?? 0) + n);
        if (to === 0) return plan('turn_off', is('off'));
        const step =
          typeof entity?.attributes.percentage_step === 'number'
            ? entity.attributes.percentage_step
            : 1;
        return plan('set_percentage', (s) => s.state === 'on' && near(s.speed, to, step / 2 + 1), {
          percentage: to,
        });
      }
      break;
    }
    case 'cover': {
      if (command === 'open') return plan('open_cover', is('open', 'opening'));
      if (command === 'close') return plan('close_cover', is('closed', 'closing'));
      if (command === 'stop')
        return plan('stop_cover', (s) => s.state !== 'opening' && s.state !== 'closing');
      if (command === 'set_position' || command === 'change_position') {
        const to = command === 'set_position' ? clamp(n) : clamp((current.position ?? 0) + n);
        return plan('set_cover_position', (s) => s.position === to || is('opening', 'closing')(s), {
          position: to,
        });
      }
      break;
    }
    case 'climate': {
      if (command === 'set_temperature' || command === 'change_temperature') {
        const from = current.target_temperature;
        if (command === 'change_temperature' && from === undefined) {
          throw new DeviceError('unsupported', 'Home Assistant does not say what it is set to');
        }
        const to = command === 'set_temperature' ? n : Math.round(((from ?? 0) + n) * 2) / 2;
        return plan('set_temperature', (s) => near(s.target_temperature, to, 0.05), {
          temperature: to,
        });
      }
      if (command === 'set_mode' && typeof value === 'string') {
        const modes = Array.isArray(entity?.attributes.hvac_modes)
          ? (entity.attributes.hvac_modes as unknown[])
          : [];
        const mode =
          value === 'auto' && !modes.includes('auto') && modes.includes('heat_cool')
            ? 'heat_cool'
            : value;
        return plan('set_hvac_mode', (s) => s.mode === mode, { hvac_mode: mode });
      }
      break;
    }
    case 'lock':
      if (command === 'lock') return plan('lock', is('locked'));
      if (command === 'unlock') return plan('unlock', is('unlocked', 'open'));
      break;
    case 'valve':
      if (command === 'open') return plan('open_valve', is('open', 'opening'));
      if (command === 'close') return plan('close_valve', is('closed', 'closing'));
      break;
    case 'media_player': {
      if (command === 'play') return plan('media_play', is('playing'));
      if (command === 'pause') return plan('media_pause', is('paused'));
      if (command === 'next') return plan('media_next_track', anyChange);
      if (command === 'previous') return plan('media_previous_track', anyChange);
      if (command === 'set_volume' || command === 'change_volume') {
        const to = command === 'set_volume' ? clamp(n) : clamp((current.volume ?? 0) + n);
        return plan('volume_set', (s) => near(s.volume, to), { volume_level: to / 100 });
      }
      break;
    }
    case 'vacuum':
      if (command === 'start') return plan('start', is('cleaning'));
      if (command === 'stop') return plan('stop', (s) => s.state !== 'cleaning');
      if (command === 'return_home') return plan('return_to_base', is('returning', 'docked'));
      break;
    default:
      break;
  }
  const generic = onOff();
  if (
    generic &&
    [
      'light',
      'switch',
      'input_boolean',
      'fan',
      'climate',
      'media_player',
      'automation',
      'script',
      'humidifier',
      'water_heater',
    ].includes(domain)
  ) {
    return generic;
  }
  throw new DeviceError('unsupported', `Home Assistant's ${domain} entities cannot do ${command}`);
}
