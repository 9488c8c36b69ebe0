import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHueAdapter } from '../../../../src-main/act/devices/hue/createHueAdapter.ts';
import { createKasaAdapter } from '../../../../src-main/act/devices/kasa/createKasaAdapter.ts';
import { createShellyAdapter } from '../../../../src-main/act/devices/shelly/createShellyAdapter.ts';
import { createTasmotaAdapter } from '../../../../src-main/act/devices/tasmota/createTasmotaAdapter.ts';
import { createWledAdapter } from '../../../../src-main/act/devices/wled/createWledAdapter.ts';
import { HearthError } from '../../../../src-main/core/errors.ts';
import type { AdapterFactory } from '../../../../src-main/core/state.ts';
import { context, device } from './deviceFixtures.ts';

// The registry keys these by protocol; the annotation makes a signature drift a type error.
const factories: Record<string, AdapterFactory> = {
  hue: createHueAdapter,
  shelly: createShellyAdapter,
  tasmota: createTasmotaAdapter,
  wled: createWledAdapter,
  kasa: createKasaAdapter,
};

describe('adapter factories', () => {
  it('refuse a connection that does not fit their protocol, naming the device, never the secret', () => {
    for (const [protocol, make] of Object.entries(factories)) {
      const d = device('bad_one', 'Bad one', 'light', {
        protocol: 'virtual',
        password: 'do-not-print-me',
      });
      assert.throws(
        () => make(d, context([d])),
        (error: unknown) =>
          error instanceof HearthError &&
          error.message.includes('"bad_one"') &&
          !error.message.includes('do-not-print-me'),
        protocol,
      );
    }
  });

  it('build an adapter for the device id without touching the network', async () => {
    for (const [protocol, make] of Object.entries(factories)) {
      const connection =
        protocol === 'hue'
          ? { protocol, host: '127.0.0.1', username: 'someone', light: 1 }
          : { protocol, host: '127.0.0.1' };
      const d = device(`${protocol}_lamp`, 'Lamp', 'light', connection as never);
      const adapter = make(d, context([d]));
      assert.equal(adapter.deviceId, `${protocol}_lamp`);
      await adapter.dispose();
    }
  });
});
