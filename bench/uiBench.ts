import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  browserSkipReason,
  launchChromium,
  startTestHub,
} from '../test/surfaces/hub/hubTestSupport.ts';
import { formatMs, percentile } from './percentiles.ts';

// The hub's page in Debian's Chromium: how long until it is interactive (the devices shown
// and the Command box ready), and how long a device's state change takes to show on it
// (from the executor's call to the new state text being on screen; this includes
// Playwright's own polling, so it is an upper bound).

const LOADS = 10;
const CHANGES = 40;

export async function benchUi(): Promise<void> {
  const skip = browserSkipReason();
  if (skip) {
    console.log(`ui: skipped (${skip})`);
    return;
  }
  const hub = await startTestHub({ voice: 'none' });
  const browser = await launchChromium();
  try {
    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(hub.server.url);
      await page
        .getByRole('group', { name: 'Kitchen light', exact: true })
        .getByText('off', { exact: true })
        .waitFor();
      await page.getByRole('textbox', { name: 'Command' }).waitFor({ state: 'visible' });
      loads.push(performance.now() - start);
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(hub.server.url);
    const light = page.getByRole('group', { name: 'Kitchen light', exact: true });
    await light.getByText('off', { exact: true }).waitFor();
    const changes: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const on = i % 2 === 0;
      const start = performance.now();
      await hub.service.assistant.devices.execute([
        { device: 'kitchen_light', command: on ? 'turn_on' : 'turn_off' },
      ]);
      await light.getByText(on ? 'on' : 'off', { exact: true }).waitFor();
      changes.push(performance.now() - start);
    }
    const line = (name: string, samples: number[]) =>
      console.log(
        `ui: ${name.padEnd(34)} p50 ${formatMs(percentile(samples, 50))}  p99 ${formatMs(percentile(samples, 99))}  (n=${samples.length})`,
      );
    line('page load to interactive', loads);
    line('device state change to screen', changes);
  } finally {
    await browser.close();
    await hub.cleanup();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchUi();
