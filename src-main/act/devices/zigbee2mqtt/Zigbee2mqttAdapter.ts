import { z } from 'zod';
import type { Device } from '../../../core/home.ts';
import type { AdapterContext } from '../../../core/state.ts';
import type { Zigbee2mqttConnection } from '../../../home/connections/zigbee2mqtt.ts';
import type { MqttAdapterOptions, MqttCommandPlan } from '../mqtt/MqttDeviceAdapter.ts';
import { MqttDeviceAdapter } from '../mqtt/MqttDeviceAdapter.ts';
import { parseZigbee2mqttState } from './parseZigbee2mqttState.ts';
import { zigbee2mqttCommand } from './zigbee2mqttCommand.ts';

const availabilityJson = z.object({ state: z.enum(['online', 'offline']) });

/**
 * A device behind Zigbee2MQTT: commands as JSON on `<base_topic>/<friendly_name>/set`,
 * state from `<base_topic>/<friendly_name>`, availability from `.../availability` in both
 * the legacy plain style and the JSON style.
 */
export class Zigbee2mqttAdapter extends MqttDeviceAdapter {
  private readonly topic: string;
  private setpointKey: string | undefined;
  private lastActiveMode: string | undefined;

  constructor(
    device: Device,
    context: AdapterContext,
    connection: Zigbee2mqttConnection | undefined,
    options: MqttAdapterOptions & { configProblem?: string } = {},
  ) {
    super({
      device,
      context,
      protocol: 'zigbee2mqtt',
      ownBroker: connection?.broker
        ? { url: connection.broker, username: connection.username, password: connection.password }
        : undefined,
      configProblem: options.configProblem,
      options,
    });
    this.topic = connection ? `${connection.base_topic}/${connection.friendly_name}` : '';
    if (!connection) return;
    this.listen(this.topic, (text, retained) => {
      const parsed = parseZigbee2mqttState(text, device, this.home.unit);
      // Unreadable JSON is dropped: the next good message will set things right.
      if (!parsed) return;
      if (parsed.setpointKey) this.setpointKey = parsed.setpointKey;
      const mode = parsed.update.mode;
      if (mode && mode !== 'off') this.lastActiveMode = mode;
      this.applyUpdate(parsed.update, retained);
    });
    this.listen(`${this.topic}/availability`, (text) => {
      const online = parseAvailability(text);
      if (online !== undefined) this.setOnline(online);
    });
    this.start();
  }

  protected plan(command: string, value: number | string | undefined): MqttCommandPlan {
    const built = zigbee2mqttCommand(this.device, command, value, {
      unit: this.home.unit,
      current: this.current,
      setpointKey: this.setpointKey,
      lastActiveMode: this.lastActiveMode,
    });
    return {
      publishes: [{ topic: `${this.topic}/set`, payload: JSON.stringify(built.payload) }],
      confirms: built.confirms,
    };
  }

  protected async requestState(): Promise<void> {
    // Zigbee2MQTT answers a `/get` for any attribute with the device's state message.
    if (this.device.type === 'sensor' || this.device.type === 'binary_sensor') return;
    await this.publish(`${this.topic}/get`, JSON.stringify({ state: '' }));
  }
}

function parseAvailability(text: string): boolean | undefined {
  const plain = text.trim().toLowerCase();
  if (plain === 'online') return true;
  if (plain === 'offline') return false;
  try {
    const parsed = availabilityJson.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.state === 'online' : undefined;
  } catch {
    return undefined;
  }
}
