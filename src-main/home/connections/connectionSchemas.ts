// Per-protocol `connection` keys (home-file.md, "Connections"). Each protocol's schema lives
// in its own file beside this one; the home loader validates a device's connection with it.
import { z } from 'zod';
import type { Protocol } from '../../core/home.ts';

const virtualConnection = z
  .object({ protocol: z.literal('virtual'), initial: z.record(z.string(), z.unknown()).optional() })
  .strict();

export const CONNECTION_SCHEMAS: Partial<Record<Protocol, z.ZodType>> = {
  virtual: virtualConnection,
};
