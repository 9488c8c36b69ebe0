// `connection` keys of a Zigbee2MQTT device (home-file.md, "Connections").
import { z } from 'zod';
import {
  CREDENTIALS_NEED_BROKER,
  credentialsNeedBroker,
  mqttBrokerKeys,
  mqttTopic,
} from './mqtt.ts';

export const zigbee2mqttConnection = z
  .object({
    protocol: z.literal('zigbee2mqtt'),
    /** The device's name in Zigbee2MQTT; quote IEEE addresses ("0x00158d...") in YAML. */
    friendly_name: mqttTopic,
    base_topic: mqttTopic.default('zigbee2mqtt'),
    ...mqttBrokerKeys,
  })
  .strict()
  .refine(credentialsNeedBroker, CREDENTIALS_NEED_BROKER);

export type Zigbee2mqttConnection = z.infer<typeof zigbee2mqttConnection>;
