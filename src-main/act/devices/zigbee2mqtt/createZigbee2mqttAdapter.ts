import type { Device } from '../../../core/home.ts';
import type { AdapterContext, DeviceAdapter } from '../../../core/state.ts';
import { zigbee2mqttConnection } from '../../../home/connections/zigbee2mqtt.ts';
import { connectionProblem } from '../mqtt/connectionProblem.ts';
import type { MqttAdapterOptions } from '../mqtt/MqttDeviceAdapter.ts';
import { Zigbee2mqttAdapter } from './Zigbee2mqttAdapter.ts';

/** The AdapterFactory for `protocol: zigbee2mqtt`; options only for tests and benchmarks. */
export function createZigbee2mqttAdapter(
  device: Device,
  context: AdapterContext,
  options: MqttAdapterOptions = {},
): DeviceAdapter {
  const parsed = zigbee2mqttConnection.safeParse(device.connection);
  if (!parsed.success) {
    return new Zigbee2mqttAdapter(device, context, undefined, {
      ...options,
      configProblem: connectionProblem(parsed.error),
    });
  }
  return new Zigbee2mqttAdapter(device, context, parsed.data, options);
}
