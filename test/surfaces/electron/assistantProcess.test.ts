import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, it } from 'node:test';
import type { AssistantEvent } from '../../../src-main/core/assistantApi.ts';
import {
  AssistantCrashedError,
  AssistantUnavailableError,
} from '../../../src-main/surfaces/electron/AssistantSupervisor.ts';
import {
  MalformedAnswerError,
  RemoteAssistant,
} from '../../../src-main/surfaces/electron/RemoteAssistant.ts';
import type { RemoteAssistantOptions } from '../../../src-main/surfaces/electron/RemoteAssistant.ts';
import { forkHosts } from './forkHost.ts';
import type { ForkedHosts } from './forkHost.ts';

// The assistant's own process, crashed, hung and fed junk for real (Node child processes
// running the same host code as the Electron utility process): main reports each fault,
// restarts the process and carries on, and never lets a malformed message through.

const SCRIPTED = fileURLToPath(new URL('./fixtures/scriptedHost.ts', import.meta.url));

interface Running {
  remote: RemoteAssistant;
  hosts: ForkedHosts;
  events: AssistantEvent[];
  problems: string[];
  /** Resolves with the first event (seen so far or later) that matches. */
  until(match: (event: AssistantEvent) => boolean): Promise<AssistantEvent>;
}

const running: Running[] = [];
afterEach(async () => {
  for (const run of running.splice(0)) {
    await run.remote.dispose();
    run.hosts.killAll();
  }
});

function start(args: string[] = [], options: Partial<RemoteAssistantOptions> = {}): Running {
  const hosts = forkHosts(SCRIPTED, args);
  const events: AssistantEvent[] = [];
  const problems: string[] = [];
  const waiters: { match: (e: AssistantEvent) => boolean; resolve: (e: AssistantEvent) => void }[] =
    [];
  const remote = new RemoteAssistant({
    spawn: hosts.spawn,
    restartDelayMs: 10,
    pingIntervalMs: 0,
    onProblem: (p) => problems.push(p),
    ...options,
  });
  remote.subscribe((event) => {
    events.push(event);
    for (const waiter of [...waiters]) {
      if (waiter.match(event)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  });
  const until = (match: (e: AssistantEvent) => boolean) => {
    const seen = events.find(match);
    return seen
      ? Promise.resolve(seen)
      : new Promise<AssistantEvent>((resolve) => waiters.push({ match, resolve }));
  };
  remote.start();
  const run = { remote, hosts, events, problems, until };
  running.push(run);
  return run;
}

const isNotice = (text: RegExp) => (e: AssistantEvent) => e.type === 'notice' && text.test(e.text);

describe('the assistant process', { timeout: 60_000 }, () => {
  it('answers requests (waiting while it starts) and passes events and notices on', async () => {
    const { remote, until } = start();
    const home = await remote.getHome();
    assert.equal(home.devices[0]?.name, 'Kitchen light');
    await remote.sendText('event');
    const event = await until((e) => e.type === 'device');
    assert.equal(event.type === 'device' && event.device.state.state, 'on');
    await until(isNotice(/could not be loaded, so Hearth opened the demo home/));
    assert.deepEqual(await remote.control('kitchen_light', 'turn_on'), {
      device: 'kitchen_light',
      command: 'turn_on',
      outcome: 'ok',
    });
    await assert.rejects(remote.sendText('fail'), { message: 'The kitchen light did not answer.' });
  });

  it('reports a crash, fails the request in flight, restarts and works again', async () => {
    const { remote, hosts, until, events } = start();
    await remote.getHome();
    await assert.rejects(remote.sendText('crash'), (error: unknown) => {
      assert.ok(error instanceof AssistantCrashedError);
      assert.match(
        error.message,
        /stopped unexpectedly \(exit code 3\) while working on sendText; it is restarting/,
      );
      return true;
    });
    await until(isNotice(/^The assistant stopped unexpectedly \(exit code 3\); restarting it\.$/));
    await until(isNotice(/^The assistant is running again\.$/));
    assert.ok(
      events.some((e) => e.type === 'listening' && !e.on),
      'the microphone is shown closed',
    );
    assert.ok(events.some((e) => e.type === 'status' && e.status === 'error'));
    assert.equal((await remote.getHome()).name, 'Test flat');
    assert.equal(hosts.count, 2);
  });

  it('restarts a process that stops answering (a stuck native call)', async () => {
    const { remote, until, hosts } = start([], { pingIntervalMs: 50, missedPingsLimit: 3 });
    await remote.getHome();
    await assert.rejects(remote.sendText('hang'), /stopped responding while working on sendText/);
    await until(isNotice(/^The assistant is running again\.$/));
    assert.equal((await remote.getHome()).name, 'Test flat');
    assert.equal(hosts.count, 2);
  });

  it('drops malformed messages and events, and refuses a malformed answer', async () => {
    const { remote, events, problems } = start();
    await remote.sendText('junk');
    await remote.sendText('bad event');
    await remote.sendText('event');
    assert.equal(problems.filter((p) => /malformed message/.test(p)).length, 4);
    assert.equal(problems.filter((p) => /malformed event/.test(p)).length, 2);
    assert.equal(events.filter((e) => e.type === 'device').length, 1, 'only the good event');
    await remote.sendText('bad home');
    await assert.rejects(remote.getHome(), MalformedAnswerError);
  });

  it('says why it cannot start, and does not restart in a loop', async () => {
    const { remote, until, hosts } = start(['--fail-open']);
    await assert.rejects(remote.getHome(), (error: unknown) => {
      assert.ok(error instanceof AssistantUnavailableError);
      assert.equal(error.message, 'home.yaml:3:5: area "kitchn" does not exist');
      return true;
    });
    await until(isNotice(/kitchn/));
    await assert.rejects(remote.sendText('hello'), AssistantUnavailableError);
    assert.equal(hosts.count, 1);
    assert.equal(remote.supervisor.status, 'failed');
  });

  it('gives up after crashing again and again, in plain words', async () => {
    const { remote, until, hosts } = start(['--crash-on-start'], {
      maxRestarts: 2,
      restartDelayMs: 1,
    });
    const given = await until(isNotice(/Hearth stopped restarting it/));
    assert.equal(
      given.type === 'notice' && given.text,
      'The assistant stopped unexpectedly (exit code 4) 3 times in a row; Hearth stopped restarting it. Quit Hearth and start it again.',
    );
    assert.equal(hosts.count, 3);
    await assert.rejects(remote.getHome(), AssistantUnavailableError);
  });

  it('stops cleanly on dispose and refuses requests afterwards', async () => {
    const { remote, hosts } = start();
    await remote.getHome();
    await remote.dispose();
    await assert.rejects(remote.getHome(), /Hearth is closing/);
    assert.equal(hosts.count, 1);
  });
});
