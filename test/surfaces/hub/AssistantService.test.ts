import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AssistantService } from '../../../src-main/assistant/AssistantService.ts';
import type { AssistantEvent } from '../../../src-main/core/assistantApi.ts';
import { testHome } from './hubTestSupport.ts';

// The service behind every UI: turns, confirmations, direct controls, history and settings
// on disk (atomic, corrupt files set aside).

let dir = '';
const services: AssistantService[] = [];

async function open(): Promise<{ service: AssistantService; events: AssistantEvent[] }> {
  const service = await AssistantService.open({ home: testHome(9), dataDir: dir });
  services.push(service);
  const events: AssistantEvent[] = [];
  service.subscribe((event) => events.push(event));
  return { service, events };
}

const stateOf = async (service: AssistantService, id: string) =>
  (await service.assistant.devices.state(id))?.state;

function until<T extends AssistantEvent['type']>(
  service: AssistantService,
  type: T,
): Promise<Extract<AssistantEvent, { type: T }>> {
  return new Promise((resolve) => {
    const stop = service.subscribe((event) => {
      if (event.type === type) {
        stop();
        resolve(event as Extract<AssistantEvent, { type: T }>);
      }
    });
  });
}

describe('AssistantService', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-service-'));
  });
  afterEach(async () => {
    for (const service of services.splice(0)) await service.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns a typed command into user, status, reply and device events', async () => {
    const { service, events } = await open();
    await service.sendText('turn on the kitchen light');
    const types = events.map((e) => e.type);
    assert.ok(types.includes('user'));
    const reply = events.find((e) => e.type === 'reply');
    assert.ok(reply?.type === 'reply' && /kitchen light/i.test(reply.text), JSON.stringify(reply));
    assert.deepEqual(
      reply.outcomes.map((o) => o.outcome),
      ['ok'],
    );
    const device = events.findLast((e) => e.type === 'device' && e.device.id === 'kitchen_light');
    assert.ok(device?.type === 'device' && device.device.state.state === 'on');
    const statuses = events.flatMap((e) => (e.type === 'status' ? [e.status] : []));
    assert.deepEqual(statuses.slice(-3), ['thinking', 'acting', 'idle']);
  });

  it('holds an unlock until confirmed: cancel leaves it locked, confirm unlocks', async () => {
    const { service } = await open();
    const asked = until(service, 'confirmation');
    await service.sendText('unlock the front door');
    const first = await asked;
    assert.match(first.prompt, /unlock the front door/i);
    assert.equal(await stateOf(service, 'front_door'), 'locked');
    await service.confirm(first.id, false);
    assert.equal(await stateOf(service, 'front_door'), 'locked');
    await assert.rejects(service.confirm(first.id, true), /already answered/);

    const again = until(service, 'confirmation');
    await service.sendText('unlock the front door');
    await service.confirm((await again).id, true);
    assert.equal(await stateOf(service, 'front_door'), 'unlocked');
  });

  it('direct controls obey the same confirmation rule and refuse impossible commands', async () => {
    const { service } = await open();
    const asked = until(service, 'confirmation');
    const outcome = await service.control('front_door', 'unlock');
    assert.equal(outcome.outcome, 'needs_confirmation');
    assert.equal(await stateOf(service, 'front_door'), 'locked');
    await service.confirm((await asked).id, true);
    assert.equal(await stateOf(service, 'front_door'), 'unlocked');

    assert.equal((await service.control('kitchen_light', 'set_brightness', 40)).outcome, 'ok');
    assert.equal((await service.assistant.devices.state('kitchen_light'))?.brightness, 40);
    await assert.rejects(
      service.control('nowhere', 'turn_on'),
      /no device or scene called "nowhere"/,
    );
    await assert.rejects(service.control('front_door', 'turn_on'), /Front door cannot turn on/);
    await assert.rejects(service.control('kitchen_light', 'set_brightness', 400), /0 to 100/);
  });

  it('an unreachable device fails with a clear error and shows as unavailable', async () => {
    const { service, events } = await open();
    await service.sendText('turn on the porch light');
    const reply = events.find((e) => e.type === 'reply');
    assert.ok(reply?.type === 'reply');
    assert.equal(reply.outcomes[0]?.outcome, 'failed');
    assert.match(reply.outcomes[0]?.error ?? '', /Porch light/);
    const home = await service.getHome();
    const porch = home.devices.find((d) => d.id === 'porch_light');
    assert.equal(porch?.state.available, false);
    assert.ok(events.some((e) => e.type === 'status' && e.status === 'error'));
  });

  it('keeps the conversation across restarts, applies retention and clears it', async () => {
    const first = await open();
    await first.service.sendText('turn on the kitchen light');
    await first.service.dispose();
    const second = await open();
    const history = await second.service.getHistory();
    assert.equal(history.length, 1);
    assert.equal(history[0]?.text, 'turn on the kitchen light');
    await second.service.clearHistory();
    assert.deepEqual(await second.service.getHistory(), []);
    assert.ok(second.events.some((e) => e.type === 'history_cleared'));

    await second.service.updateSettings({ historyDays: 0 });
    await second.service.sendText('turn off the kitchen light');
    assert.deepEqual(await second.service.getHistory(), []);
    assert.equal(readFileSync(join(dir, 'history.jsonl'), 'utf8'), '');
    // Atomic writes leave no temporary files behind.
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('.tmp-')),
      [],
    );
  });

  it('sets a corrupt history aside as a backup and starts clean with a notice', async () => {
    writeFileSync(join(dir, 'history.json'), '{"version": 1, "entries": [ {"turnId": ');
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ version: 1, settings: { theme: 'purple' } }),
    );
    const { service, events } = await open();
    assert.deepEqual(await service.getHistory(), []);
    assert.equal((await service.getSettings()).theme, 'system');
    const files = readdirSync(dir);
    assert.ok(
      files.some((f) => /^history\.json\.corrupt-/.test(f)),
      files.join(', '),
    );
    assert.ok(
      files.some((f) => /^settings\.json\.corrupt-/.test(f)),
      files.join(', '),
    );
    const notices = events.flatMap((e) => (e.type === 'notice' ? [e.text] : []));
    assert.ok(
      notices.some((t) =>
        /conversation history could not be read.*history\.json\.corrupt-/.test(t),
      ),
      notices.join('\n'),
    );
    // The backup keeps what was there.
    const backup = files.find((f) => f.startsWith('history.json.corrupt-')) ?? '';
    assert.match(readFileSync(join(dir, backup), 'utf8'), /"turnId": $/);
  });

  it('validates settings and reports every home file problem', async () => {
    const { service } = await open();
    await assert.rejects(service.updateSettings({ historyDays: -3 }), /historyDays/);
    await assert.rejects(service.updateSettings({ bogus: 1 } as never), /bogus|Unrecognized/i);
    assert.equal((await service.updateSettings({ theme: 'dark' })).theme, 'dark');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'areas:\n  - { id: kitchen, name: Kitchen }\ndevices:\n  - { id: lamp, name: Lamp, area: kitchn, type: light }\n',
    );
    const check = await service.checkHomeFile(bad);
    assert.equal(check.ok, false);
    assert.equal(check.problems[0]?.line, 4);
    assert.match(check.problems[0]?.message ?? '', /kitchn/);
    await assert.rejects(service.updateSettings({ homeFile: bad }), /cannot be used/);
    assert.equal((await service.checkHomeFile('/etc/passwd')).ok, false);
  });

  it('says plainly that it cannot listen without speech input', async () => {
    const { service } = await open();
    await assert.rejects(service.startListening(), /type your command instead/);
  });
});
