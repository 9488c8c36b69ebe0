import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchHomeAssistantHome } from '../act/devices/homeAssistant/fetchHomeAssistantHome.ts';
import { homeFileFromHomeAssistant } from '../act/devices/homeAssistant/homeFileFromHomeAssistant.ts';
import type {
  HomeAssistantImportRequest,
  HomeAssistantImportResult,
} from '../core/assistantApi.ts';
import { parseHome } from '../home/loadHome.ts';

/** The files an import writes, in the data folder: the token apart from the home file. */
export const IMPORTED_HOME_FILE = 'home-assistant-home.yaml';
export const IMPORTED_TOKEN_FILE = 'home-assistant-token';

/**
 * Settings' import from Home Assistant: reads HA (as `hearth home import` does) and, when
 * asked to apply, writes the token (owner-only) and the home file into the data folder.
 * The result lists devices, never the token.
 */
export async function importHomeAssistant(
  request: HomeAssistantImportRequest,
  dataDir: string,
): Promise<HomeAssistantImportResult> {
  const token = request.token.trim();
  const tokenFile = join(dataDir, IMPORTED_TOKEN_FILE);
  const snapshot = await fetchHomeAssistantHome({ url: request.url, token });
  const text = homeFileFromHomeAssistant(snapshot, { url: request.url, token_file: tokenFile });
  const homeFile = join(dataDir, IMPORTED_HOME_FILE);
  const home = parseHome(text, homeFile);
  const areaNames = new Map(home.areas.map((a) => [a.id, a.name]));
  const result: HomeAssistantImportResult = {
    devices: home.devices.map((d) => ({
      name: d.name,
      type: d.type,
      entityId: String(d.connection?.entity_id ?? ''),
      exposed: d.expose,
      ...(d.area ? { area: areaNames.get(d.area) ?? d.area } : {}),
    })),
    areas: home.areas.map((a) => a.name),
    unit: home.unit,
  };
  if (!request.apply) return result;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  chmodSync(tokenFile, 0o600);
  writeFileSync(homeFile, text);
  return { ...result, homeFile };
}
