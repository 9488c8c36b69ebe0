import { extname, resolve } from 'node:path';
import { COMMAND_VALUES, SCENE_COMMAND, supportsCommand } from '../core/commands.ts';
import type { HomeFileCheck, ModelView } from '../core/assistantApi.ts';
import { HomeFileError } from '../core/errors.ts';
import type { Home } from '../core/home.ts';
import type { Action } from '../core/plan.ts';
import { checkActionValue } from '../home/checkActionValue.ts';
import { loadHomeFile } from '../home/loadHome.ts';
import type { ModelLocator } from '../models/ModelLocator.ts';
import { MEMORY_SHARE } from '../models/recommendModel.ts';

// The service's checks that need no state of its own: a direct control, a home file, models.

/** What is wrong with a direct control from the devices panel, in plain words; undefined if fine. */
export function checkControl(home: Home, action: Action): string | undefined {
  const device = home.devices.find((d) => d.id === action.device);
  const scene = home.scenes.find((s) => s.id === action.device);
  if (!device && !scene) return `There is no device or scene called "${action.device}".`;
  if (scene) {
    return action.command === SCENE_COMMAND && action.value === undefined
      ? undefined
      : `${scene.name} is a scene: the only thing it can do is activate.`;
  }
  if (device && !supportsCommand(device, action.command)) {
    return `${device.name} cannot ${action.command.replace(/_/g, ' ')}.`;
  }
  const problem = checkActionValue(action.command, action.value, home.unit);
  if (problem && COMMAND_VALUES[action.command] !== undefined) return `${device?.name}: ${problem}`;
  return problem;
}

/** Validates a home file without using it. Only .yaml/.yml/.json files are read. */
export function checkHomeFile(file: string): HomeFileCheck {
  const path = resolve(String(file).trim());
  // Other files are not read at all, so a UI cannot use this to peek at arbitrary files.
  if (!['.yaml', '.yml', '.json'].includes(extname(path).toLowerCase())) {
    return {
      file: path,
      ok: false,
      problems: [{ message: 'a home file ends in .yaml, .yml or .json' }],
    };
  }
  try {
    const home = loadHomeFile(path);
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const summary = [
      count(home.areas.length, 'area'),
      count(home.devices.length, 'device'),
      count(home.scenes.length, 'scene'),
    ].join(', ');
    return { file: path, ok: true, problems: [], summary };
  } catch (error) {
    if (error instanceof HomeFileError) {
      return { file: path, ok: false, problems: error.problems.map((p) => ({ ...p })) };
    }
    throw error;
  }
}

/** The catalogue's models: installed or not, and whether each fits this computer's memory. */
export function listModels(locator: ModelLocator): ModelView[] {
  return locator.catalogue.models.map((entry) => ({
    name: entry.name,
    kind: entry.kind,
    description: entry.description,
    sizeBytes: entry.sizeBytes,
    ramBytes: entry.ramBytes,
    installed: locator.installedModel(entry.name) !== undefined,
    fits: entry.ramBytes <= locator.totalMemory * MEMORY_SHARE[entry.kind],
    licence: entry.licence,
    ...(entry.licenceNotice !== undefined ? { licenceNotice: entry.licenceNotice } : {}),
    ...(entry.licenceUrl !== undefined ? { licenceUrl: entry.licenceUrl } : {}),
  }));
}
