import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  ARTIFACTS,
  browserSkipReason,
  launchChromium,
  startTestHub,
} from '../surfaces/hub/hubTestSupport.ts';
import type { TestHub } from '../surfaces/hub/hubTestSupport.ts';

// The hub's page in Debian's Chromium, driven only through the roles and names of ui.md.
// Screenshots go to .test-artifacts/hub/; HEARTH_UPDATE_SCREENSHOT=1 also refreshes
// docs/screenshot.png for the README.

const skip = browserSkipReason();

describe('hub in Chromium', { skip }, () => {
  let hub: TestHub;
  let browser: Browser;

  before(async () => {
    hub = await startTestHub({ voice: 'none' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await hub?.cleanup();
  });

  async function openPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(hub.server.url);
    await page.getByRole('group', { name: 'Kitchen light', exact: true }).waitFor();
    page.once('close', () => assert.deepEqual(errors, [], 'no errors in the page'));
    return page;
  }

  const device = (page: Page, name: string) =>
    page.getByRole('region', { name: 'Devices' }).getByRole('group', { name, exact: true });

  it('a typed command changes the device and the reply appears in Conversation', async () => {
    const page = await openPage();
    const light = device(page, 'Kitchen light');
    await light.getByText('off', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Command' }).fill('turn on the kitchen light');
    await page.getByRole('textbox', { name: 'Command' }).press('Enter');
    await light.getByText('on', { exact: true }).waitFor();
    const log = page.getByRole('log', { name: 'Conversation' });
    await log.getByText('turn on the kitchen light').waitFor();
    await log.getByText('Turning on the kitchen light.').waitFor();
    await log.getByText('Kitchen light: turn on').waitFor();
    await page.getByRole('status').getByText('idle').waitFor();

    await page.getByRole('textbox', { name: 'Command' }).fill('set the kitchen light to 40%');
    await page.getByRole('button', { name: 'Send' }).click();
    await light.getByText('40%', { exact: true }).waitFor();
    await device(page, 'Thermostat').getByText('20.5 °C', { exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'main-light.png') });
    await page.close();
  });

  it('unlocking asks first: Cancel leaves it locked, Confirm unlocks', async () => {
    const page = await openPage();
    const door = device(page, 'Front door');
    await door.getByText('locked', { exact: true }).waitFor();
    const command = page.getByRole('textbox', { name: 'Command' });
    await command.fill('unlock the front door');
    await command.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /unlock the front door/i);
    await page.screenshot({ path: join(ARTIFACTS, 'confirm-dialog.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('log', { name: 'Conversation' })
      .getByText('Cancelled: nothing was changed.')
      .waitFor();
    assert.equal(await door.getByText('locked', { exact: true }).count(), 1);
    assert.equal((await hub.service.assistant.devices.state('front_door'))?.state, 'locked');

    await command.fill('unlock the front door');
    await command.press('Enter');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await door.getByText('unlocked', { exact: true }).waitFor();
    assert.equal((await hub.service.assistant.devices.state('front_door'))?.state, 'unlocked');
    // The direct control asks too.
    await door.getByRole('button', { name: 'Lock' }).click();
    await door.getByText('locked', { exact: true }).waitFor();
    await door.getByRole('button', { name: 'Unlock' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await hub.service.assistant.devices.state('front_door'))?.state, 'locked');
    await page.close();
  });

  it('an unreachable device shows unavailable and a clear error', async () => {
    const page = await openPage();
    const porch = device(page, 'Porch light');
    await porch.getByText('unavailable', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Command' }).fill('turn on the porch light');
    await page.getByRole('textbox', { name: 'Command' }).press('Enter');
    const log = page.getByRole('log', { name: 'Conversation' });
    await log.getByText(/Sorry, the porch light failed: .*refused the connection/).waitFor();
    await log.getByText(/Failed: Porch light \(hue bridge 127\.0\.0\.1:\d+\)/).waitFor();
    await page.getByRole('status').getByText('error').waitFor();
    await porch.getByText('unavailable', { exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'unreachable.png') });
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await openPage('dark');
    const command = page.getByRole('textbox', { name: 'Command' });
    // The command box has the focus at start; Tab walks the header and panels in order.
    assert.equal(await command.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.type('turn on the reading lamp');
    await page.keyboard.press('Enter');
    await device(page, 'Reading lamp').getByText('on', { exact: true }).waitFor();

    // Tab to the Reading lamp's power switch and press Space.
    const power = device(page, 'Reading lamp').getByRole('switch', { name: 'Power' });
    for (let i = 0; i < 60 && !(await power.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(
      await power.evaluate((el) => el === document.activeElement),
      true,
      'reached by Tab',
    );
    const outline = await power.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Space');
    await device(page, 'Reading lamp').getByText('off', { exact: true }).waitFor();

    // A held action from the keyboard: Cancel has the focus, Tab then Enter confirms.
    await command.focus();
    await page.keyboard.type('unlock the front door');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(
      await dialog
        .getByRole('button', { name: 'Cancel' })
        .evaluate((el) => el === document.activeElement),
      true,
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await device(page, 'Front door').getByText('unlocked', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(ARTIFACTS, 'keyboard-dark.png') });

    // Settings open and close from the keyboard too.
    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    await settings.getByRole('combobox', { name: 'Theme' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'settings-dark.png') });
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('takes the README screenshot', async () => {
    // A hub of its own, so the conversation shown is only this test's.
    const main = hub;
    hub = await startTestHub({ voice: 'none' });
    await hub.service.sendText('turn on the kitchen light');
    await hub.service.sendText('turn on the thermostat');
    const page = await openPage('light');
    await page.getByRole('textbox', { name: 'Command' }).fill('dim the reading lamp to 30%');
    await page.keyboard.press('Enter');
    await device(page, 'Reading lamp').getByText('30%', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Command' }).fill('is the front door locked');
    await page.keyboard.press('Enter');
    await page
      .getByRole('log', { name: 'Conversation' })
      .getByText(/front door is/i)
      .waitFor();
    await page.getByRole('textbox', { name: 'Command' }).blur();
    const file = join(ARTIFACTS, 'screenshot.png');
    await page.screenshot({ path: file });
    if (process.env.HEARTH_UPDATE_SCREENSHOT === '1') {
      mkdirSync('docs', { recursive: true });
      copyFileSync(file, join('docs', 'screenshot.png'));
    }
    await page.close();
    await hub.cleanup();
    hub = main;
  });
});
