import { z } from 'zod';

// Kasa answers mirror the request: {"<module>": {"<method>": {...result, "err_code": 0}}}.

export const KASA_BULB_SERVICE = 'smartlife.iot.smartbulb.lightingservice';

const kasaResult = z.looseObject({
  err_code: z.number().optional(),
  err_msg: z.string().optional(),
});

export const kasaLightState = kasaResult.extend({
  on_off: z.number().optional(),
  brightness: z.number().min(0).max(100).optional(),
  hue: z.number().optional(),
  saturation: z.number().optional(),
  color_temp: z.number().optional(),
  dft_on_state: z
    .looseObject({
      brightness: z.number().optional(),
      hue: z.number().optional(),
      saturation: z.number().optional(),
      color_temp: z.number().optional(),
    })
    .optional(),
});
export type KasaLightState = z.infer<typeof kasaLightState>;

const sysinfo = kasaResult.extend({
  relay_state: z.number().optional(),
  light_state: kasaLightState.optional(),
});

export const kasaSysinfoReply = z.object({ system: z.object({ get_sysinfo: sysinfo }) });

/** set_relay_state, with the get_sysinfo asked in the same request when the device ran it. */
export const kasaRelayReply = z.object({
  system: z.object({ set_relay_state: kasaResult, get_sysinfo: sysinfo.optional() }),
});

export const kasaBulbReply = z.object({
  [KASA_BULB_SERVICE]: z.object({ transition_light_state: kasaLightState }),
});
