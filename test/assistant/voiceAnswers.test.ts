import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { AssistantService } from '../../src-main/assistant/AssistantService.ts';
import type { VoiceEvent, VoiceInput } from '../../src-main/assistant/AssistantServiceVoice.ts';
import { AssistantServiceVoiceAnswers } from '../../src-main/assistant/AssistantServiceVoiceAnswers.ts';
import type { AssistantEvent } from '../../src-main/core/assistantApi.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

// Hands-free confirmations through the service: a spoken "yes"/"no" answers the question the
// last voice turn left open, an unlock still needs the screen unless voice unlock is allowed,
// and the speech input hears when a reply left a question open (its follow-up window).

const dir = mkdtempSync(join(tmpdir(), 'hearth-voice-answers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const home = parseHome(
  `
name: Voice flat
default_area: hall
areas:
  - { id: hall, name: Hall }
devices:
  - { id: hall_light, name: Hall light, area: hall, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
  - { id: heater, name: Heater, area: hall, type: switch, confirm: true }
`,
  'voice test home',
);

/** Speech input driven by the test: it says transcripts and records replied() calls. */
class ScriptedVoice implements VoiceInput {
  readonly replies: boolean[] = [];
  private readonly listeners = new Set<(event: VoiceEvent) => void>();
  push(): void {}
  end(): void {}
  subscribe(listener: (event: VoiceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  replied(questionOpen: boolean): void {
    this.replies.push(questionOpen);
  }
  async dispose(): Promise<void> {}
  /** Says `text` and waits until the service replied to it. */
  async say(text: string): Promise<void> {
    const before = this.replies.length;
    for (const listener of this.listeners) listener({ kind: 'transcript', text, final: true });
    for (let i = 0; i < 200 && this.replies.length === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.ok(this.replies.length > before, `no reply to "${text}"`);
  }
}

async function open(name: string) {
  const voice = new ScriptedVoice();
  const service = await AssistantService.open({ home, dataDir: join(dir, name), voice });
  const events: AssistantEvent[] = [];
  service.subscribe((event) => events.push(event));
  const state = async (id: string) => (await service.assistant.devices.state(id))?.state;
  return { voice, service, events, state };
}

describe('spoken answers to confirmations', () => {
  it('"confirm" runs what a voice turn held, and the speech input hears the question was open', async () => {
    const { voice, service, events, state } = await open('a');
    try {
      await voice.say('turn on the heater');
      assert.ok(events.some((e) => e.type === 'confirmation'));
      assert.equal(await state('heater'), 'off');
      assert.deepEqual(voice.replies, [true]);
      await voice.say('Confirm.');
      assert.equal(await state('heater'), 'on');
      assert.ok(events.some((e) => e.type === 'confirmation_closed' && e.accepted));
      assert.deepEqual(voice.replies, [true, false]);
      await voice.say('turn off the hall light');
      assert.deepEqual(voice.replies, [true, false, false]);
    } finally {
      await service.dispose();
    }
  });

  it('"no" cancels, and a spoken yes never unlocks while voice unlock is off', async () => {
    const { voice, service, events, state } = await open('b');
    try {
      await voice.say('unlock the front door');
      await voice.say('yes');
      assert.equal(await state('front_door'), 'locked');
      const refused = events.filter((e) => e.type === 'reply').at(-1);
      assert.match(refused?.type === 'reply' ? refused.text : '', /screen or in the tray/);
      assert.ok(!events.some((e) => e.type === 'confirmation_closed'));
      await voice.say('cancel');
      assert.ok(events.some((e) => e.type === 'confirmation_closed' && !e.accepted));
      assert.equal(await state('front_door'), 'locked');
    } finally {
      await service.dispose();
    }
  });

  it('unlocks on a spoken yes once the user allowed voice unlock', async () => {
    const { voice, service, state } = await open('c');
    try {
      await service.updateSettings({ voiceUnlock: true });
      await voice.say('unlock the front door');
      await voice.say('do it');
      assert.equal(await state('front_door'), 'unlocked');
    } finally {
      await service.dispose();
    }
  });

  it('leaves a typed question to the screen: a spoken yes then is a command, not an answer', async () => {
    const { voice, service, events, state } = await open('d');
    try {
      await service.sendText('turn on the heater');
      await voice.say('yes');
      assert.equal(await state('heater'), 'off');
      assert.ok(!events.some((e) => e.type === 'confirmation_closed'));
    } finally {
      await service.dispose();
    }
  });
});

describe('AssistantServiceVoiceAnswers', () => {
  it('closes the spoken-answer window after windowMs', () => {
    let now = 0;
    const answers = new AssistantServiceVoiceAnswers({
      home,
      windowMs: 8000,
      voiceUnlock: () => false,
      now: () => now,
    });
    answers.spoke('t1');
    const actions = [{ device: 'heater', command: 'turn_on' }];
    answers.saw({ type: 'confirmation', id: 'q1', turnId: 't1', prompt: '?', actions });
    assert.equal(answers.done('t1'), true);
    now = 8001;
    assert.equal(answers.take('yes'), undefined);
    now = 7000;
    assert.equal(answers.take('turn on the light'), undefined);
    assert.deepEqual(answers.take('no'), { kind: 'answer', id: 'q1', accept: false });
    assert.equal(answers.take('yes'), undefined);
  });
});
