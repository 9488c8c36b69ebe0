import { z } from 'zod';

const rgb = z.array(z.number().min(0).max(255)).min(3);

/** GET /json/state, and the reply to a POST with `"v": true`. */
export const wledState = z.looseObject({
  on: z.boolean(),
  bri: z.number().min(0).max(255),
  seg: z
    .array(
      z.looseObject({
        id: z.number().optional(),
        on: z.boolean().optional(),
        col: z.array(z.union([rgb, z.array(z.number()).max(0)])).optional(),
      }),
    )
    .optional(),
});
export type WledState = z.infer<typeof wledState>;

/** Older firmware ignores "v" and answers {"success": true}; bad requests get {"error": n}. */
export const wledPostReply = z.union([
  wledState,
  z.looseObject({ success: z.boolean() }),
  z.looseObject({ error: z.union([z.number(), z.string()]) }),
]);
