import type { z } from 'zod';
import { HearthError } from '../../../core/errors.ts';
import type { Device } from '../../../core/home.ts';

/**
 * A device's `connection` checked against its protocol's schema (the home loader has usually
 * done so already; this also gives the defaults and the types).
 */
export function parseConnection<T>(device: Device, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(device.connection);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
  throw new HearthError(
    `Device "${device.id}" has a connection Hearth cannot use (${problems}): fix it in the home file`,
    2,
  );
}
