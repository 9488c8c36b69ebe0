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
 * `protocol: kasa`: a TP-Link Kasa plug or bulb on the legacy local protocol (TCP 9999).
 * A device of type light is driven as a bulb, any other type as a plug's relay.
 */
export const kasaConnection = z
  .object({
    protocol: z.literal('kasa'),
    host,
    port: z.number().int().min(1).max(65535).default(9999),
  })
  .strict();

export type KasaConnection = z.output<typeof kasaConnection>;
