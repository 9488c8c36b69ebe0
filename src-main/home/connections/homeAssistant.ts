// `connection` keys of a device that lives in Home Assistant (home-file.md, "Connections");
// the server itself is the home's `home_assistant` block.
import { z } from 'zod';

export const homeAssistantConnection = z
  .object({
    protocol: z.literal('home_assistant'),
    /** HA's entity id, `<domain>.<object_id>` such as light.kitchen_ceiling. */
    entity_id: z
      .string()
      .regex(/^[a-z0-9_]+\.[a-z0-9_]+$/, 'entity_id must look like light.kitchen_ceiling'),
  })
  .strict();

export type HomeAssistantConnection = z.infer<typeof homeAssistantConnection>;
