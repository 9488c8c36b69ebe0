import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { AssistantService } from '../../src-main/assistant/AssistantService.ts';
import type { AssistantEvent } from '../../src-main/core/assistantApi.ts';
import { testHome } from '../surfaces/hub/hubTestSupport.ts';

// Held confirmations expire unanswered and are bounded: a stale "yes" never acts, and a
// client cannot pile up questions without end.

const dir = mkdtempSync(join(tmpdir(), 'hearth-held-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('held confirmations', () => {
  it('close unanswered after holdMs, and a late yes changes nothing', async () => {
    const service = await AssistantService.open({
      home: testHome(9),
      dataDir: join(dir, 'a'),
      confirmations: { holdMs: 150 },
    });
    try {
      const events: AssistantEvent[] = [];
      service.subscribe((event) => events.push(event));
      await service.sendText('unlock the front door');
      const asked = events.find((e) => e.type === 'confirmation');
      assert.ok(asked?.type === 'confirmation');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok(
        events.some((e) => e.type === 'confirmation_closed' && e.id === asked.id && !e.accepted),
      );
      await assert.rejects(service.confirm(asked.id, true), /expired/);
      assert.equal((await service.assistant.devices.state('front_door'))?.state, 'locked');
    } finally {
      await service.dispose();
    }
  });

  it('are bounded: the oldest open question is closed by a new one', async () => {
    const service = await AssistantService.open({
      home: testHome(9),
      dataDir: join(dir, 'b'),
      confirmations: { maxHeld: 3 },
    });
    try {
      const events: AssistantEvent[] = [];
      service.subscribe((event) => events.push(event));
      for (let i = 0; i < 5; i++) await service.sendText('unlock the front door');
      const asked = events.flatMap((e) => (e.type === 'confirmation' ? [e.id] : []));
      const closed = events.flatMap((e) => (e.type === 'confirmation_closed' ? [e.id] : []));
      assert.equal(asked.length, 5);
      assert.deepEqual(closed, asked.slice(0, 2));
      await assert.rejects(service.confirm(asked[0] ?? '', true), /expired/);
      await service.confirm(asked[4] ?? '', true);
      assert.equal((await service.assistant.devices.state('front_door'))?.state, 'unlocked');
    } finally {
      await service.dispose();
    }
  });
});
