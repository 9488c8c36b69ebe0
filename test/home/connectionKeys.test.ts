// Each protocol's connection keys are checked with the rest of the home file, with places.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HomeFileError } from '../../src-main/core/errors.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

function problems(yaml: string): string[] {
  try {
    parseHome(yaml, 'home.yaml');
  } catch (error) {
    assert.ok(error instanceof HomeFileError);
    return error.message.split('\n');
  }
  assert.fail('expected the home file to be refused');
}

const device = (connection: string): string => `devices:
  - id: lamp
    name: Lamp
    type: light
    connection: ${connection}
`;

describe('connection keys', () => {
  it('accepts every protocol in its documented form, with port defaults', () => {
    const home = parseHome(
      `devices:
  - { id: a, name: A, type: light, connection: { protocol: hue, host: 10.0.0.2, username: abcdef, light: 3 } }
  - { id: b, name: B, type: switch, connection: { protocol: shelly, host: 10.0.0.3 } }
  - { id: c, name: C, type: light, connection: { protocol: tasmota, host: 10.0.0.4 } }
  - { id: d, name: D, type: light, connection: { protocol: tasmota, topic: lamp_d } }
  - { id: e, name: E, type: light, connection: { protocol: wled, host: 10.0.0.5 } }
  - { id: f, name: F, type: switch, connection: { protocol: kasa, host: 10.0.0.6 } }
  - { id: g, name: G, type: light, connection: { protocol: zigbee2mqtt, friendly_name: desk } }
  - { id: h, name: H, type: switch, connection: { protocol: mqtt, command_topic: home/h/set } }
mqtt: { url: "mqtt://10.0.0.1:1883" }
`,
      'home.yaml',
    );
    const hue = home.devices[0]!.connection!;
    assert.equal(hue.light, '3');
    assert.equal(hue.port, 80);
    assert.equal(home.devices[5]!.connection!.port, 9999);
  });

  it('a missing key is named with its line', () => {
    const lines = problems(device('{ protocol: hue, host: 10.0.0.2, light: "1" }'));
    assert.ok(
      lines.some((l) => /^home\.yaml:5:\d+: .*username/.test(l)),
      lines.join('\n'),
    );
  });

  it('an unknown key is refused', () => {
    const lines = problems(device('{ protocol: wled, host: 10.0.0.2, colour: red }'));
    assert.ok(
      lines.some((l) => /colour/.test(l)),
      lines.join('\n'),
    );
  });
});
