import { z } from 'zod';

// The shapes of what a Hue bridge (REST API v1) answers. Unknown keys are ignored: bridges
// add fields across firmware versions.

export const hueErrorEntry = z.object({
  error: z.object({
    type: z.number(),
    address: z.string().optional(),
    description: z.string().optional(),
  }),
});
export type HueErrorEntry = z.infer<typeof hueErrorEntry>;

const hueSuccessEntry = z.object({ success: z.record(z.string(), z.unknown()) });

/** The answer to PUT .../state or .../action, and to POST /api. */
export const hueWriteReply = z.array(z.union([hueSuccessEntry, hueErrorEntry])).min(1);

const xy = z.tuple([z.number(), z.number()]);

const lightFields = {
  on: z.boolean().optional(),
  bri: z.number().optional(),
  hue: z.number().optional(),
  sat: z.number().optional(),
  xy: xy.optional(),
  ct: z.number().optional(),
  colormode: z.string().optional(),
};

export const hueLightState = z.object({ ...lightFields, reachable: z.boolean().optional() });
export type HueLightState = z.infer<typeof hueLightState>;

/** GET lights/<id>, or the error list an unknown username or id gets. */
export const hueLightReply = z.union([
  z.object({ state: hueLightState.extend({ on: z.boolean() }) }),
  z.array(hueErrorEntry).min(1),
]);

/** GET groups/<id>: `action` is the last command sent, `state` what the lights are now. */
export const hueGroupReply = z.union([
  z.object({
    action: z.object(lightFields),
    state: z.object({ all_on: z.boolean(), any_on: z.boolean() }).optional(),
  }),
  z.array(hueErrorEntry).min(1),
]);
