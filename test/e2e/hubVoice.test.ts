import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { AssistantServiceVoicePipeline } from '../../src-main/assistant/AssistantServiceVoicePipeline.ts';
import {
  ARTIFACTS,
  browserSkipReason,
  launchChromium,
  startTestHub,
} from '../surfaces/hub/hubTestSupport.ts';
import type { TestHub } from '../surfaces/hub/hubTestSupport.ts';

// A spoken command through Chromium's fake microphone (a WAV made with espeak-ng and sox):
// the page's AudioWorklet sends it to the hub, voice detection finds the speech and the page
// shows the speech events. No speech model is installed here, so the page also says it
// cannot write the words down.

const tools = ['/usr/bin/espeak-ng', '/usr/bin/sox'].filter((tool) => !existsSync(tool));
const skip =
  browserSkipReason() ??
  (tools.length ? `needs ${tools.join(' and ')} (apt-get install espeak-ng sox)` : undefined);

describe('hub: a spoken command from the fake microphone', { skip }, () => {
  let dir = '';
  let wav = '';
  let hub: TestHub;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-voice-'));
    const raw = join(dir, 'raw.wav');
    wav = join(dir, 'command.wav');
    execFileSync('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', raw, 'turn on the kitchen light']);
    // 48 kHz like a real microphone; silence around the words so the detector sees an end.
    execFileSync('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', wav, 'pad', '1', '4']);
    hub = await startTestHub({
      voice: await AssistantServiceVoicePipeline.create({ recognizer: null }),
    });
    browser = await launchChromium([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
      '--autoplay-policy=no-user-gesture-required',
    ]);
  });
  after(async () => {
    await browser?.close();
    await hub?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Talk opens the microphone, speech events show, push-to-talk closes it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(hub.server.url);
    await page.getByRole('group', { name: 'Kitchen light', exact: true }).waitFor();
    const talk = page.getByRole('button', { name: 'Talk' });
    assert.equal(await talk.getAttribute('aria-pressed'), 'false');
    await talk.click();
    await page.locator('.talk-button[aria-pressed="true"]').waitFor();
    await page.getByRole('status').getByText('listening').waitFor();
    await page.getByText('Speech detected…').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'voice-speech.png') });
    await page.getByText('Speech ended').waitFor({ timeout: 20_000 });
    // Push-to-talk: the microphone closes with the end of the utterance.
    await page.locator('.talk-button[aria-pressed="false"]').waitFor();
    await page.getByText(/no speech model is installed/).waitFor({ timeout: 20_000 });
    await page.close();
  });
});
