import { z } from 'zod';

/** What Tasmota answers on /cm: the changed values (a command) or the whole state (`State`). */
export const tasmotaReply = z.looseObject({
  POWER: z.string().optional(),
  POWER1: z.string().optional(),
  Dimmer: z.number().min(0).max(100).optional(),
  Color: z.string().optional(),
  HSBColor: z.string().optional(),
  CT: z.number().optional(),
  Shutter1: z
    .looseObject({
      Position: z.number(),
      Direction: z.number().optional(),
      Target: z.number().optional(),
    })
    .optional(),
  // Errors: {"Command":"Unknown"}, and {"WARNING":"Need user=<username>&password=<password>"}.
  Command: z.string().optional(),
  WARNING: z.string().optional(),
});
export type TasmotaReply = z.infer<typeof tasmotaReply>;
