import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ASSISTANT_API_METHODS } from '../../../src-main/core/assistantApi.ts';
import type { AssistantApiMethod } from '../../../src-main/core/assistantApi.ts';
import { RejectedRequestError } from '../../../src-main/surfaces/electron/callAssistantMethod.ts';
import {
  RefusedRequestError,
  createIpcHandlers,
  isTrustedSender,
} from '../../../src-main/surfaces/electron/ipcHandlers.ts';
import type { SenderFacts } from '../../../src-main/surfaces/electron/ipcHandlers.ts';
import {
  MAX_AUDIO_SAMPLES,
  MAX_TEXT_LENGTH,
} from '../../../src-main/surfaces/electron/ipcValidators.ts';
import { FakeAssistant } from './fakeAssistant.ts';

// Every handler main registers, fed what a broken or hostile page could send: each refusal
// is a rejected promise (never a synchronous throw), and the assistant is never reached.

const WINDOW_ID = 7;
const TRUSTED: SenderFacts = {
  webContentsId: WINDOW_ID,
  url: 'app://hearth/index.html',
  origin: 'app://hearth',
  isMainFrame: true,
};

function setup(
  options: { muted?: boolean; refuse?: (m: AssistantApiMethod) => string | undefined } = {},
) {
  const api = new FakeAssistant();
  const rejected: string[] = [];
  const handlers = createIpcHandlers(api, {
    trustedWebContentsId: () => WINDOW_ID,
    onRejected: (reason) => rejected.push(reason),
    isMuted: () => options.muted ?? false,
    ...(options.refuse ? { refuse: options.refuse } : {}),
  });
  return { api, handlers, rejected };
}

/** Calls a handler; returns how it ended, failing the test on a synchronous throw. */
async function outcome(run: () => Promise<unknown>): Promise<'resolved' | Error> {
  let promise: Promise<unknown>;
  try {
    promise = run();
  } catch (error) {
    assert.fail(`a handler threw synchronously: ${String(error)}`);
  }
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    assert.ok(error instanceof Error, 'rejections are Errors');
    return error;
  }
}

const VALID: { [K in AssistantApiMethod]: unknown[] } = {
  getHome: [],
  sendText: ['turn on the kitchen light'],
  confirm: ['c1f0-42', true],
  control: ['kitchen_light', 'set_brightness', 40],
  startListening: [],
  stopListening: [],
  getSettings: [],
  updateSettings: [{ theme: 'dark', historyDays: 7 }],
  getHistory: [],
  clearHistory: [],
  listModels: [],
  downloadModel: [{ name: 'hey_jarvis', acceptLicence: true }],
  checkHomeFile: ['/home/me/home.yaml'],
  importHomeAssistant: [{ url: 'http://192.168.1.9:8123', token: 'abc', apply: false }],
};

const HUGE = 'x'.repeat(1_000_000);
const pollution = () => [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"theme": "dark", "__proto__": {"polluted": true}}'),
  Object.assign(Object.create(null), { theme: 'dark', polluted: true }),
];
// Values of every shape a page could put in an argument list.
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  10n,
  '',
  ' ',
  '\0',
  HUGE,
  '../../etc/passwd',
  [],
  [1, 2, 3],
  {},
  { length: 1 },
  new Float32Array(4),
  new Uint8Array(4),
  new Date(0),
  /x/,
  Symbol('s'),
  () => 1,
  ...pollution(),
];

/** A short printable form of any payload (some have no prototype to print with). */
function show(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 80) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** A small deterministic generator, so a failure always reproduces. */
function* randomPayloads(seed: number, count: number): Generator<unknown> {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 5);
    yield Array.from({ length }, () => pick(ODD_VALUES));
  }
}

