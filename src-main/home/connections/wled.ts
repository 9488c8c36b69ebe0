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

/** `protocol: wled`: one segment of a WLED strip, JSON API. */
export const wledConnection = z
  .object({
    protocol: z.literal('wled'),
    host,
    port: z.number().int().min(1).max(65535).default(80),
    segment: z.number().int().min(0).max(31).default(0),
  })
  .strict();

export type WledConnection = z.output<typeof wledConnection>;
