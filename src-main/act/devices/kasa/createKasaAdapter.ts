import type { Device } from '../../../core/home.ts';
import type { AdapterContext } from '../../../core/state.ts';
import { kasaConnection } from '../../../home/connections/kasa.ts';
import { NetworkDeviceAdapter } from '../http/NetworkDeviceAdapter.ts';
import type { NetworkAdapterOptions } from '../http/NetworkDeviceAdapter.ts';
import { parseConnection } from '../http/parseConnection.ts';
import { KasaDriver } from './KasaDriver.ts';

/**
 * AdapterFactory for `protocol: kasa`. A device of type light is driven as a smart bulb
 * (lightingservice); any other type as a plug's relay.
 */
export function createKasaAdapter(
  device: Device,
  context: AdapterContext,
  options: NetworkAdapterOptions = {},
): NetworkDeviceAdapter {
  const connection = parseConnection(device, kasaConnection);
  const driver = new KasaDriver(device, connection, context.timeoutMs ?? 2000);
  return new NetworkDeviceAdapter(device, driver, { unit: context.home.unit, ...options });
}
