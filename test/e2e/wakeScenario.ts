import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Settings } from '../../src-main/core/assistantApi.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { convertFixture, speechFixture } from '../fixtures/speech.ts';
import type { FixturePart } from '../fixtures/speech.ts';
import { WAKE_MODELS_DIR } from '../hear/wake/wakeModels.ts';
import { ScriptedRecognizer } from '../support/ScriptedRecognizer.ts';
import { browserSkipReason, launchChromium, startTestHub } from '../surfaces/hub/hubTestSupport.ts';
import type { TestHub } from '../surfaces/hub/hubTestSupport.ts';

// What the hands-free browser tests share: a hub that builds its wake gate from Settings with
// the real "hey jarvis" model (the npm package's files, copied into a models folder), the real
// voice detector, and Chromium's fake microphone playing an espeak-ng WAV once (%noloop).
// No real speech-to-text model can be had here: ScriptedRecognizer answers from a script and
// records what audio reached it, so the tests see exactly which utterances the gate let through.

const tools = ['/usr/bin/espeak-ng', '/usr/bin/sox'].filter((tool) => !existsSync(tool));
export const wakeSkip =
  browserSkipReason() ??
  (tools.length ? `needs ${tools.join(' and ')} (apt-get install espeak-ng sox)` : undefined);

export const WAKE_HOME = `
name: Wake flat
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: hall_light, name: Hall light, area: hall, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
  - { id: garage_door, name: Garage door, area: hall, type: cover, class: garage }
`;

/**
 * Records, in the page, what the tests observe: every text of the status, getUserMedia's
 * constraints, the wake cue's tones, and speechSynthesis.speak / cancel. speak is recorded
 * and not passed on (there is no sound card here), so a reply "is still being spoken" until
 * cancel: exactly the moment barge-in must end.
 */
const OBSERVE = `
  window.__hearth = { status: [], constraints: [], tones: 0, spoken: [], cancels: [] };
  const log = window.__hearth;
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = (constraints) => {
    log.constraints.push(JSON.parse(JSON.stringify(constraints)));
    return getUserMedia(constraints);
  };
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) {
    log.tones += 1;
    return start.apply(this, args);
  };
  speechSynthesis.speak = (utterance) => log.spoken.push({ text: utterance.text, at: performance.now() });
  speechSynthesis.cancel = () => log.cancels.push(performance.now());
  new MutationObserver(() => {
    const element = document.getElementById('status');
    const text = element && element.textContent;
    if (text && log.status.at(-1) !== text) log.status.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

export interface Observed {
  status: string[];
  constraints: { audio?: { echoCancellation?: boolean } }[];
  tones: number;
  spoken: { text: string; at: number }[];
  cancels: number[];
}

export interface WakeScenario {
  hub: TestHub;
  browser: Browser;
  page: Page;
  recognizer: ScriptedRecognizer;
  observed(): Promise<Observed>;
  close(): Promise<void>;
}

export async function wakeScenario(options: {
  parts: FixturePart[];
  answers: string[];
  settings: Partial<Settings>;
}): Promise<WakeScenario> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-wake-e2e-'));
  const models = join(dir, 'models');
  mkdirSync(join(models, 'openwakeword'), { recursive: true });
  for (const f of ['hey_jarvis_v0.1.onnx', 'melspectrogram.onnx', 'embedding_model.onnx'])
    copyFileSync(join(WAKE_MODELS_DIR, f), join(models, 'openwakeword', f));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({ version: 1, settings: options.settings }),
  );
  // 48 kHz like a real microphone.
  const wav = convertFixture(speechFixture({ parts: options.parts }).path, 'wake-e2e', [
    '-r',
    '48000',
  ]);
  const recognizer = new ScriptedRecognizer([...options.answers]);
  const hub = await startTestHub({
    home: parseHome(WAKE_HOME, 'wake test home'),
    dataDir,
    modelsDir: models,
    recognizer,
  });
  const browser = await launchChromium([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}%noloop`,
    '--autoplay-policy=no-user-gesture-required',
  ]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.addInitScript(OBSERVE);
  await page.goto(hub.server.url);
  await page.getByRole('group', { name: 'Kitchen light', exact: true }).waitFor();
  return {
    hub,
    browser,
    page,
    recognizer,
    observed: () => page.evaluate(() => (window as unknown as { __hearth: Observed }).__hearth),
    async close() {
      await browser.close();
      await hub.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const device = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Devices' }).getByRole('group', { name, exact: true });
