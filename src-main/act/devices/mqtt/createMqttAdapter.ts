import type { Device } from '../../../core/home.ts';
import type { AdapterContext, DeviceAdapter } from '../../../core/state.ts';
import { mqttConnection } from '../../../home/connections/mqtt.ts';
import { connectionProblem } from './connectionProblem.ts';
import { GenericMqttAdapter } from './GenericMqttAdapter.ts';
import type { MqttAdapterOptions } from './MqttDeviceAdapter.ts';

/** The AdapterFactory for `protocol: mqtt` (generic devices); options only for tests and benchmarks. */
export function createMqttAdapter(
  device: Device,
  context: AdapterContext,
  options: MqttAdapterOptions = {},
): DeviceAdapter {
  const parsed = mqttConnection.safeParse(device.connection);
  if (!parsed.success) {
    return new GenericMqttAdapter(device, context, undefined, {
      ...options,
      configProblem: connectionProblem(parsed.error),
    });
  }
  return new GenericMqttAdapter(device, context, parsed.data, options);
}
