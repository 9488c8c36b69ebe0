import assert from 'node:assert/strict';
import { MqttBrokerPool } from '../../../../src-main/act/devices/mqtt/MqttBrokerPool.ts';
import type { MqttAdapterOptions } from '../../../../src-main/act/devices/mqtt/MqttDeviceAdapter.ts';
import type { Connection, Device, Home } from '../../../../src-main/core/home.ts';
import type { AdapterContext, DeviceAdapter } from '../../../../src-main/core/state.ts';
import { Mosquitto } from '../../../support/mosquitto.ts';
import { MqttRecorder, makeDevice, makeHome, trackUnhandledRejections } from './testing.ts';

// What every MQTT adapter suite runs on: a real Mosquitto, a home that points at it, the
// broker pool the adapters share, and a recorder of everything published. Unhandled
// rejections are collected from the moment it is made.

export type MqttAdapterFactory = (
  device: Device,
  context: AdapterContext,
  options: MqttAdapterOptions,
) => DeviceAdapter;

export class MqttTestBed {
  broker!: Mosquitto;
  /** No devices: each test makes the adapters it needs. */
  home!: Home;
  pool!: MqttBrokerPool;
  recorder!: MqttRecorder;
  /** Every adapter made in the suite, for disposeAdapters(). */
  readonly adapters: DeviceAdapter[] = [];
  private readonly rejections = trackUnhandledRejections();

  /** Call in before(). */
  async start(): Promise<void> {
    this.broker = await Mosquitto.start();
    this.home = makeHome(this.broker.url, []);
    this.pool = new MqttBrokerPool({
      reconnectMinMs: 50,
      reconnectMaxMs: 300,
      connectTimeoutMs: 1000,
    });
    this.recorder = await MqttRecorder.start(this.broker.url);
  }

  /**
   * The adapter `create` makes for a device called `name` (its id made from the name) on
   * this broker, with the shared pool; disposeAdapters() disposes it.
   */
  adapter(
    create: MqttAdapterFactory,
    name: string,
    type: Device['type'],
    connection: Connection,
    timeoutMs = 1500,
  ): DeviceAdapter {
    const device = makeDevice(name.toLowerCase().replace(/\W+/g, '_'), name, type, connection);
    const adapter = create(device, { home: this.home, timeoutMs }, { pool: this.pool });
    this.adapters.push(adapter);
    return adapter;
  }

  /** Call first in after(): disposes every adapter and checks the pool let go of the broker. */
  async disposeAdapters(): Promise<void> {
    await Promise.all(this.adapters.map((a) => a.dispose()));
    assert.equal(this.pool.size, 0, 'every broker client is closed once its devices are disposed');
  }

  /** Call last in after(): closes the recorder and the broker, then checks for rejections. */
  async stop(): Promise<void> {
    await this.recorder.close();
    await this.broker.dispose();
    assert.deepEqual(this.rejections.stop(), [], 'no unhandled rejections');
  }
}
