import type { Device } from '../../../core/home.ts';
import type { AdapterContext } from '../../../core/state.ts';
import { hueConnection } from '../../../home/connections/hue.ts';
import { NetworkDeviceAdapter } from '../http/NetworkDeviceAdapter.ts';
import type { NetworkAdapterOptions } from '../http/NetworkDeviceAdapter.ts';
import { parseConnection } from '../http/parseConnection.ts';
import { HueDriver } from './HueDriver.ts';
import { HueRateLimiter } from './HueRateLimiter.ts';

export interface HueAdapterOptions extends NetworkAdapterOptions {
  /** Default: the limiter shared by every adapter on the same bridge (HueRateLimiter.forBridge). */
  limiter?: HueRateLimiter;
}

/** AdapterFactory for `protocol: hue` (a light or a group on a Hue bridge). */
export function createHueAdapter(
  device: Device,
  context: AdapterContext,
  options: HueAdapterOptions = {},
): NetworkDeviceAdapter {
  const connection = parseConnection(device, hueConnection);
  const driver = new HueDriver(device, connection, {
    timeoutMs: context.timeoutMs ?? 2000,
    limiter: options.limiter ?? HueRateLimiter.forBridge(connection.host, connection.port),
  });
  return new NetworkDeviceAdapter(device, driver, { unit: context.home.unit, ...options });
}
