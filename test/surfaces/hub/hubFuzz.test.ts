import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { loopbackHostHeaders } from '../../../src-main/surfaces/hub/hubAccess.ts';
import { HUB_HEADERS } from '../../../src-main/surfaces/hub/hubHeaders.ts';
import { startTestHub } from './hubTestSupport.ts';
import type { TestHub } from './hubTestSupport.ts';

// Malformed requests on raw sockets: every one is answered (or the socket closed), none
// takes the hub down, and every answer carries the hub's security headers.

/** Sends raw bytes to 127.0.0.1:port; resolves with whatever came back before the close. */
function raw(port: number, bytes: string | Buffer, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(text);
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes);
  });
}

const statusOf = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);

function assertHeaders(reply: string, what: string): void {
  const head = reply.split('\r\n\r\n')[0]?.toLowerCase() ?? '';
  for (const name of Object.keys(HUB_HEADERS)) {
    assert.ok(head.includes(`${name.toLowerCase()}:`), `${what}: no ${name} in ${head}`);
  }
}

describe('hub under malformed input', () => {
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

  async function servesPage(server: TestHub): Promise<void> {
    const host = `127.0.0.1:${server.server.port}`;
    const token = server.server.token;
    const cookie = token ? `Cookie: hearth_pairing=${encodeURIComponent(token)}\r\n` : '';
    const reply = await raw(
      server.server.port,
      `GET / HTTP/1.1\r\nHost: ${host}\r\n${cookie}Connection: close\r\n\r\n`,
    );
    assert.ok(reply.includes('<!doctype html') || reply.includes('<!DOCTYPE html'), reply);
  }

  it('answers 400 to a target new URL cannot parse, and carries on', async () => {
    const port = hub.server.port;
    const host = `127.0.0.1:${port}`;
    for (const target of ['//[', '//[::1', '/%', '//a:b@[x]/', 'http://[', '*']) {
      const reply = await raw(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      assert.ok([400, 404].includes(statusOf(reply)), `${target}: ${reply}`);
      assertHeaders(reply, target);
    }
    await servesPage(hub);
  });

  it('survives a malformed pairing cookie and still asks for the token', async () => {
    const port = paired.server.port;
    for (const cookie of ['hearth_pairing=%', 'hearth_pairing=%E0%A4%A', 'hearth_pairing=%%;x']) {
      const reply = await raw(
        port,
        `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\n\r\n`,
      );
      assert.equal(statusOf(reply), 401, `${cookie}: ${reply}`);
      assertHeaders(reply, cookie);
      const upgrade = await raw(
        port,
        `GET /api HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\n` +
          'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
      assert.equal(statusOf(upgrade), 401, `${cookie} upgrade: ${upgrade}`);
      assertHeaders(upgrade, `${cookie} upgrade`);
    }
    await servesPage(paired);
  });

  it("gives Node's own 400 and 431 answers the security headers", async () => {
    const port = hub.server.port;
    const bad = await raw(port, 'GARBAGE\r\n\r\n');
    assert.equal(statusOf(bad), 400, bad);
    assertHeaders(bad, 'garbage');
    const big = await raw(
      port,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    assert.equal(statusOf(big), 431, big.slice(0, 200));
    assertHeaders(big, 'big headers');
    await servesPage(hub);
  });

  it('refuses bad upgrades with the security headers', async () => {
    const port = hub.server.port;
    const key = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n';
    const cases = [
      `GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n${key}\r\n`,
      `GET /api HTTP/1.1\r\nHost: evil.example:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n${key}\r\n`,
      `GET /api HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://evil.example\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n${key}\r\n`,
      `GET /nope HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n${key}\r\n`,
    ];
    for (const request of cases) {
      const reply = await raw(port, request);
      assert.ok(statusOf(reply) >= 400, reply);
      assertHeaders(reply, request.split('\r\n')[0] ?? '');
    }
    // A handshake ws itself rejects (no key), and one cut off mid-way.
    await raw(
      port,
      `GET /api HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`,
    );
    await raw(port, `GET /api HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgr`, 200);
    await servesPage(hub);
  });

  it('keeps serving after two hundred random request lines, headers and cookies', async () => {
    const port = hub.server.port;
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const junk = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    const targets = ['/', '//[', '/%', '/%zz', '/?token=%', '/api', '//', `/${junk(8)}`, '/\u00ff'];
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'G\u0000T', junk(3)];
    const headers = [
      `Host: 127.0.0.1:${port}`,
      'Host: [',
      'Host:',
      'Cookie: hearth_pairing=%',
      `Cookie: ${junk(20)}`,
      'Origin: null',
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 99',
      'Content-Length: -1',
      'Transfer-Encoding: chunked',
      `X-${junk(4)}: ${junk(10)}`,
    ];
    const work: Promise<string>[] = [];
    for (let i = 0; i < 200; i++) {
      const lines = [`${pick(methods)} ${pick(targets)} HTTP/1.${pick(['0', '1', '9'])}`];
      for (let h = Math.floor(random() * 5); h > 0; h--) lines.push(pick(headers));
      work.push(raw(port, `${lines.join('\r\n')}\r\n\r\n`, 300));
      if (work.length >= 40) await Promise.all(work.splice(0));
    }
    await Promise.all(work);
    await servesPage(hub);
    // And a real page still gets its WebSocket.
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.terminate();
  });
});

describe('loopbackHostHeaders', () => {
  it('accepts a Host without a port on port 80, and the loopback address bound to', () => {
    const on80 = loopbackHostHeaders(80, '127.0.0.2');
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '127.0.0.2', '127.0.0.2:80']) {
      assert.ok(on80.has(host), host);
    }
    const on8080 = loopbackHostHeaders(8080, '::1');
    assert.ok(on8080.has('[::1]:8080'));
    assert.ok(!on8080.has('127.0.0.1'), 'no port-less host off port 80');
    assert.ok(!on8080.has('evil.example:8080'));
  });
});