describe('IPC sender check', () => {
  it('trusts only the app page in the top frame of the trusted window', () => {
    assert.equal(isTrustedSender(TRUSTED, WINDOW_ID), true);
    for (const sender of [
      { ...TRUSTED, webContentsId: 8 },
      { ...TRUSTED, webContentsId: undefined },
      { ...TRUSTED, isMainFrame: false },
      { ...TRUSTED, isMainFrame: undefined },
      { ...TRUSTED, url: 'https://evil.example/' },
      { ...TRUSTED, url: 'file:///tmp/page.html' },
      { ...TRUSTED, url: undefined },
      { ...TRUSTED, origin: 'null' },
      { ...TRUSTED, origin: 'file://' },
      { ...TRUSTED, origin: undefined },
      {},
      null,
      undefined,
      'app://hearth',
    ]) {
      assert.equal(isTrustedSender(sender, WINDOW_ID), false, JSON.stringify(sender));
    }
    assert.equal(isTrustedSender(TRUSTED, undefined), false, 'no window, nobody trusted');
  });
});

describe('IPC handlers', () => {
  it('pass well-formed requests from the window on to the assistant', async () => {
    const { api, handlers, rejected } = setup();
    for (const method of ASSISTANT_API_METHODS) {
      assert.equal(
        await outcome(() => handlers.invoke[method](TRUSTED, VALID[method])),
        'resolved',
      );
    }
    assert.deepEqual(
      api.calls.map(([name]) => name),
      [...ASSISTANT_API_METHODS],
    );
    assert.deepEqual(api.calls.find(([n]) => n === 'control')?.[1], [
      'kitchen_light',
      'set_brightness',
      40,
    ]);
    assert.deepEqual(api.calls.find(([n]) => n === 'updateSettings')?.[1], [
      { theme: 'dark', historyDays: 7 },
    ]);
    // zod fills in the defaults the page left out.
    assert.deepEqual(api.calls.find(([n]) => n === 'downloadModel')?.[1], [
      { name: 'hey_jarvis', acceptLicence: true, allowUnverified: false },
    ]);
    // The page's preload sends an explicit undefined for a missing value.
    assert.equal(
      await outcome(() =>
        handlers.invoke.control(TRUSTED, ['kitchen_light', 'turn_on', undefined]),
      ),
      'resolved',
    );
    assert.deepEqual(api.calls.at(-1)?.[1], ['kitchen_light', 'turn_on']);
    assert.deepEqual(rejected, []);
  });

  it('pass the hands-free settings on: a wake word by name or own model path, and its options', async () => {
    const { api, handlers } = setup();
    const patches = [
      { wakeWord: 'hey_jarvis', wakeThreshold: 0.3, followUpSeconds: 8 },
      { wakeWord: '/home/me/models/my_word.onnx', voiceUnlock: true, spokenReplies: false },
      { wakeWord: 'C:\\Users\\me\\word.ONNX' },
      { wakeWord: 'off', wakeThreshold: 0.95, followUpSeconds: 0 },
    ];
    for (const patch of patches)
      assert.equal(
        await outcome(() => handlers.invoke.updateSettings(TRUSTED, [patch])),
        'resolved',
      );
    assert.deepEqual(
      api.calls.filter(([n]) => n === 'updateSettings').map(([, args]) => args[0]),
      patches,
    );
  });

  it('reject every request from anywhere but the window, before looking at it', async () => {
    const { api, handlers, rejected } = setup();
    const strangers: unknown[] = [
      { ...TRUSTED, webContentsId: 99 },
      { ...TRUSTED, isMainFrame: false },
      { ...TRUSTED, url: 'https://evil.example/', origin: 'https://evil.example' },
      { ...TRUSTED, url: 'file:///home/me/evil.html', origin: 'file://' },
      {},
      null,
    ];
    for (const method of ASSISTANT_API_METHODS) {
      for (const sender of strangers) {
        const result = await outcome(() => handlers.invoke[method](sender, VALID[method]));
        assert.ok(
          result instanceof RejectedRequestError,
          `${method} from ${JSON.stringify(sender)}`,
        );
        assert.match(result.message, /not its own window/);
      }
    }
    assert.deepEqual(api.calls, []);
    assert.equal(rejected.length, ASSISTANT_API_METHODS.length * strangers.length);
  });

  it('reject malformed arguments of every member: wrong types, sizes, extra arguments', async () => {
    const { api, handlers } = setup();
    const bad: { [K in AssistantApiMethod]: unknown[] } = {
      getHome: [['extra']],
      sendText: [
        [],
        [''],
        ['   '],
        [42],
        [HUGE],
        ['x'.repeat(MAX_TEXT_LENGTH + 1)],
        ['a', 'b'],
        [{ text: 'hi' }],
      ],
      confirm: [
        [],
        ['id'],
        ['id', 'yes'],
        ['', true],
        ['bad id!', true],
        ['x'.repeat(201), true],
        ['id', true, 1],
        [1, true],
      ],
      control: [
        [],
        ['kitchen_light'],
        ['Kitchen Light', 'turn_on'],
        ['kitchen_light', 'TURN_ON'],
        ['kitchen_light', 'turn on'],
        ['kitchen_light', 'set_brightness', NaN],
        ['kitchen_light', 'set_brightness', Infinity],
        ['kitchen_light', 'set_brightness', { value: 1 }],
        ['kitchen_light', 'set_color', 'x'.repeat(201)],
        ['kitchen_light', 'turn_on', 1, 2],
        [HUGE, 'turn_on'],
        ['../x', 'turn_on'],
      ],
      startListening: [[true]],
      stopListening: [[{}]],
      getSettings: [[1]],
      updateSettings: [
        [],
        [null],
        ['dark'],
        [{ theme: 'purple' }],
        [{ historyDays: -1 }],
        [{ historyDays: 1.5 }],
        [{ historyDays: '7' }],
        [{ microphoneId: HUGE }],
        [{ sttModel: 'Bad Name' }],
        [{ homeFile: '' }],
        [{ homeFile: 'a\0b.yaml' }],
        [{ wakeWord: '' }],
        [{ wakeWord: 'Hey Jarvis' }],
        [{ wakeWord: '../../etc/passwd' }],
        [{ wakeWord: 'relative/word.onnx' }],
        [{ wakeWord: '/home/me/word.txt' }],
        [{ wakeWord: '/home/me/a\0b.onnx' }],
        [{ wakeWord: HUGE }],
        [{ wakeWord: null }],
        [{ wakeThreshold: 0 }],
        [{ wakeThreshold: 1 }],
        [{ wakeThreshold: NaN }],
        [{ wakeThreshold: '0.5' }],
        [{ followUpSeconds: -1 }],
        [{ followUpSeconds: 61 }],
        [{ followUpSeconds: Infinity }],
        [{ voiceUnlock: 'yes' }],
        [{ voiceUnlock: 1 }],
        [{ spokenReplies: null }],
        [{ unknownKey: true }],
        [{ theme: 'dark' }, { theme: 'light' }],
        ...pollution().map((patch) => [patch]),
      ],
      getHistory: [[0]],
      clearHistory: [['all']],
      listModels: [[null]],
      downloadModel: [
        [],
        ['hey_jarvis'],
        [{}],
        [{ name: '' }],
        [{ name: 'Hey Jarvis' }],
        [{ name: '../../etc/passwd' }],
        [{ name: '/home/me/own.onnx' }],
        [{ name: HUGE }],
        [{ name: 'hey_jarvis', acceptLicence: 'yes' }],
        [{ name: 'hey_jarvis', allowUnverified: 1 }],
        [{ name: 'hey_jarvis', url: 'https://example.com/x.onnx' }],
        [{ name: 'hey_jarvis' }, { name: 'alexa' }],
        ...pollution().map((request) => [request]),
      ],
      checkHomeFile: [[], [''], [HUGE], ['x'.repeat(4097)], ['a\0.yaml'], [1], [['a.yaml']]],
      importHomeAssistant: [
        [],
        [{ url: 'http://h:8123', token: 'abc' }],
        [{ url: 'http://h:8123', token: HUGE, apply: true }],
        [{ url: 'http://h:8123', token: 'abc', apply: true, extra: 1 }],
      ],
    };
    for (const method of ASSISTANT_API_METHODS) {
      for (const args of [
        ...bad[method],
        'not a list',
        42,
        null,
        undefined,
        { 0: 'a', length: 1 },
      ]) {
        const result = await outcome(() => handlers.invoke[method](TRUSTED, args));
        assert.ok(
          result instanceof RejectedRequestError,
          `${method}(${show(args)}) was let through`,
        );
        assert.ok(result.message.length < 300, 'the refusal does not echo the payload back');
      }
    }
    assert.deepEqual(api.calls, []);
    assert.equal(({} as { polluted?: unknown }).polluted, undefined, 'no prototype was polluted');
  });

  it('survive random payloads of odd values on every member', async () => {
    const { api, handlers } = setup();
    let passed = 0;
    for (const method of ASSISTANT_API_METHODS) {
      for (const args of randomPayloads(ASSISTANT_API_METHODS.indexOf(method) + 1, 300)) {
        const result = await outcome(() => handlers.invoke[method](TRUSTED, args));
        if (result === 'resolved') passed++;
        else assert.ok(result instanceof RejectedRequestError, `${method}: ${result.message}`);
      }
    }
    // Whatever got through was well-formed: check each call against its schema's shape.
    for (const [name, args] of api.calls) {
      assert.ok((ASSISTANT_API_METHODS as readonly string[]).includes(name));
      if (name === 'sendText') assert.ok(typeof args[0] === 'string' && args[0].trim() !== '');
    }
    assert.equal(api.calls.length, passed);
    assert.equal(({} as { polluted?: unknown }).polluted, undefined);
  });

  it('turn down listening while muted, without reaching the assistant', async () => {
    const { api, handlers } = setup({
      refuse: (method) => (method === 'startListening' ? 'The microphone is muted.' : undefined),
    });
    const result = await outcome(() => handlers.invoke.startListening(TRUSTED, []));
    assert.ok(result instanceof RefusedRequestError);
    assert.equal(result.message, 'The microphone is muted.');
    assert.equal(await outcome(() => handlers.invoke.stopListening(TRUSTED, [])), 'resolved');
    assert.deepEqual(
      api.calls.map(([n]) => n),
      ['stopListening'],
    );
  });
});

