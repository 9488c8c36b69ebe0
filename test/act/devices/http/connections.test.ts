import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hueConnection } from '../../../../src-main/home/connections/hue.ts';
import { kasaConnection } from '../../../../src-main/home/connections/kasa.ts';
import { shellyConnection } from '../../../../src-main/home/connections/shelly.ts';
import { tasmotaConnection } from '../../../../src-main/home/connections/tasmota.ts';
import { wledConnection } from '../../../../src-main/home/connections/wled.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message).join('; ') ?? '';

describe('connection schemas', () => {
  it('hue: port 80 by default, numeric ids become strings, exactly one of light/group', () => {
    assert.deepEqual(
      hueConnection.parse({ protocol: 'hue', host: '192.168.1.20', username: 'abc123', light: 3 }),
      {
        protocol: 'hue',
        host: '192.168.1.20',
        port: 80,
        username: 'abc123',
        light: '3',
      },
    );
    assert.equal(
      hueConnection.parse({ protocol: 'hue', host: 'bridge.local', username: 'u', group: '0' })
        .group,
      '0',
    );
    const both = hueConnection.safeParse({
      protocol: 'hue',
      host: 'h',
      username: 'u',
      light: '1',
      group: '2',
    });
    assert.match(messages(both), /exactly one of light/);
    assert.equal(
      hueConnection.safeParse({ protocol: 'hue', host: 'h', username: 'u' }).success,
      false,
    );
  });

  it('rejects unknown keys and anything but a host in host', () => {
    assert.equal(
      hueConnection.safeParse({ protocol: 'hue', host: 'h', username: 'u', light: '1', lamp: 2 })
        .success,
      false,
    );
    for (const host of ['http://10.0.0.2', '10.0.0.2/api', '10.0.0.2:80', 'a b', '', '-x.local']) {
      const result = wledConnection.safeParse({ protocol: 'wled', host });
      assert.equal(result.success, false, host);
    }
    assert.match(
      messages(wledConnection.safeParse({ protocol: 'wled', host: 'h:80' })),
      /the port goes in port:/,
    );
    for (const host of ['10.0.0.2', 'fe80::1', 'wled-kitchen.local', 'localhost']) {
      assert.equal(wledConnection.safeParse({ protocol: 'wled', host }).success, true, host);
    }
  });

  it('shelly: generation 2 and channel 0 by default; Gen3/Gen4 accepted', () => {
    assert.deepEqual(shellyConnection.parse({ protocol: 'shelly', host: '10.0.0.3' }), {
      protocol: 'shelly',
      host: '10.0.0.3',
      port: 80,
      generation: 2,
      channel: 0,
    });
    assert.equal(
      shellyConnection.parse({ protocol: 'shelly', host: 'h', generation: 3 }).generation,
      3,
    );
    assert.equal(
      shellyConnection.safeParse({ protocol: 'shelly', host: 'h', generation: 7 }).success,
      false,
    );
  });

  it('tasmota: either host (port 80) or topic (with broker and login)', () => {
    assert.deepEqual(tasmotaConnection.parse({ protocol: 'tasmota', host: '10.0.0.4' }), {
      protocol: 'tasmota',
      host: '10.0.0.4',
      port: 80,
    });
    const mqtt = {
      protocol: 'tasmota',
      topic: 'tasmota_1A2B3C',
      broker: 'mqtt://10.0.0.5:1883',
      username: 'hearth',
      password: 'secret',
    };
    assert.deepEqual(tasmotaConnection.parse(mqtt), mqtt);
    assert.match(
      messages(tasmotaConnection.safeParse({ protocol: 'tasmota' })),
      /either host .* or topic/,
    );
    assert.match(
      messages(tasmotaConnection.safeParse({ protocol: 'tasmota', topic: 't', password: 'x' })),
      /go with the device's own `broker`/,
    );
    assert.equal(
      tasmotaConnection.safeParse({ protocol: 'tasmota', topic: 'tasmota/#' }).success,
      false,
    );
    assert.deepEqual(
      tasmotaConnection.parse({
        protocol: 'tasmota',
        host: 'h',
        username: 'admin',
        password: 'pw',
      }),
      { protocol: 'tasmota', host: 'h', port: 80, username: 'admin', password: 'pw' },
    );
    assert.equal(
      tasmotaConnection.safeParse({ protocol: 'tasmota', host: 'h', topic: 't' }).success,
      false,
    );
    assert.match(
      messages(tasmotaConnection.safeParse({ protocol: 'tasmota', topic: 't', port: 80 })),
      /port is only/,
    );
    assert.match(
      messages(tasmotaConnection.safeParse({ protocol: 'tasmota', host: 'h', broker: 'mqtt://b' })),
      /broker is only/,
    );
  });

  it('wled: segment 0; kasa: port 9999', () => {
    assert.deepEqual(wledConnection.parse({ protocol: 'wled', host: 'wled.local' }), {
      protocol: 'wled',
      host: 'wled.local',
      port: 80,
      segment: 0,
    });
    assert.deepEqual(kasaConnection.parse({ protocol: 'kasa', host: '10.0.0.6' }), {
      protocol: 'kasa',
      host: '10.0.0.6',
      port: 9999,
    });
    assert.equal(
      kasaConnection.safeParse({ protocol: 'kasa', host: '10.0.0.6', port: 70000 }).success,
      false,
    );
  });
});
