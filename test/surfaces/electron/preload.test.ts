import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { ASSISTANT_API_METHODS } from '../../../src-main/core/assistantApi.ts';
import type { AssistantApi, AssistantEvent } from '../../../src-main/core/assistantApi.ts';

// The preload, bundled as scripts/buildDesktop.mjs bundles it (one CommonJS file that may
// require only 'electron'), run against a stand-in of Electron's contextBridge and
// ipcRenderer: the page gets one function per AssistantApi member and never ipcRenderer.

const PRELOAD = fileURLToPath(
  new URL('../../../src-main/surfaces/electron/preload.ts', import.meta.url),
);

interface FakeElectron {
  exposed: Map<string, unknown>;
  invoked: [string, unknown][];
  sent: [string, unknown][];
  listeners: Map<string, (event: unknown, payload: unknown) => void>;
  invokeResult: (channel: string) => Promise<unknown>;
}

let code: string;
before(async () => {
  const result = await build({
    entryPoints: [PRELOAD],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]?.text ?? '';
});

function loadPreload(): { fake: FakeElectron; bridge: AssistantApi; required: string[] } {
  const fake: FakeElectron = {
    exposed: new Map(),
    invoked: [],
    sent: [],
    listeners: new Map(),
    invokeResult: () => Promise.resolve('answer'),
  };
  const ipcRenderer = {
    invoke: (channel: string, args: unknown) => {
      fake.invoked.push([channel, args]);
      return fake.invokeResult(channel);
    },
    send: (channel: string, args: unknown) => fake.sent.push([channel, args]),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      fake.listeners.set(channel, listener);
    },
  };
  const electron = {
    ipcRenderer,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value),
    },
  };
  const required: string[] = [];
  const module = { exports: {} };
  runInNewContext(code, {
    module,
    exports: module.exports,
    console,
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    },
  });
  const bridge = fake.exposed.get('hearth') as AssistantApi;
  // Nothing on the bridge is Electron's own object.
  for (const value of Object.values(bridge)) assert.notEqual(value, ipcRenderer);
  return { fake, bridge, required };
}

describe('preload bridge', () => {
  it('exposes window.hearth: one function per AssistantApi member, nothing else', () => {
    const { fake, bridge, required } = loadPreload();
    assert.deepEqual([...fake.exposed.keys()], ['hearth']);
    assert.deepEqual(
      Object.keys(bridge).sort(),
      [...ASSISTANT_API_METHODS, 'pushAudio', 'subscribe'].sort(),
    );
    for (const value of Object.values(bridge)) assert.equal(typeof value, 'function');
    assert.deepEqual([...new Set(required)], ['electron']);
    assert.doesNotMatch(code, /require\("(?!electron")/, 'no other module in the bundle');
  });

  it('sends each request on its own channel with its arguments as a list', async () => {
    const { fake, bridge } = loadPreload();
    assert.equal(await bridge.sendText('turn on the lights'), 'answer');
    await bridge.control('kitchen_light', 'set_brightness', 40);
    await bridge.updateSettings({ theme: 'dark' });
    await bridge.getHome();
    // The preload runs in a realm of its own: compare plain copies.
    assert.deepEqual(JSON.parse(JSON.stringify(fake.invoked)), [
      ['hearth:sendText', ['turn on the lights']],
      ['hearth:control', ['kitchen_light', 'set_brightness', 40]],
      ['hearth:updateSettings', [{ theme: 'dark' }]],
      ['hearth:getHome', []],
    ]);
    const samples = new Float32Array([0.1, 0.2]);
    bridge.pushAudio(samples, 48_000);
    assert.equal(fake.sent.length, 1);
    const [channel, args] = fake.sent[0] ?? [];
    assert.equal(channel, 'hearth:pushAudio');
    assert.ok(Array.isArray(args));
    assert.equal(args[0], samples, 'the samples are passed as they are, not copied');
    assert.equal(args[1], 48_000);
  });

  it("gives the page main's own words when a request fails", async () => {
    const { fake, bridge } = loadPreload();
    fake.invokeResult = () =>
      Promise.reject(
        new Error(
          "Error invoking remote method 'hearth:sendText': AssistantRequestError: That command is too long.",
        ),
      );
    await assert.rejects(bridge.sendText('x'), { message: 'That command is too long.' });
  });

  it('fans events out to subscribers until they unsubscribe', () => {
    const { fake, bridge } = loadPreload();
    const seen: string[] = [];
    const stop = bridge.subscribe((event) => seen.push(`a:${event.type}`));
    bridge.subscribe(() => {
      throw new Error('a broken listener');
    });
    bridge.subscribe((event) => seen.push(`c:${event.type}`));
    const deliver = fake.listeners.get('hearth:event');
    assert.ok(deliver);
    const originalError = console.error;
    console.error = () => undefined;
    try {
      deliver({ sender: 'ipc' }, { type: 'status', status: 'idle' } satisfies AssistantEvent);
      stop();
      deliver({}, { type: 'level', rms: 0.1 } satisfies AssistantEvent);
    } finally {
      console.error = originalError;
    }
    assert.deepEqual(seen, ['a:status', 'c:status', 'c:level']);
    assert.throws(() => bridge.subscribe('not a function' as never), /needs a function/);
  });
});
