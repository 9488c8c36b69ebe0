import type { Device } from '../../../core/home.ts';
import type { AdapterContext } from '../../../core/state.ts';
import { shellyConnection } from '../../../home/connections/shelly.ts';
import { NetworkDeviceAdapter } from '../http/NetworkDeviceAdapter.ts';
import type { NetworkAdapterOptions } from '../http/NetworkDeviceAdapter.ts';
import { parseConnection } from '../http/parseConnection.ts';
import { ShellyGen1Driver } from './ShellyGen1Driver.ts';
import { ShellyRpcDriver } from './ShellyRpcDriver.ts';

/**
 * AdapterFactory for `protocol: shelly`. The device's type picks the component: light ->
 * Light (dimmer), cover -> Cover/roller, anything else -> Switch/relay.
 */
export function createShellyAdapter(
  device: Device,
  context: AdapterContext,
  options: NetworkAdapterOptions = {},
): NetworkDeviceAdapter {
  const connection = parseConnection(device, shellyConnection);
  const timeoutMs = context.timeoutMs ?? 2000;
  const driver =
    connection.generation === 1
      ? new ShellyGen1Driver(device, connection, timeoutMs)
      : new ShellyRpcDriver(device, connection, timeoutMs);
  return new NetworkDeviceAdapter(device, driver, { unit: context.home.unit, ...options });
}
