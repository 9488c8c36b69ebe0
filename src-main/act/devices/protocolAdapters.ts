// Which adapter speaks each protocol: the one place the executor learns about real devices.
import type { Protocol } from '../../core/home.ts';
import type { AdapterFactory } from '../../core/state.ts';
import { createHomeAssistantAdapter } from './homeAssistant/createHomeAssistantAdapter.ts';
import { createHueAdapter } from './hue/createHueAdapter.ts';
import { createKasaAdapter } from './kasa/createKasaAdapter.ts';
import { createMqttAdapter } from './mqtt/createMqttAdapter.ts';
import { createShellyAdapter } from './shelly/createShellyAdapter.ts';
import { createTasmotaAdapter } from './tasmota/createTasmotaAdapter.ts';
import { createTasmotaMqttAdapter } from './tasmotaMqtt/createTasmotaMqttAdapter.ts';
import { createWledAdapter } from './wled/createWledAdapter.ts';
import { createZigbee2mqttAdapter } from './zigbee2mqtt/createZigbee2mqttAdapter.ts';

/** Tasmota speaks HTTP when the home file gives a host, MQTT when it gives a topic. */
const createTasmota: AdapterFactory = (device, context) =>
  device.connection && 'topic' in device.connection
    ? createTasmotaMqttAdapter(device, context)
    : createTasmotaAdapter(device, context);

export const PROTOCOL_ADAPTERS: Partial<Record<Protocol, AdapterFactory>> = {
  hue: (device, context) => createHueAdapter(device, context),
  shelly: (device, context) => createShellyAdapter(device, context),
  tasmota: createTasmota,
  wled: (device, context) => createWledAdapter(device, context),
  kasa: (device, context) => createKasaAdapter(device, context),
  zigbee2mqtt: (device, context) => createZigbee2mqttAdapter(device, context),
  mqtt: (device, context) => createMqttAdapter(device, context),
  home_assistant: (device, context) => createHomeAssistantAdapter(device, context),
};
