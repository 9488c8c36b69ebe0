import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { WAKE_MODELS_DIR } from '../hear/wake/wakeModels.ts';
import {
  ARTIFACTS,
  browserSkipReason,
  launchChromium,
  startTestHub,
} from '../surfaces/hub/hubTestSupport.ts';
import type { TestHub } from '../surfaces/hub/hubTestSupport.ts';

// Settings' Hands-free section in Chromium through the hub, by role and accessible name: the
// installed wake words, sensitivity, follow-up, voice unlock and spoken replies, each saved
// (and validated) by the assistant.

const skip = browserSkipReason();

describe('hub: hands-free settings', { skip, timeout: 120_000 }, () => {
  let dir = '';
  let savedModelsDir: string | undefined;
  let hub: TestHub;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-wake-settings-'));
    const models = join(dir, 'models');
    mkdirSync(join(models, 'openwakeword'), { recursive: true });
    for (const f of ['hey_jarvis_v0.1.onnx', 'melspectrogram.onnx', 'embedding_model.onnx'])
      copyFileSync(join(WAKE_MODELS_DIR, f), join(models, 'openwakeword', f));
    savedModelsDir = process.env.HEARTH_MODELS_DIR;
    process.env.HEARTH_MODELS_DIR = models;
    hub = await startTestHub({ voice: 'none' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await hub?.cleanup();
    if (savedModelsDir === undefined) delete process.env.HEARTH_MODELS_DIR;
    else process.env.HEARTH_MODELS_DIR = savedModelsDir;
    rmSync(dir, { recursive: true, force: true });
  });

  it('every control has a name, shows the saved value and saves a change', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(hub.server.url);
    await page.getByRole('group', { name: 'Kitchen light', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const section = dialog.getByRole('region', { name: 'Hands-free' });
    await section.waitFor();

    const wake = section.getByRole('combobox', { name: 'Wake word' });
    assert.deepEqual(
      (await wake.locator('option').allTextContents()).map((t) => t.trim()),
      ['Push-to-talk only', '“hey jarvis”'],
    );
    assert.equal(await wake.inputValue(), 'off');
    await wake.selectOption({ label: '“hey jarvis”' });
    await until(async () => (await hub.service.getSettings()).wakeWord === 'hey_jarvis');

    const slider = section.getByRole('slider', { name: 'Wake word sensitivity' });
    assert.equal(await slider.getAttribute('aria-valuetext'), 'Normal');
    await slider.fill('80');
    assert.match((await slider.getAttribute('aria-valuetext')) ?? '', /^Eager/);
    await until(async () => (await hub.service.getSettings()).wakeThreshold === 0.2);

    const follow = section.getByRole('spinbutton', {
      name: 'Listen on after a reply without the wake word (seconds)',
    });
    assert.equal(await follow.inputValue(), '5');
    await follow.fill('8');
    await follow.press('Tab');
    await until(async () => (await hub.service.getSettings()).followUpSeconds === 8);
    await page.waitForTimeout(300); // the page's own answer to the save arrives a moment later
    // Out of range: the assistant refuses it and says so; the saved value stays.
    await follow.fill('600');
    await follow.press('Tab');
    await page
      .locator('.toast.error')
      .getByText(/followUpSeconds/)
      .waitFor();
    assert.equal((await hub.service.getSettings()).followUpSeconds, 8);
    await until(async () => (await follow.inputValue()) === '8');

    const unlock = section.getByRole('checkbox', { name: 'Confirm unlocking by voice' });
    assert.equal(await unlock.isChecked(), false);
    assert.match(
      (await unlock.getAttribute('aria-describedby')) ?? '',
      /^warning-/,
      'the warning describes the checkbox',
    );
    await section.getByText(/could then unlock your doors/).waitFor();
    await unlock.check();
    await until(async () => (await hub.service.getSettings()).voiceUnlock);

    const spoken = section.getByRole('checkbox', { name: /Speak replies aloud/ });
    assert.equal(await spoken.isChecked(), true);
    await spoken.uncheck();
    await until(async () => !(await hub.service.getSettings()).spokenReplies);
    await page.screenshot({ path: join(ARTIFACTS, 'settings-hands-free.png') });

    // Back to push-to-talk.
    await wake.selectOption({ label: 'Push-to-talk only' });
    await until(async () => (await hub.service.getSettings()).wakeWord === 'off');
    await page.close();
  });
});

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for the setting to be saved');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
