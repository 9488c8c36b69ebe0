import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fetchHomeAssistantHome } from '../../src-main/act/devices/homeAssistant/fetchHomeAssistantHome.ts';
import { homeFileFromHomeAssistant } from '../../src-main/act/devices/homeAssistant/homeFileFromHomeAssistant.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { tokenFile } from '../act/devices/homeAssistant/haFixtures.ts';
import { HomeAssistantSimulator } from '../simulators/homeAssistant/HomeAssistantSimulator.ts';
import { fillSampleHome } from '../simulators/homeAssistant/sampleHome.ts';
import {
  ARTIFACTS,
  browserSkipReason,
  launchChromium,
  startTestHub,
} from '../surfaces/hub/hubTestSupport.ts';
import type { TestHub } from '../surfaces/hub/hubTestSupport.ts';

// A home imported from the simulated Home Assistant, served by the hub to Debian's Chromium:
// a typed command goes through HA, and a change made in HA shows in the Devices panel.

const skip = browserSkipReason();

describe('hub with a Home Assistant-backed home, in Chromium', { skip }, () => {
  const sim = new HomeAssistantSimulator();
  let hub: TestHub;
  let browser: Browser;
  let page: Page;

  before(async () => {
    await sim.start();
    fillSampleHome(sim);
    const server = { url: sim.url, token_file: tokenFile(sim.token) };
    const text = homeFileFromHomeAssistant(await fetchHomeAssistantHome(server), server);
    hub = await startTestHub({ voice: 'none', home: parseHome(text, 'imported.yaml') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(hub.server.url);
  });
  after(async () => {
    await browser?.close();
    await hub?.cleanup();
    await sim.stop();
  });

  const device = (name: string) =>
    page.getByRole('region', { name: 'Devices' }).getByRole('group', { name, exact: true });

  it('a typed command changes the device in HA and the panel shows it', async () => {
    const ceiling = device('Kitchen ceiling');
    await ceiling.getByText('off', { exact: true }).waitFor();
    const command = page.getByRole('textbox', { name: 'Command' });
    await command.fill('set the big light to 40%');
    await command.press('Enter');
    await ceiling.getByText('40%', { exact: true }).waitFor();
    await page
      .getByRole('log', { name: 'Conversation' })
      .getByText(/kitchen ceiling/i)
      .first()
      .waitFor();
    assert.equal(sim.entities.get('light.kitchen_ceiling')?.state, 'on');
    assert.equal(sim.entities.get('light.kitchen_ceiling')?.attributes.brightness, 102);
    assert.equal(sim.calls.at(-1)?.service, 'light.turn_on');
  });

  it('a change made in HA appears in the Devices panel, and unavailable shows', async () => {
    const lamp = device('Living room lamp');
    await lamp.getByText('on', { exact: true }).waitFor();
    sim.setState('light.living_room_lamp', 'off', { brightness: null });
    await lamp.getByText('off', { exact: true }).waitFor();
    sim.setState('fan.bedroom_fan', 'unavailable');
    await device('Bedroom fan').getByText('unavailable', { exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'home-assistant.png') });
  });

  it('Settings preview the devices HA has, and import writes the home and token files', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Home Assistant address').fill(sim.url);
    await settings.getByLabel('Access token').fill('wrong-token-123');
    await settings.getByRole('button', { name: 'Preview devices' }).click();
    await settings.getByText(/refused the access token/).waitFor();
    await settings.getByLabel('Access token').fill(sim.token);
    await settings.getByRole('button', { name: 'Preview devices' }).click();
    const found = settings.getByRole('list', { name: 'Devices found in Home Assistant' });
    await found.getByText('Kitchen ceiling (light, Kitchen)').waitFor();
    await found.getByText('Coffee maker (switch, Kitchen) - not exposed').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'home-assistant-settings.png') });
    await settings.getByRole('button', { name: 'Import' }).click();
    await settings.getByText(/Found 13 devices/).waitFor();
    const homeFile = join(hub.dataDir, 'home-assistant-home.yaml');
    const tokenPath = join(hub.dataDir, 'home-assistant-token');
    await waitUntil(async () => (await hub.service.getSettings()).homeFile === homeFile);
    assert.equal(readFileSync(tokenPath, 'utf8').trim(), sim.token);
    assert.equal(statSync(tokenPath).mode & 0o777, 0o600);
    assert.doesNotMatch(readFileSync(homeFile, 'utf8'), new RegExp(sim.token));
    assert.equal(await settings.getByLabel('Access token').inputValue(), '');
    assert.doesNotMatch(JSON.stringify(await hub.service.getSettings()), new RegExp(sim.token));
  });
});

async function waitUntil(test: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
