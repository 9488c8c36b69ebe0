// Per-protocol `connection` keys (home-file.md, "Connections"). Each protocol's schema lives
// in its own file beside this one; the home loader validates a device's connection with it.
import { z } from 'zod';
import type { Protocol } from '../../core/home.ts';
import { homeAssistantConnection } from './homeAssistant.ts';
import { hueConnection } from './hue.ts';
import { kasaConnection } from './kasa.ts';
import { mqttConnection } from './mqtt.ts';
import { shellyConnection } from './shelly.ts';
import { tasmotaConnection } from './tasmota.ts';
import { wledConnection } from './wled.ts';
import { zigbee2mqttConnection } from './zigbee2mqtt.ts';

const virtualConnection = z
  .object({ protocol: z.literal('virtual'), initial: z.record(z.string(), z.unknown()).optional() })
  .strict();

export const CONNECTION_SCHEMAS: Record<Protocol, z.ZodType> = {
  virtual: virtualConnection,
  hue: hueConnection,
  shelly: shellyConnection,
  tasmota: tasmotaConnection,
  wled: wledConnection,
  kasa: kasaConnection,
  zigbee2mqtt: zigbee2mqttConnection,
  mqtt: mqttConnection,
  home_assistant: homeAssistantConnection,
};
