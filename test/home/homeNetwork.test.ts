// Hosts, brokers and URLs outside the home network are refused, at their line:column,
// unless the device's connection (or the mqtt block) says allow_internet: true.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HomeFileError } from '../../src-main/core/errors.ts';
import { isHomeNetworkHost, outsideHomeNetwork } from '../../src-main/home/homeNetwork.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

function problems(text: string): string[] {
  try {
    parseHome(text, 'h.yaml');
  } catch (error) {
    assert.ok(error instanceof HomeFileError, String(error));
    return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  }
  return [];
}

const device = (connection: string) =>
  `devices:\n  - id: lamp\n    name: Lamp\n    type: light\n    connection: ${connection}\n`;

describe('isHomeNetworkHost', () => {
  test('private, link-local and loopback addresses and local names are home', () => {
    for (const host of [
      '192.168.1.20',
      '10.0.0.5',
      '172.16.0.1',
      '172.31.255.254',
      '127.0.0.1',
      '169.254.10.1',
      '::1',
      '[fe80::1]',
      'fd12:3456::1',
      '::ffff:192.168.1.2',
      'hue-bridge',
      'kitchen.local',
      'ha.home.arpa',
      'broker.lan',
      'nas.internal',
      'box.localdomain.',
      'localhost',
    ]) {
      assert.equal(isHomeNetworkHost(host), true, host);
    }
  });

  test('public addresses and names are not', () => {
    for (const host of [
      '8.8.8.8',
      '172.32.0.1',
      '100.64.0.1',
      '2001:4860:4860::8888',
      '::ffff:8.8.8.8',
      'broker.hivemq.com',
      'example.local.com',
      '1.2',
      '',
    ]) {
      assert.equal(isHomeNetworkHost(host), false, host);
    }
    assert.match(outsideHomeNetwork('mqtts://u:p@broker.hivemq.com:8883') ?? '', /not on the home/);
    assert.equal(outsideHomeNetwork('mqtt://192.168.1.5:1883'), undefined);
  });
});

describe('allow_internet in the home file', () => {
  test('a device host on a public address is refused at its place', () => {
    const found = problems(device('{ protocol: hue, host: 8.8.8.8, username: abc, light: "1" }'));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(
      found[0] ?? '',
      /^5:\d+ .*8\.8\.8\.8 is not on the home network.*allow_internet: true/,
    );
  });

  test('allow_internet: true on the connection accepts it', () => {
    const home = parseHome(
      device('{ protocol: hue, host: 8.8.8.8, username: abc, light: "1", allow_internet: true }'),
      'h.yaml',
    );
    assert.equal(home.devices[0]?.connection?.host, '8.8.8.8');
  });

  test("a device's own broker and the home mqtt block are checked too", () => {
    const own = problems(
      device(
        '{ protocol: zigbee2mqtt, friendly_name: lamp, broker: "mqtt://broker.hivemq.com:1883" }',
      ),
    );
    assert.match(own.join('\n'), /broker\.hivemq\.com is not on the home network/);
    const block = problems('mqtt:\n  url: mqtts://broker.hivemq.com:8883\n  password: x\n');
    assert.match(block[0] ?? '', /^2:\d+ .*broker\.hivemq\.com is not on the home network/);
    const allowed = parseHome(
      'mqtt:\n  url: mqtts://broker.hivemq.com:8883\n  allow_internet: true\n',
      'h.yaml',
    );
    assert.equal(allowed.mqtt?.url, 'mqtts://broker.hivemq.com:8883');
    assert.equal(problems('mqtt:\n  url: mqtt://192.168.1.5:1883\n').length, 0);
  });

  test('allow_internet must be true or false', () => {
    const found = problems(
      device(
        '{ protocol: hue, host: 192.168.1.2, username: abc, light: "1", allow_internet: yes please }',
      ),
    );
    assert.equal(found.length, 1, found.join('\n'));
  });
});
