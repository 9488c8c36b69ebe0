import { z } from 'zod';
import { host, port } from './networkKeys.ts';

/** `protocol: wled`: one segment of a WLED strip, JSON API. */
export const wledConnection = z
  .object({
    protocol: z.literal('wled'),
    host,
    port: port(80),
    segment: z.number().int().min(0).max(31).default(0),
  })
  .strict();

export type WledConnection = z.output<typeof wledConnection>;
