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
const port = z.number().int().min(1).max(65535);
// Hue ids are strings in the API ("3"), but people write numbers in YAML.
const id = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform(String)
  .pipe(z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be an id the bridge gave, such as "3"'));

/** `protocol: hue`: a light or a group (room, zone) on a Hue bridge, REST API v1. */
export const hueConnection = z
  .object({
    protocol: z.literal('hue'),
    host,
    port: port.default(80),
    username: z.string().min(1, 'username is the key `hearth hue pair` printed'),
    light: id.optional(),
    group: id.optional(),
  })
  .strict()
  .refine((c) => (c.light === undefined) !== (c.group === undefined), {
    message: 'a hue connection needs exactly one of light: "<id>" or group: "<id>"',
  });

export type HueConnection = z.output<typeof hueConnection>;
