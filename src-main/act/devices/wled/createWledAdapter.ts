import type { Device } from '../../../core/home.ts';
import type { AdapterContext } from '../../../core/state.ts';
import { wledConnection } from '../../../home/connections/wled.ts';
import { NetworkDeviceAdapter } from '../http/NetworkDeviceAdapter.ts';
import type { NetworkAdapterOptions } from '../http/NetworkDeviceAdapter.ts';
import { parseConnection } from '../http/parseConnection.ts';
import { WledDriver } from './WledDriver.ts';

/** AdapterFactory for `protocol: wled` (a light: one segment of a WLED strip). */
export function createWledAdapter(
  device: Device,
  context: AdapterContext,
  options: NetworkAdapterOptions = {},
): NetworkDeviceAdapter {
  const connection = parseConnection(device, wledConnection);
  const driver = new WledDriver(device, connection, context.timeoutMs ?? 2000);
  return new NetworkDeviceAdapter(device, driver, { unit: context.home.unit, ...options });
}
