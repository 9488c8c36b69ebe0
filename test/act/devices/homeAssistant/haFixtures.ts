import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Device, DeviceType, Home } from '../../../../src-main/core/home.ts';
import type { HomeAssistantSimulator } from '../../../simulators/homeAssistant/HomeAssistantSimulator.ts';

// Builders for tests of devices behind the simulated Home Assistant.

/** A token file holding `token`, in a fresh temporary folder. */
export function tokenFile(token: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hearth-ha-')), 'ha-token');
  writeFileSync(file, `${token}\n`);
  return file;
}

export function haDevice(id: string, type: DeviceType, entityId: string, cls?: string): Device {
  const device: Device = {
    id,
    name: id.replace(/_/g, ' '),
    aliases: [],
    type,
    confirm: false,
    expose: true,
    connection: { protocol: 'home_assistant', entity_id: entityId },
  };
  if (cls) device.class = cls;
  return device;
}

export function haHome(sim: HomeAssistantSimulator, devices: Device[], token = sim.token): Home {
  return {
    unit: 'celsius',
    floors: [],
    areas: [],
    devices,
    favorites: [],
    scenes: [],
    home_assistant: { url: sim.url, token_file: tokenFile(token) },
  };
}
