import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, LaunchOptions } from 'playwright-core';
import type { Home } from '../../../src-main/core/home.ts';
import { parseHome } from '../../../src-main/home/loadHome.ts';
import { buildUi } from '../../../src-main/surfaces/hub/buildUi.ts';
import type { UiAssets } from '../../../src-main/surfaces/hub/buildUi.ts';
import { startHub } from '../../../src-main/surfaces/hub/startHub.ts';
import type { Hub, StartHubOptions } from '../../../src-main/surfaces/hub/startHub.ts';

// What the hub's tests share: a test home (with a Hue light on a closed port, so it is
// unreachable), one UI build, a hub on 127.0.0.1 port 0, and Debian's Chromium.

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(process.cwd(), '.test-artifacts', 'hub');

/** A TCP port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 9;
}

export function testHome(porchPort: number): Home {
  return parseHome(
    `
name: Test flat
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall }
  - { id: living_room, name: Living room }
  - { id: porch, name: Porch }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: kettle, name: Kettle, area: kitchen, type: appliance, class: kettle }
  - { id: hall_light, name: Hall light, area: hall, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
  - id: thermostat
    name: Thermostat
    area: hall
    type: climate
    connection: { protocol: virtual, initial: { state: 'on', temperature: 20.5, target_temperature: 21, mode: heat } }
  - { id: reading_lamp, name: Reading lamp, area: living_room, type: light }
  - { id: blind, name: Living room blind, area: living_room, type: cover, class: blind }
  - { id: tv, name: TV, area: living_room, type: media_player, class: tv }
  - id: porch_light
    name: Porch light
    area: porch
    type: light
    connection: { protocol: hue, host: 127.0.0.1, port: ${porchPort}, username: hearthtest, light: "1" }
scenes:
  - id: movie_night
    name: Movie night
    actions:
      - { device: reading_lamp, command: set_brightness, value: 30 }
      - { device: tv, command: turn_on }
favorites: [movie_night, front_door, kitchen_light]
`,
    'test home',
  );
}

let assets: Promise<UiAssets> | undefined;
/** One UI build shared by every test in the process. */
export function testAssets(): Promise<UiAssets> {
  assets ??= buildUi();
  return assets;
}

export interface TestHub extends Hub {
  dataDir: string;
  /** Closes the hub and removes its data folder. */
  cleanup(): Promise<void>;
}

export async function startTestHub(options: Partial<StartHubOptions> = {}): Promise<TestHub> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hearth-hub-'));
  const home = options.home ?? testHome(await closedPort());
  const hub = await startHub({
    home,
    dataDir,
    port: 0,
    deviceTimeoutMs: 500,
    assets: await testAssets(),
    ...options,
  });
  return {
    ...hub,
    dataDir,
    async cleanup() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Why browser tests cannot run here, or undefined when they can. */
export function browserSkipReason(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
}

/**
 * Debian's Chromium with the flags environment.md asks for. Playwright gives every launch a
 * fresh temporary profile (its own --user-data-dir), removed when the browser closes.
 */
export async function launchChromium(
  extraArgs: string[] = [],
  options: LaunchOptions = {},
): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
    ...options,
  });
}