describe('hub call budget', () => {
  it('answers calls past a page budget with a clear error, and serves them again later', async () => {
    const hub = await startTestHub({
      voice: 'none',
      session: { budget: { perSecond: 5, burst: 3 } },
    });
    try {
      const ws = new WebSocket(`ws://127.0.0.1:${hub.server.port}/api`);
      const replies: { id?: number; ok?: boolean; error?: string }[] = [];
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { id?: number };
        if (message.id !== undefined) replies.push(message);
      });
      await new Promise<void>((resolve) => ws.once('open', () => resolve()));
      for (let id = 1; id <= 6; id++)
        ws.send(JSON.stringify({ id, method: 'getSettings', params: [] }));
      while (replies.length < 6) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(replies.filter((r) => r.ok).length, 3, JSON.stringify(replies));
      const refused = replies.find((r) => r.ok === false);
      assert.match(refused?.error ?? '', /Too many requests from this page/);
      await new Promise((resolve) => setTimeout(resolve, 450));
      ws.send(JSON.stringify({ id: 7, method: 'getSettings', params: [] }));
      while (replies.length < 7) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(replies[6]?.ok, true);
      ws.terminate();
    } finally {
      await hub.cleanup();
    }
  });
});

describe('hub home-file check', () => {
  it('checks only the home file in use, never another path a page names', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'hearth-hub-check-'));
    const secret = join(dir, 'private.yaml');
    writeFileSync(secret, 'my-private-diary-entry-42\n');
    const hub = await startTestHub({ voice: 'none' });
    try {
      const ws = new WebSocket(`ws://127.0.0.1:${hub.server.port}/api`);
      const replies: { id?: number; ok?: boolean; error?: string }[] = [];
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { id?: number };
        if (message.id !== undefined) replies.push(message);
      });
      await new Promise<void>((resolve) => ws.once('open', () => resolve()));
      ws.send(JSON.stringify({ id: 1, method: 'checkHomeFile', params: [secret] }));
      ws.send(JSON.stringify({ id: 2, method: 'updateSettings', params: [{ homeFile: secret }] }));
      while (replies.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
      for (const reply of replies) {
        assert.equal(reply.ok, false);
        assert.match(reply.error ?? '', /only the home file in use/);
        assert.ok(!JSON.stringify(reply).includes('diary'));
      }
      ws.terminate();
    } finally {
      await hub.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
