import type { Device, Home, Scene } from '../../core/home.ts';

// What the language model may see and name: the home's exposed devices, and the scenes that
// touch only exposed devices (a scene is a way to act on its devices, so a scene with a hidden
// device in it stays hidden too). The grammar and the validator are both built from this.

export interface LlmCatalogue {
  devices: Device[];
  scenes: Scene[];
  /** The exposed devices by id. */
  byId: ReadonlyMap<string, Device>;
  /** The usable scenes by id. */
  scenesById: ReadonlyMap<string, Scene>;
}

export const DEFAULT_MAX_ACTIONS = 5;
export const MAX_QUERIES = 5;
export const MAX_REPLY_CHARS = 160;

export function llmCatalogue(home: Home): LlmCatalogue {
  const devices = home.devices.filter((d) => d.expose);
  const byId = new Map(devices.map((d) => [d.id, d]));
  const scenes = home.scenes.filter((s) => s.actions.every((a) => byId.has(a.device)));
  return { devices, scenes, byId, scenesById: new Map(scenes.map((s) => [s.id, s])) };
}
