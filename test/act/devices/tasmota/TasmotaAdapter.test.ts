import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createTasmotaAdapter } from '../../../../src-main/act/devices/tasmota/createTasmotaAdapter.ts';
import type { DeviceType } from '../../../../src-main/core/home.ts';
import { TasmotaSimulator } from '../../../simulators/tasmota/TasmotaSimulator.ts';
import { context, device, recordingRetry, serveDuringTests } from '../http/deviceFixtures.ts';

const sim = new TasmotaSimulator();
serveDuringTests(sim);

function adapter(type: DeviceType = 'light', extra: Record<string, unknown> = {}) {
  const d = device('strip', 'Shelf strip', type, {
    protocol: 'tasmota',
    host: '127.0.0.1',
    port: sim.port,
    ...extra,
  });
  return createTasmotaAdapter(d, context([d]), { retry: recordingRetry() });
}
const commands = () => sim.requests.map((r) => r.path);

beforeEach(() => {
  sim.password = undefined;
  Object.assign(sim, { power: false, dimmer: 60, ct: 300, whiteMode: true });
  sim.shutter = { position: 0, direction: 0, target: 0 };
});

describe('Tasmota over HTTP', () => {
  it('sends Power On / Power Off on /cm and confirms from the reply', async () => {
    const a = adapter('switch');
    assert.deepEqual(await a.execute('turn_on'), {
      device: 'strip',
      command: 'turn_on',
      outcome: 'ok',
    });
    assert.equal((await a.execute('turn_off')).outcome, 'ok');
    assert.deepEqual(commands(), ['/cm?cmnd=Power%20On', '/cm?cmnd=Power%20Off']);
    assert.equal(sim.requests[0]!.method, 'GET');
    a.dispose();
  });

  it('dims with Dimmer <percent>; 0% is Power Off', async () => {
    const a = adapter();
    assert.equal((await a.execute('set_brightness', 45)).outcome, 'ok');
    assert.equal((await a.execute('set_brightness', 0)).outcome, 'ok');
    assert.deepEqual(commands(), ['/cm?cmnd=Dimmer%2045', '/cm?cmnd=Power%20Off']);
    assert.equal(sim.power, false);
    a.dispose();
  });

  it('changes brightness from the State it reads first', async () => {
    sim.power = true;
    const a = adapter();
    assert.equal((await a.execute('change_brightness', 25)).outcome, 'ok');
    assert.deepEqual(commands(), ['/cm?cmnd=State', '/cm?cmnd=Dimmer%2085']);
    a.dispose();
  });

  it('sets colours with Color #RRGGBB and reads them back from HSBColor', async () => {
    const a = adapter();
    assert.equal((await a.execute('set_color', 'orange')).outcome, 'ok');
    assert.deepEqual(commands(), ['/cm?cmnd=Color%20%23FFA500']);
    const state = await a.read();
    assert.equal(state.state, 'on');
    assert.equal(state.color, '#ffa600');
    a.dispose();
  });

  it('sets white with CT in mireds, clamped to 153-500', async () => {
    const a = adapter();
    assert.equal((await a.execute('set_color_temp', 4000)).outcome, 'ok');
    assert.equal((await a.execute('set_color_temp', 1500)).outcome, 'ok');
    assert.deepEqual(commands(), ['/cm?cmnd=CT%20250', '/cm?cmnd=CT%20500']);
    assert.deepEqual(await a.read(), {
      available: true,
      state: 'on',
      brightness: 60,
      color_temp: 2000,
    });
    a.dispose();
  });

  it('drives a shutter and reads its position', async () => {
    const a = adapter('cover');
    assert.equal((await a.execute('open')).outcome, 'ok');
    assert.equal((await a.execute('stop')).outcome, 'ok');
    assert.equal((await a.execute('set_position', 30)).outcome, 'ok');
    assert.equal((await a.execute('close')).outcome, 'ok');
    sim.shutter = { position: 30, direction: 0, target: 30 };
    assert.deepEqual(await a.read(), { available: true, state: 'open', position: 30 });
    assert.deepEqual(commands(), [
      '/cm?cmnd=ShutterOpen',
      '/cm?cmnd=ShutterStop',
      '/cm?cmnd=ShutterPosition%2030',
      '/cm?cmnd=ShutterClose',
      '/cm?cmnd=ShutterPosition',
    ]);
    a.dispose();
  });

  it('logs in with user and password when the home file gives them', async () => {
    sim.password = 'p@ss word';
    const a = adapter('switch', { username: 'admin', password: 'p@ss word' });
    assert.equal((await a.execute('turn_on')).outcome, 'ok');
    assert.deepEqual(commands(), ['/cm?user=admin&password=p%40ss%20word&cmnd=Power%20On']);
    a.dispose();
  });

  it('a wrong password is an auth failure that does not show the password', async () => {
    sim.password = 'right-password';
    const a = adapter('switch', { password: 'wrong-password' });
    const outcome = await a.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(
      outcome.error!,
      /^Shelf strip \(tasmota 127\.0\.0\.1:\d+\) rejected Hearth's login/,
    );
    assert.ok(!outcome.error!.includes('wrong-password'));
    assert.equal(sim.requests.length, 1);
    a.dispose();
  });

  it('refuses to build an HTTP adapter for Tasmota over MQTT', () => {
    const d = device('t', 'T', 'switch', { protocol: 'tasmota', topic: 'tasmota_1A2B3C' });
    assert.throws(() => createTasmotaAdapter(d, context([d])), /needs the MQTT adapter/);
  });
});
