import { isIP } from 'node:net';
import { z } from 'zod';

// A host name or an IP address, nothing more: no scheme, path or port, so a home file cannot
// smuggle another address into the requests built from it.
export const host = z
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

export const portNumber = z.number().int().min(1).max(65535);

/** A TCP port, defaulting to the protocol's usual one. */
export const port = (usual: number) => portNumber.default(usual);
