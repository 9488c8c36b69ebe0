import { z } from 'zod';
import { host, portNumber } from './networkKeys.ts';
import { credentialsNeedBroker, mqttBrokerKeys, mqttTopic } from './mqtt.ts';

/**
 * `protocol: tasmota`, in one of two forms: over HTTP (`host`, `port`, and the web login as
 * `username`/`password` when one is set), or over MQTT (`topic`, optional `broker` with its
 * own `username`/`password`; the MQTT pieces are shared with ./mqtt.ts). `port` defaults to
 * 80 only in the HTTP form.
 */
export const tasmotaConnection = z
  .object({
    protocol: z.literal('tasmota'),
    host: host.optional(),
    port: portNumber.optional(),
    topic: mqttTopic.optional(),
    broker: mqttBrokerKeys.broker,
    username: z.string().optional(),
    password: z.string().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.host === undefined) === (c.topic === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'a tasmota connection needs either host (over HTTP) or topic (over MQTT), not both',
      });
    }
    if (c.host !== undefined && c.broker !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['broker'],
        message: 'broker is only for tasmota over MQTT (topic)',
      });
    }
    if (c.topic !== undefined && !credentialsNeedBroker(c)) {
      ctx.addIssue({
        code: 'custom',
        path: ['username'],
        message:
          "over MQTT, `username` and `password` go with the device's own `broker`; for the home broker put them under `mqtt:`",
      });
    }
    if (c.topic !== undefined && c.port !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['port'],
        message: 'port is only for tasmota over HTTP (host)',
      });
    }
  })
  .transform((c) => (c.host !== undefined ? { ...c, port: c.port ?? 80 } : c));

export type TasmotaConnection = z.output<typeof tasmotaConnection>;
