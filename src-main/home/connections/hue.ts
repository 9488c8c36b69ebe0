import { z } from 'zod';
import { host, port } from './networkKeys.ts';

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
    port: port(80),
    username: z.string().min(1, 'username is the key `hearth hue pair` printed'),
    light: id.optional(),
    group: id.optional(),
  })
  .strict()
  .refine((c) => (c.light === undefined) !== (c.group === undefined), {
    message: 'a hue connection needs exactly one of light: "<id>" or group: "<id>"',
  });

export type HueConnection = z.output<typeof hueConnection>;
