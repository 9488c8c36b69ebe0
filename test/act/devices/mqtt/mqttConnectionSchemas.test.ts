import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mqttConnection } from '../../../../src-main/home/connections/mqtt.ts';
import { zigbee2mqttConnection } from '../../../../src-main/home/connections/zigbee2mqtt.ts';

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return (result.error?.issues ?? []).map((i) => i.message).join(' | ');
}

describe('zigbee2mqtt connection keys', () => {
  test('friendly_name is required; base_topic defaults to zigbee2mqtt', () => {
    assert.deepEqual(
      zigbee2mqttConnection.parse({ protocol: 'zigbee2mqtt', friendly_name: 'Hall light' }),
      {
        protocol: 'zigbee2mqtt',
        friendly_name: 'Hall light',
        base_topic: 'zigbee2mqtt',
      },
    );
    assert.equal(zigbee2mqttConnection.safeParse({ protocol: 'zigbee2mqtt' }).success, false);
  });

  test('an own broker with credentials is accepted; credentials alone are not', () => {
    const own = {
      protocol: 'zigbee2mqtt',
      friendly_name: 'x',
      broker: 'mqtt://10.0.0.2:1883',
      username: 'u',
      password: 'p',
    };
    assert.equal(zigbee2mqttConnection.safeParse(own).success, true);
    const alone = zigbee2mqttConnection.safeParse({
      protocol: 'zigbee2mqtt',
      friendly_name: 'x',
      password: 'p',
    });
    assert.match(messages(alone), /go with the device's own `broker`/);
    const http = zigbee2mqttConnection.safeParse({
      protocol: 'zigbee2mqtt',
      friendly_name: 'x',
      broker: 'http://h',
    });
    assert.match(messages(http), /broker URL such as mqtt:/);
  });

  test('wildcards, unknown keys and non-string names are refused', () => {
    for (const name of ['lamps/#', 'lamp+1', '']) {
      assert.equal(
        zigbee2mqttConnection.safeParse({ protocol: 'zigbee2mqtt', friendly_name: name }).success,
        false,
        name,
      );
    }
    assert.match(
      messages(
        zigbee2mqttConnection.safeParse({ protocol: 'zigbee2mqtt', friendly_name: 'x', host: 'h' }),
      ),
      /Unrecognized key/,
    );
    assert.equal(
      zigbee2mqttConnection.safeParse({ protocol: 'zigbee2mqtt', friendly_name: 0x00158d }).success,
      false,
    );
  });
});

describe('generic mqtt connection keys', () => {
  test('defaults: ON/OFF payloads, scales of 100, mireds, hex colours, QoS 0', () => {
    const c = mqttConnection.parse({ protocol: 'mqtt', command_topic: 'a/b' });
    assert.equal(c.payload_on, 'ON');
    assert.equal(c.payload_off, 'OFF');
    assert.equal(c.brightness_scale, 100);
    assert.equal(c.color_temp_unit, 'mireds');
    assert.equal(c.color_format, 'hex');
    assert.equal(c.qos, 0);
    assert.equal(c.retain, false);
  });

  test('numbers and booleans written in YAML become payload strings', () => {
    const c = mqttConnection.parse({
      protocol: 'mqtt',
      command_topic: 'a',
      payload_on: 1,
      payload_off: false,
    });
    assert.equal(c.payload_on, '1');
    assert.equal(c.payload_off, 'false');
  });

  test('templates need {{value}}; payloads only for plain commands; unknown keys refused', () => {
    const base = { protocol: 'mqtt', command_topic: 'a' };
    assert.match(
      messages(mqttConnection.safeParse({ ...base, brightness_command_template: '{"b":1}' })),
      /\{\{value\}\}/,
    );
    assert.equal(mqttConnection.safeParse({ ...base, payloads: { play: 'PLAY' } }).success, true);
    assert.equal(
      mqttConnection.safeParse({ ...base, payloads: { set_brightness: 'x' } }).success,
      false,
    );
    assert.match(
      messages(mqttConnection.safeParse({ ...base, brightness_topic: 'b' })),
      /Unrecognized key/,
    );
    assert.equal(mqttConnection.safeParse({ ...base, state_topic: 'x/+/y' }).success, false);
  });
});
