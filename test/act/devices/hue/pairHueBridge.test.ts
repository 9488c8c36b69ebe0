import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DeviceError } from '../../../../src-main/act/devices/DeviceError.ts';
import { pairHueBridge } from '../../../../src-main/act/devices/hue/pairHueBridge.ts';
import { HueSimulator } from '../../../simulators/hue/HueSimulator.ts';
import { bodyOf } from '../http/HttpSimulator.ts';
import { serveDuringTests } from '../http/deviceFixtures.ts';

const sim = new HueSimulator();
serveDuringTests(sim);

describe('pairHueBridge', () => {
  it('asks to press the link button until it is pressed', async () => {
    sim.linkButtonPressed = false;
    await assert.rejects(pairHueBridge({ host: '127.0.0.1', port: sim.port }), (error: unknown) => {
      assert.ok(error instanceof DeviceError);
      assert.equal(error.failure, 'auth');
      assert.equal(
        error.message,
        `The hue bridge at 127.0.0.1:${sim.port} is waiting for its link button: press the link button on the bridge, then try again within 30 s`,
      );
      return true;
    });
    const request = sim.requests.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/api');
    assert.match((bodyOf(request) as { devicetype: string }).devicetype, /^hearth#.{1,19}$/);
  });

  it('returns the username once the button is pressed', async () => {
    sim.linkButtonPressed = true;
    assert.equal(
      await pairHueBridge({ host: '127.0.0.1', port: sim.port, deviceType: 'hearth#test' }),
      sim.username,
    );
    assert.deepEqual(bodyOf(sim.requests.at(-1)), { devicetype: 'hearth#test' });
  });

  it('says plainly when nothing answers there', async () => {
    const port = sim.port;
    await sim.stop();
    try {
      await assert.rejects(pairHueBridge({ host: '127.0.0.1', port }), {
        message: `The hue bridge at 127.0.0.1:${port} refused the connection`,
      });
    } finally {
      await sim.start();
    }
  });
});
