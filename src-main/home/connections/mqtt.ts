// `connection` keys of a generic MQTT device (protocol: mqtt), plus the pieces every MQTT
// protocol shares (exact topics, an optional own broker). Keys follow home-file.md; the
// optional ones are documented in the README.
import { z } from 'zod';

/** An exact topic to publish or subscribe to; wildcards could reach other devices. */
export const mqttTopic = z
  .string()
  .min(1, 'an MQTT topic cannot be empty')
  .refine((topic) => !/[+#]/.test(topic) && !topic.includes('\u0000'), {
    message: 'an MQTT topic here must be exact: no `+` or `#` wildcards',
  });

/** A device's own broker, instead of the home's `mqtt:`; credentials go beside it. */
export const mqttBrokerKeys = {
  broker: z
    .string()
    .regex(/^(mqtts?|tcp|ssl|wss?):\/\/\S+$/, 'a broker URL such as mqtt://192.168.1.5:1883')
    .optional(),
  username: z.string().optional(),
  password: z.string().optional(),
};

/** Refinement: `username`/`password` only make sense next to `broker`. */
export function credentialsNeedBroker(value: {
  broker?: string;
  username?: string;
  password?: string;
}): boolean {
  return (
    value.broker !== undefined || (value.username === undefined && value.password === undefined)
  );
}

export const CREDENTIALS_NEED_BROKER = {
  message:
    "`username` and `password` go with the device's own `broker`; for the home broker put them under `mqtt:` at the top of the home file",
  path: ['username'],
};

/** Payloads may be written as numbers or booleans in YAML (`payload_on: 1`). */
const payload = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const path = z.string().regex(/^[^.\s]+(\.[^.\s]+)*$/, 'a dot path such as `state` or `light.bri`');
const template = z
  .string()
  .refine((t) => t.includes('{{value}}'), { message: 'a template must contain {{value}}' });
const scale = z.number().positive();

/** Commands without a value, each with its default payload on `command_topic`. */
export const MQTT_PLAIN_COMMANDS = [
  'turn_on',
  'turn_off',
  'open',
  'close',
  'stop',
  'lock',
  'unlock',
  'start',
  'play',
  'pause',
  'next',
  'previous',
  'return_home',
] as const;

export const mqttConnection = z
  .object({
    protocol: z.literal('mqtt'),
    ...mqttBrokerKeys,
    command_topic: mqttTopic,
    state_topic: mqttTopic.optional(),
    availability_topic: mqttTopic.optional(),
    payload_available: payload.default('online'),
    payload_not_available: payload.default('offline'),
    payload_on: payload.default('ON'),
    payload_off: payload.default('OFF'),
    /** Payloads for the other plain commands; default the command in upper case. */
    payloads: z.partialRecord(z.enum(MQTT_PLAIN_COMMANDS), payload).optional(),
    /** Where on/off (or open/locked...) sits in a JSON state; plain payloads are used whole. */
    state_value_path: path.optional(),
    /** State values meaning on and off; default payload_on and payload_off. */
    state_on: payload.optional(),
    state_off: payload.optional(),
    brightness_command_topic: mqttTopic.optional(),
    brightness_command_template: template.optional(),
    brightness_scale: scale.default(100),
    brightness_value_path: path.optional(),
    color_command_topic: mqttTopic.optional(),
    color_command_template: template.optional(),
    color_format: z.enum(['hex', 'rgb']).default('hex'),
    color_value_path: path.optional(),
    color_temp_command_topic: mqttTopic.optional(),
    color_temp_command_template: template.optional(),
    color_temp_unit: z.enum(['mireds', 'kelvin']).default('mireds'),
    color_temp_value_path: path.optional(),
    speed_command_topic: mqttTopic.optional(),
    speed_command_template: template.optional(),
    speed_scale: scale.default(100),
    speed_value_path: path.optional(),
    position_command_topic: mqttTopic.optional(),
    position_command_template: template.optional(),
    position_scale: scale.default(100),
    position_value_path: path.optional(),
    volume_command_topic: mqttTopic.optional(),
    volume_command_template: template.optional(),
    volume_scale: scale.default(100),
    volume_value_path: path.optional(),
    temperature_command_topic: mqttTopic.optional(),
    temperature_command_template: template.optional(),
    target_temperature_value_path: path.optional(),
    temperature_value_path: path.optional(),
    mode_command_topic: mqttTopic.optional(),
    mode_command_template: template.optional(),
    mode_value_path: path.optional(),
    humidity_value_path: path.optional(),
    value_value_path: path.optional(),
    qos: z.union([z.literal(0), z.literal(1)]).default(0),
    retain: z.boolean().default(false),
  })
  .strict()
  .refine(credentialsNeedBroker, CREDENTIALS_NEED_BROKER);

export type MqttConnection = z.infer<typeof mqttConnection>;
