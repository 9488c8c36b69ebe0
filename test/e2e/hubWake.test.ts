import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ARTIFACTS } from '../surfaces/hub/hubTestSupport.ts';
import { device, wakeScenario, wakeSkip } from './wakeScenario.ts';

// Hands-free in Chromium through the hub, with the real "hey jarvis" model and voice detector
// on espeak-ng speech from the fake microphone (see wakeScenario.ts).

const WAITING = 'Waiting for “hey jarvis”';

describe('hub: hands-free with a wake word', { skip: wakeSkip, timeout: 240_000 }, () => {
  it('speech without the word does nothing; "hey jarvis, turn on the kitchen light" does', async () => {
    const s = await wakeScenario({
      parts: [
        { silence: 1.5 },
        { say: 'turn on the hall light' },
        { silence: 2.5 },
        { say: 'hey jarvis, turn on the kitchen light' },
        { silence: 3 },
      ],
      answers: ['turn on the kitchen light'],
      settings: { wakeWord: 'hey_jarvis', handsFree: true },
    });
    try {
      const { page } = s;
      await page.getByRole('button', { name: 'Talk' }).click();
      await page.getByRole('status').getByText(WAITING).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'wake-waiting.png') });
      const woke = page.locator('.status.woke').waitFor({ timeout: 30_000 });
      await device(page, 'Kitchen light').getByText('on', { exact: true }).waitFor({
        timeout: 30_000,
      });
      await woke;
      const log = page.getByRole('log', { name: 'Conversation' });
      await log.getByText('turn on the kitchen light').waitFor();
      await log.getByText('Turning on the kitchen light.').waitFor();
      // Back to waiting for the word, microphone still open.
      await page.getByRole('status').getByText(WAITING).waitFor();
      assert.equal(
        await page.getByRole('button', { name: 'Talk' }).getAttribute('aria-pressed'),
        'true',
      );
      await device(page, 'Hall light').getByText('off', { exact: true }).waitFor();
      assert.equal(
        s.recognizer.heard.length,
        1,
        'only the words after the wake word are transcribed',
      );
      assert.ok(s.recognizer.heard[0]! < 3, `${s.recognizer.heard[0]} s: the part after the word`);

      const seen = await s.observed();
      const waitingAt = seen.status.indexOf(WAITING);
      const listeningAt = seen.status.indexOf('listening', waitingAt);
      assert.ok(waitingAt >= 0 && listeningAt > waitingAt, seen.status.join(' | '));
      assert.equal(seen.status.at(-1), WAITING, seen.status.join(' | '));
      assert.ok(seen.tones >= 2, 'the wake cue played its tones');
      assert.equal(seen.constraints[0]?.audio?.echoCancellation, true);
    } finally {
      await s.close();
    }
  });

  it('a spoken "yes" confirms opening the garage, but not an unlock (voiceUnlock off)', async () => {
    const s = await wakeScenario({
      parts: [
        { silence: 1 },
        { say: 'hey jarvis, open the garage door' },
        { silence: 3 },
        { say: 'yes please' },
        { silence: 3 },
        { say: 'hey jarvis, unlock the front door' },
        { silence: 3 },
        { say: 'yes please' },
        { silence: 3 },
      ],
      answers: ['open the garage door', 'Yes, please.', 'unlock the front door', 'Yes please.'],
      settings: { wakeWord: 'hey_jarvis', handsFree: true, spokenReplies: false },
    });
    try {
      const { page } = s;
      await device(page, 'Garage door').getByText('closed', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Talk' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ timeout: 30_000 });
      assert.match((await dialog.textContent()) ?? '', /garage door/i);
      // No button pressed: the spoken yes closes the dialog and opens the garage.
      await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
      await device(page, 'Garage door').getByText('open', { exact: true }).waitFor();

      await dialog.waitFor({ timeout: 30_000 });
      assert.match((await dialog.textContent()) ?? '', /unlock the front door/i);
      const log = page.getByRole('log', { name: 'Conversation' });
      await log.getByText(/Unlocking needs a yes on the screen/).waitFor({ timeout: 20_000 });
      assert.equal(await dialog.isVisible(), true, 'the question stays for the screen');
      await device(page, 'Front door').getByText('locked', { exact: true }).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'wake-unlock-needs-screen.png') });
      assert.equal(s.recognizer.heard.length, 4);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await device(page, 'Front door').getByText('locked', { exact: true }).waitFor();
    } finally {
      await s.close();
    }
  });

  it('with voiceUnlock on, a spoken "yes" unlocks', async () => {
    const s = await wakeScenario({
      parts: [
        { silence: 1 },
        { say: 'hey jarvis, unlock the front door' },
        { silence: 3 },
        { say: 'yes please' },
        { silence: 3 },
      ],
      answers: ['unlock the front door', 'Yes please.'],
      settings: {
        wakeWord: 'hey_jarvis',
        handsFree: true,
        voiceUnlock: true,
        spokenReplies: false,
      },
    });
    try {
      const { page } = s;
      await page.getByRole('button', { name: 'Talk' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ timeout: 30_000 });
      await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
      await device(page, 'Front door').getByText('unlocked', { exact: true }).waitFor();
    } finally {
      await s.close();
    }
  });

  it('speaks the reply, and stops when the user speaks again or presses Talk', async () => {
    const s = await wakeScenario({
      parts: [
        { silence: 1 },
        { say: 'hey jarvis, turn on the kitchen light' },
        { silence: 2.5 },
        { say: 'hey jarvis' },
        { silence: 2 },
      ],
      answers: ['turn on the kitchen light'],
      // followUpSeconds 0: only the wake word itself may interrupt the reply here.
      settings: { wakeWord: 'hey_jarvis', handsFree: true, followUpSeconds: 0 },
    });
    try {
      const { page } = s;
      await page.getByRole('button', { name: 'Talk' }).click();
      await device(page, 'Kitchen light').getByText('on', { exact: true }).waitFor({
        timeout: 30_000,
      });
      const spokenReply = async () => (await s.observed()).spoken.length > 0;
      await until(spokenReply);
      let seen = await s.observed();
      assert.deepEqual(
        seen.spoken.map((u) => u.text),
        ['Turning on the kitchen light.'],
      );
      // "hey jarvis" again: barge-in.
      await until(async () => (await s.observed()).cancels.some((t) => t > seen.spoken[0]!.at));
      assert.equal(s.recognizer.heard.length, 1, 'the word alone is not a command');

      // A typed command is answered aloud too; pressing Talk stops it.
      await page.getByRole('textbox', { name: 'Command' }).fill('turn off the kitchen light');
      await page.getByRole('textbox', { name: 'Command' }).press('Enter');
      await until(async () => (await s.observed()).spoken.length === 2);
      seen = await s.observed();
      assert.equal(seen.spoken[1]?.text, 'Turning off the kitchen light.');
      const cancelsBefore = seen.cancels.length;
      await page.getByRole('button', { name: 'Talk' }).click();
      await until(async () => (await s.observed()).cancels.length > cancelsBefore);
    } finally {
      await s.close();
    }
  });
});

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
