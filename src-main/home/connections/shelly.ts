import { isIP } from 'node:net';
import { z } from 'zod';

// A host name or an IP address, nothing more: no scheme, path or port, so a home file cannot
// smuggle another address into the requests built from it.
const host = z
  .string()
  .refine(
    (h) =>
      isIP(h) !== 0 ||
      /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/.test(
        h,
      ),
    {
      message:
        'host must be a host name or IP address only, such as 192.168.1.20 (the port goes in port:)',
    },
  );

/**
 * `protocol: shelly`: generation 1 speaks REST (/relay/0?turn=on), 2 and later (Plus, Pro,
 * Gen3, Gen4) speak JSON-RPC on /rpc.
 */
export const shellyConnection = z
  .object({
    protocol: z.literal('shelly'),
    host,
    port: z.number().int().min(1).max(65535).default(80),
    generation: z.number().int().min(1).max(4).default(2),
    channel: z.number().int().min(0).max(15).default(0),
  })
  .strict();

export type ShellyConnection = z.output<typeof shellyConnection>;