describe('IPC audio', () => {
  it('passes finite microphone audio from the window on', () => {
    const { api, handlers } = setup();
    const samples = new Float32Array([0, 0.5, -0.5]);
    handlers.pushAudio(TRUSTED, [samples, 48_000]);
    assert.equal(api.calls.length, 1);
    assert.equal(api.calls[0]?.[0], 'pushAudio');
    assert.deepEqual(api.calls[0]?.[1], [samples, 48_000]);
  });

  it('drops, never throws on, audio that is malformed, foreign or muted', () => {
    const { api, handlers, rejected } = setup();
    const good = new Float32Array(480);
    const malformed: unknown[] = [
      [],
      [good],
      [good, 48_000, 'extra'],
      [new Float64Array(480), 48_000],
      [Array.from(good), 48_000],
      [new Float32Array(0), 48_000],
      [new Float32Array(MAX_AUDIO_SAMPLES + 1), 48_000],
      [new Float32Array([0, NaN]), 48_000],
      [new Float32Array([Infinity]), 48_000],
      [good, 0],
      [good, 44_100.5],
      [good, 1_000_000],
      [good, '48000'],
      ...pollution().map((p) => [p, 48_000]),
      ...randomPayloads(99, 200),
      null,
      'audio',
    ];
    for (const args of malformed) assert.doesNotThrow(() => handlers.pushAudio(TRUSTED, args));
    for (const sender of [
      { ...TRUSTED, webContentsId: 1 },
      { ...TRUSTED, isMainFrame: false },
      null,
    ]) {
      assert.doesNotThrow(() => handlers.pushAudio(sender, [good, 48_000]));
    }
    assert.deepEqual(api.calls, []);
    assert.ok(rejected.length >= malformed.length);

    const muted = setup({ muted: true });
    muted.handlers.pushAudio(TRUSTED, [good, 48_000]);
    assert.deepEqual(muted.api.calls, [], 'muted audio is dropped');
  });

  it('keeps a failing assistant from escaping into the event loop', () => {
    const { api, handlers, rejected } = setup();
    api.pushAudio = () => {
      throw new Error('native crash');
    };
    assert.doesNotThrow(() => handlers.pushAudio(TRUSTED, [new Float32Array(4), 16_000]));
    assert.match(rejected.at(-1) ?? '', /native crash/);
  });
});
