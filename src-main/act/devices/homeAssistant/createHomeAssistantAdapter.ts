import type { Device } from '../../../core/home.ts';
import type { AdapterContext, DeviceAdapter } from '../../../core/state.ts';
import type { HomeAssistantAdapterOptions } from './HomeAssistantAdapter.ts';
import { HomeAssistantAdapter } from './HomeAssistantAdapter.ts';

/** The AdapterFactory for `protocol: home_assistant`; options only for tests and benchmarks. */
export function createHomeAssistantAdapter(
  device: Device,
  context: AdapterContext,
  options: HomeAssistantAdapterOptions = {},
): DeviceAdapter {
  return new HomeAssistantAdapter(device, context, options);
}
