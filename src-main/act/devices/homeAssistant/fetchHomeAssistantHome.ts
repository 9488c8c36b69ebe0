import { z } from 'zod';
import type { HomeAssistantServer } from '../../../core/home.ts';
import { DeviceError } from '../DeviceError.ts';
import { HomeAssistantLink } from './HomeAssistantLink.ts';
import type { HomeAssistantLinkOptions } from './HomeAssistantLink.ts';

// What Hearth reads of a Home Assistant to build a home file from it: the floor, area,
// device and entity registries, the entity states and the configuration (for the unit).
// Only the fields used are validated; HA adds fields over time and those are ignored.

const aliases = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);

export const haFloor = z.looseObject({ floor_id: z.string(), name: z.string(), aliases });
export const haArea = z.looseObject({
  area_id: z.string(),
  name: z.string(),
  aliases,
  floor_id: optionalText,
});
export const haDevice = z.looseObject({
  id: z.string(),
  name: optionalText,
  name_by_user: optionalText,
  area_id: optionalText,
  manufacturer: optionalText,
  model: optionalText,
  disabled_by: optionalText,
});
export const haEntityEntry = z.looseObject({
  entity_id: z.string(),
  name: optionalText,
  original_name: optionalText,
  device_id: optionalText,
  area_id: optionalText,
  hidden_by: optionalText,
  disabled_by: optionalText,
  entity_category: optionalText,
  device_class: optionalText,
  original_device_class: optionalText,
  aliases,
  options: z
    .looseObject({
      conversation: z.looseObject({ should_expose: z.boolean().optional() }).nullish(),
    })
    .nullish(),
});
export const haState = z.looseObject({
  entity_id: z.string(),
  state: z.string(),
  attributes: z.record(z.string(), z.unknown()).default({}),
});
const haConfig = z.looseObject({
  location_name: optionalText,
  unit_system: z.looseObject({ temperature: z.string() }),
});

export interface HomeAssistantSnapshot {
  floors: z.infer<typeof haFloor>[];
  areas: z.infer<typeof haArea>[];
  devices: z.infer<typeof haDevice>[];
  entities: z.infer<typeof haEntityEntry>[];
  states: z.infer<typeof haState>[];
  unit: 'celsius' | 'fahrenheit';
  locationName?: string;
}

export interface FetchHomeAssistantOptions extends HomeAssistantLinkOptions {
  /** For the connection and each request; default 10000 ms. */
  timeoutMs?: number;
}

/** Reads one snapshot of a Home Assistant; rejects with a DeviceError in plain words. */
export async function fetchHomeAssistantHome(
  server: HomeAssistantServer,
  options: FetchHomeAssistantOptions = {},
): Promise<HomeAssistantSnapshot> {
  const timeoutMs = options.timeoutMs ?? 10000;
  const link = new HomeAssistantLink(server, { retryMaxMs: 1000, ...options });
  try {
    if (!(await link.waitUntilReady(timeoutMs))) {
      throw new DeviceError(
        link.status === 'auth_failed' ? 'auth' : 'unreachable',
        link.problem ?? `${link.label} did not answer in time`,
      );
    }
    const ask = async <T extends z.ZodType>(type: string, schema: T, extra = {}) => {
      const reply = await link.command<unknown>({ type, ...extra }, timeoutMs);
      const parsed = schema.safeParse(reply);
      if (!parsed.success) {
        throw new DeviceError(
          'unexpected_reply',
          `${link.label} sent an unreadable answer to ${type}`,
        );
      }
      return parsed.data as z.output<T>;
    };
    const [floors, areas, devices, listed, states, config] = await Promise.all([
      ask('config/floor_registry/list', z.array(haFloor)),
      ask('config/area_registry/list', z.array(haArea)),
      ask('config/device_registry/list', z.array(haDevice)),
      ask('config/entity_registry/list', z.array(haEntityEntry)),
      ask('get_states', z.array(haState)),
      ask('get_config', haConfig),
    ]);
    // Aliases (and, on older HA, options) are only in the full entries.
    const full =
      listed.length === 0
        ? {}
        : await ask(
            'config/entity_registry/get_entries',
            z.record(z.string(), haEntityEntry.nullable()),
            {
              entity_ids: listed.map((e) => e.entity_id),
            },
          );
    const entities = listed.map((entry) => {
      const extra = full[entry.entity_id];
      return extra
        ? { ...entry, aliases: extra.aliases, options: extra.options ?? entry.options }
        : entry;
    });
    const snapshot: HomeAssistantSnapshot = {
      floors,
      areas,
      devices,
      entities,
      states,
      unit: config.unit_system.temperature.includes('F') ? 'fahrenheit' : 'celsius',
    };
    if (config.location_name) snapshot.locationName = config.location_name;
    return snapshot;
  } finally {
    link.close();
  }
}
