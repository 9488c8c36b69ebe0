import { HearthError } from '../../../core/errors.ts';
import type { Device } from '../../../core/home.ts';
import type { AdapterContext } from '../../../core/state.ts';
import { tasmotaConnection } from '../../../home/connections/tasmota.ts';
import { NetworkDeviceAdapter } from '../http/NetworkDeviceAdapter.ts';
import type { NetworkAdapterOptions } from '../http/NetworkDeviceAdapter.ts';
import { parseConnection } from '../http/parseConnection.ts';
import { TasmotaHttpDriver } from './TasmotaHttpDriver.ts';

/**
 * AdapterFactory for `protocol: tasmota` over HTTP (a connection with `host`). A connection
 * with `topic` is Tasmota over MQTT and belongs to the MQTT adapter: this throws for it.
 */
export function createTasmotaAdapter(
  device: Device,
  context: AdapterContext,
  options: NetworkAdapterOptions = {},
): NetworkDeviceAdapter {
  const connection = parseConnection(device, tasmotaConnection);
  if (connection.host === undefined) {
    throw new HearthError(
      `Device "${device.id}" is Tasmota over MQTT (topic): it needs the MQTT adapter, not HTTP`,
    );
  }
  const driver = new TasmotaHttpDriver(
    device,
    {
      host: connection.host,
      port: connection.port ?? 80,
      ...(connection.username === undefined ? {} : { username: connection.username }),
      ...(connection.password === undefined ? {} : { password: connection.password }),
    },
    context.timeoutMs ?? 2000,
  );
  return new NetworkDeviceAdapter(device, driver, { unit: context.home.unit, ...options });
}
