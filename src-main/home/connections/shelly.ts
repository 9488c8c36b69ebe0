import { z } from 'zod';
import { host, port } from './networkKeys.ts';

/**
 * `protocol: shelly`: generation 1 speaks REST (/relay/0?turn=on), 2 and later (Plus, Pro,
 * Gen3, Gen4) speak JSON-RPC on /rpc.
 */
export const shellyConnection = z
  .object({
    protocol: z.literal('shelly'),
    host,
    port: port(80),
    generation: z.number().int().min(1).max(4).default(2),
    channel: z.number().int().min(0).max(15).default(0),
  })
  .strict();

export type ShellyConnection = z.output<typeof shellyConnection>;
