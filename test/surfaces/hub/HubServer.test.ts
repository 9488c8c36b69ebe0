import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { isLoopbackHost, tokenMatches } from '../../../src-main/surfaces/hub/hubAccess.ts';
import { encodeAudioFrame } from '../../../src-main/surfaces/hub/hubProtocol.ts';
import { startTestHub } from './hubTestSupport.ts';
import type { TestHub } from './hubTestSupport.ts';

// The hub's HTTP and WebSocket edges: headers, message validation, pairing, origin checks.

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a WebSocket; resolves with it open, or rejects with the refusal's status. */
function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

class Client {
  private readonly ws: WebSocket;
  private readonly messages: Record<string, unknown>[] = [];
  private waiters: (() => void)[] = [];
  constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }
  send(data: string | ArrayBuffer | Buffer): void {
    this.ws.send(data);
  }
  async next(match: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    for (;;) {
      const index = this.messages.findIndex(match);
      if (index >= 0) return this.messages.splice(index, 1)[0] as Record<string, unknown>;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
  close(): void {
    this.ws.close();
  }
}

describe('HubServer', () => {
  let hub: TestHub;
  let paired: TestHub;
  before(async () => {
    hub = await startTestHub({ voice: 'none' });
    paired = await startTestHub({ voice: 'none', requireToken: true });
  });
  after(async () => {
    await hub.cleanup();
    await paired.cleanup();
  });

  it('serves the page with a strict CSP and no CORS', async () => {
    const page = await get(hub.server.port, '/', { host: `127.0.0.1:${hub.server.port}` });
    assert.equal(page.status, 200);
    assert.match(page.body, /<script type="module" src="\.\/app\.js"><\/script>/);
    assert.doesNotMatch(page.body, /<script>(?!<)/, 'no inline script');
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(page.headers['access-control-allow-origin'], undefined);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    const script = await get(hub.server.port, '/app.js', { host: `localhost:${hub.server.port}` });
    assert.equal(script.status, 200);
    assert.match(String(script.headers['content-type']), /javascript/);
    assert.equal(
      (await get(hub.server.port, '/nope', { host: `127.0.0.1:${hub.server.port}` })).status,
      404,
    );
  });

  it('answers only to its own host name (DNS rebinding)', async () => {
    const reply = await get(hub.server.port, '/', { host: `evil.example:${hub.server.port}` });
    assert.equal(reply.status, 421);
  });

  it('rejects malformed WebSocket messages with an error and keeps working', async () => {
    const client = new Client(await connect(`ws://127.0.0.1:${hub.server.port}/api`));
    const bad: [string, RegExp][] = [
      ['not json', /not JSON/],
      ['{"id": 1, "method": "launchMissiles", "params": []}', /not a valid call/],
      ['{"id": 2, "method": "sendText", "params": [42]}', /params/],
      ['{"id": 3, "method": "control", "params": ["kitchen_light"]}', /not a valid call/],
      ['{"id": 4, "method": "getHome", "params": [], "extra": true}', /not a valid call/],
      ['{"id": 5, "method": "updateSettings", "params": [{"theme": "purple"}]}', /theme/],
      ['{"id": 6, "method": "confirm", "params": ["no-such-question", true]}', /already answered/],
      ['[]', /not a valid call/],
      ['null', /not a valid call/],
    ];
    for (const [text, expected] of bad) {
      client.send(text);
      const reply = await client.next((m) => typeof m.error === 'string');
      assert.match(String(reply.error), expected, text);
    }
    client.send(Buffer.from([1, 2, 3]));
    assert.match(String((await client.next((m) => 'error' in m)).error), /audio frame/);
    client.send(encodeAudioFrame(new Float32Array(4), 1));
    assert.match(String((await client.next((m) => 'error' in m)).error), /audio frame/);
    // Still alive: a valid call works.
    client.send(JSON.stringify({ id: 7, method: 'getHome', params: [] }));
    const home = await client.next((m) => m.id === 7);
    assert.equal(home.ok, true);
    assert.equal((home.result as { name: string }).name, 'Test flat');
    client.send(
      JSON.stringify({ id: 8, method: 'sendText', params: ['turn on the kitchen light'] }),
    );
    assert.equal((await client.next((m) => m.id === 8)).ok, true);
    client.close();
  });

  it('refuses WebSockets from other sites', async () => {
    await assert.rejects(
      connect(`ws://127.0.0.1:${hub.server.port}/api`, { Origin: 'http://evil.example' }),
      /refused 403/,
    );
  });

  it('needs the pairing token when one is required', async () => {
    const { port, token } = paired.server;
    assert.ok(token && token.length >= 20);
    assert.match(paired.server.url, /\?token=/);
    const host = { host: `127.0.0.1:${port}` };
    assert.equal((await get(port, '/', host)).status, 401);
    assert.equal((await get(port, '/?token=wrong', host)).status, 401);
    const pairing = await get(port, `/?token=${encodeURIComponent(token)}`, host);
    assert.equal(pairing.status, 303);
    const cookie = String(pairing.headers['set-cookie']).split(';')[0] ?? '';
    assert.match(String(pairing.headers['set-cookie']), /HttpOnly; SameSite=Strict/);
    assert.equal((await get(port, '/', { ...host, cookie })).status, 200);

    await assert.rejects(connect(`ws://127.0.0.1:${port}/api`), /refused 401/);
    const ws = await connect(`ws://127.0.0.1:${port}/api`, { cookie });
    ws.close();
    const ws2 = await connect(`ws://127.0.0.1:${port}/api?token=${encodeURIComponent(token)}`);
    ws2.close();
  });

  it('treats only loopback addresses as private and compares tokens safely', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]']) {
      assert.equal(isLoopbackHost(host), true, host);
    }
    for (const host of ['0.0.0.0', '192.168.1.20', '10.0.0.5', '::', 'example.com']) {
      assert.equal(isLoopbackHost(host), false, host);
    }
    assert.equal(tokenMatches('abc', 'abc'), true);
    assert.equal(tokenMatches('abc', 'abd'), false);
    assert.equal(tokenMatches('abc', undefined), false);
    assert.equal(tokenMatches('abc', ''), false);
  });
});
