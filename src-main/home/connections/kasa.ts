import { z } from 'zod';
import { host, port } from './networkKeys.ts';

/**
 * `protocol: kasa`: a TP-Link Kasa plug or bulb on the legacy local protocol (TCP 9999).
 * A device of type light is driven as a bulb, any other type as a plug's relay.
 */
export const kasaConnection = z
  .object({
    protocol: z.literal('kasa'),
    host,
    port: port(9999),
  })
  .strict();

export type KasaConnection = z.output<typeof kasaConnection>;
