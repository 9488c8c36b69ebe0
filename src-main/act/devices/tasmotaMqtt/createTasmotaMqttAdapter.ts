import { z } from 'zod';
import type { Device } from '../../../core/home.ts';
import type { AdapterContext, DeviceAdapter } from '../../../core/state.ts';
import {
  CREDENTIALS_NEED_BROKER,
  credentialsNeedBroker,
  mqttBrokerKeys,
  mqttTopic,
} from '../../../home/connections/mqtt.ts';
import { connectionProblem } from '../mqtt/connectionProblem.ts';
import type { MqttAdapterOptions } from '../mqtt/MqttDeviceAdapter.ts';
import { TasmotaMqttAdapter } from './TasmotaMqttAdapter.ts';

// Only the MQTT keys; the tasmota connection schema (HTTP or MQTT) is validated elsewhere.
const tasmotaMqttKeys = z
  .object({ topic: mqttTopic, ...mqttBrokerKeys })
  .refine(credentialsNeedBroker, CREDENTIALS_NEED_BROKER);

/**
 * The AdapterFactory for `protocol: tasmota` when the connection has a `topic` (Tasmota
 * over MQTT); options only for tests and benchmarks.
 */
export function createTasmotaMqttAdapter(
  device: Device,
  context: AdapterContext,
  options: MqttAdapterOptions = {},
): DeviceAdapter {
  const parsed = tasmotaMqttKeys.safeParse(device.connection);
  if (!parsed.success) {
    return new TasmotaMqttAdapter(device, context, undefined, {
      ...options,
      configProblem: connectionProblem(parsed.error),
    });
  }
  return new TasmotaMqttAdapter(device, context, parsed.data, options);
}
