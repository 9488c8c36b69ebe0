// The checks that need the whole file: ids unique, references pointing at things that exist,
// scene actions that the named device can do. They run on the plain parsed data (not the
// schema's output) so that they report even when some other part of the file is broken.
import type { HomeFileProblem } from '../core/errors.ts';
import { DEVICE_TYPES } from '../core/home.ts';
import type { DeviceType } from '../core/home.ts';
import { DEVICE_COMMANDS, SCENE_COMMAND } from '../core/commands.ts';
import type { TemperatureUnit } from '../core/commandValues.ts';
import { checkActionValue } from './checkActionValue.ts';
import { closestMatch } from './closestMatch.ts';
import { CONNECTION_SCHEMAS } from './connections/connectionSchemas.ts';
import { itemName, valueAt } from './describePath.ts';
import type { YamlLocator } from './YamlLocator.ts';

type Path = readonly PropertyKey[];
interface Item {
  path: Path;
  index: number;
  value: Record<string, unknown>;
}

/** The mapping items of a top-level list; undefined when the list is absent or not a list. */
function itemsOf(data: Record<string, unknown>, list: string): Item[] | undefined {
  const value = data[list];
  if (!Array.isArray(value)) return value == null ? [] : undefined;
  return value.flatMap((item: unknown, index) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? [{ path: [list, index], index, value: item as Record<string, unknown> }]
      : [],
  );
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** `known areas: a, b, c`, shortened for big homes. */
function knownList(noun: string, ids: readonly string[]): string {
  if (ids.length === 0) return `there are no ${noun} in the file`;
  const shown = ids.length > 12 ? [...ids.slice(0, 12), `... (${ids.length - 12} more)`] : ids;
  return `known ${noun}: ${shown.join(', ')}`;
}

function missing(kind: string, noun: string, id: string, known: readonly string[]): string {
  const guess = closestMatch(id, known);
  return `${kind} \`${id}\` does not exist; ${guess ? `did you mean \`${guess}\`? ` : ''}${knownList(noun, known)}`;
}

export function isMqttUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'mqtt:' || url.protocol === 'mqtts:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Every cross-reference problem of a home file whose top level is a mapping. */
export function crossCheckHome(
  data: Record<string, unknown>,
  locator: YamlLocator,
): HomeFileProblem[] {
  const problems: HomeFileProblem[] = [];
  // An unknown unit is the schema's to report; scene temperatures are read in the default.
  const unit: TemperatureUnit = data.unit === 'fahrenheit' ? 'fahrenheit' : 'celsius';
  const report = (path: Path, message: string) => problems.push({ ...locator.at(path), message });

  /** First occurrence of each id; reports later ones. */
  const uniqueIds = (items: readonly Item[], list: string, seen = new Map<string, Item>()) => {
    for (const item of items) {
      const id = str(item.value.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (!first) {
        seen.set(id, item);
        continue;
      }
      const firstLine = locator.at([...first.path, 'id']).line;
      const message =
        first.path[0] === list
          ? `${list}: id \`${id}\` is used twice (also line ${firstLine})`
          : `${list}: id \`${id}\` is already a device id (line ${firstLine}); devices and scenes share one set of ids`;
      report([...item.path, 'id'], message);
    }
    return seen;
  };

  const floors = itemsOf(data, 'floors');
  const areas = itemsOf(data, 'areas');
  const devices = itemsOf(data, 'devices');
  const scenes = itemsOf(data, 'scenes');
  const floorIds = floors && [...uniqueIds(floors, 'floors').keys()];
  const areaIds = areas && [...uniqueIds(areas, 'areas').keys()];
  const deviceMap = uniqueIds(devices ?? [], 'devices');
  const deviceIds = devices && [...deviceMap.keys()];
  uniqueIds(scenes ?? [], 'scenes', new Map(deviceMap));
  const sceneIds = scenes?.flatMap((scene) => str(scene.value.id) ?? []);

  // A reference is only checked when its list is readable; otherwise the list's own problem says it all.
  for (const area of areas ?? []) {
    const floor = str(area.value.floor);
    if (floor !== undefined && floorIds && !floorIds.includes(floor)) {
      report(
        [...area.path, 'floor'],
        `${itemName('area', area.value, area.index)}: ${missing('floor', 'floors', floor, floorIds)}`,
      );
    }
  }
  for (const device of devices ?? []) {
    const area = str(device.value.area);
    const name = itemName('device', device.value, device.index);
    if (area !== undefined && areaIds && !areaIds.includes(area)) {
      report([...device.path, 'area'], `${name}: ${missing('area', 'areas', area, areaIds)}`);
    }
    // A registered per-protocol schema owns its keys, `broker` included.
    const protocol = valueAt(device.value, ['connection', 'protocol']);
    if (protocol === 'home_assistant' && data.home_assistant == null) {
      report(
        [...device.path, 'connection', 'protocol'],
        `${name}: \`protocol: home_assistant\` needs the home's \`home_assistant:\` block (url and token_file) at the top of the file`,
      );
    }
    const owned = typeof protocol === 'string' && protocol in CONNECTION_SCHEMAS;
    const broker = valueAt(device.value, ['connection', 'broker']);
    if (!owned && typeof broker === 'string' && !isMqttUrl(broker)) {
      report(
        [...device.path, 'connection', 'broker'],
        `${name}: ${badUrl('connection.broker', broker)}`,
      );
    }
  }
  const defaultArea = str(data.default_area);
  if (defaultArea !== undefined && areaIds && !areaIds.includes(defaultArea)) {
    report(['default_area'], `default_area: ${missing('area', 'areas', defaultArea, areaIds)}`);
  }
  const url = valueAt(data, ['mqtt', 'url']);
  if (typeof url === 'string' && !isMqttUrl(url))
    report(['mqtt', 'url'], `mqtt: ${badUrl('url', url)}`);

  if (Array.isArray(data.favorites) && deviceIds && sceneIds) {
    const targets = [...new Set([...deviceIds, ...sceneIds])];
    data.favorites.forEach((favorite: unknown, index) => {
      if (typeof favorite !== 'string' || targets.includes(favorite)) return;
      const guess = closestMatch(favorite, targets);
      const hint = guess ? `did you mean \`${guess}\`?` : knownList('ids', targets);
      report(
        ['favorites', index],
        `favorites: \`${favorite}\` is not a device or scene id; ${hint}`,
      );
    });
  }

  for (const scene of scenes ?? []) {
    const actions = scene.value.actions;
    if (!Array.isArray(actions) || !deviceIds) continue;
    actions.forEach((action: unknown, index) => {
      const path = [...scene.path, 'actions', index];
      const subject = `${itemName('scene', scene.value, scene.index)}, action ${index + 1}`;
      const problem = checkSceneAction(action, deviceMap, sceneIds ?? [], deviceIds, unit);
      if (problem) report([...path, ...problem.at], `${subject}: ${problem.message}`);
    });
  }
  return problems;
}

function badUrl(field: string, value: string): string {
  return `\`${field}\` \`${value}\` is not an MQTT broker URL; write it like mqtt://192.168.1.5:1883 (mqtts:// for TLS)`;
}

/** The first thing wrong with one scene action, and the key of the action it is about. */
function checkSceneAction(
  action: unknown,
  devices: ReadonlyMap<string, Item>,
  sceneIds: readonly string[],
  deviceIds: readonly string[],
  unit: TemperatureUnit,
): { at: Path; message: string } | undefined {
  const id = str(valueAt(action, ['device']));
  const command = str(valueAt(action, ['command']));
  const value = valueAt(action, ['value']);
  if (id === undefined || command === undefined) return undefined; // the schema reports these
  const device = devices.get(id);
  if (!device) {
    if (sceneIds.includes(id)) {
      return {
        at: ['device'],
        message: `\`${id}\` is a scene; a scene's actions must name devices`,
      };
    }
    return { at: ['device'], message: missing('device', 'devices', id, deviceIds) };
  }
  const type = str(device.value.type);
  if (type === undefined || !(DEVICE_TYPES as readonly string[]).includes(type)) return undefined;
  const commands = DEVICE_COMMANDS[type as DeviceType];
  if (!commands.includes(command)) {
    const article = /^[aeiou]/.test(type) ? 'an' : 'a';
    if (commands.length === 0) {
      return { at: ['command'], message: `\`${id}\` is ${article} ${type} and takes no commands` };
    }
    const guess = command === SCENE_COMMAND ? undefined : closestMatch(command, commands);
    const hint = guess ? `did you mean \`${guess}\`? ` : '';
    return {
      at: ['command'],
      message: `command \`${command}\` does not work on ${article} ${type}; ${hint}use one of ${commands.join(', ')}`,
    };
  }
  if (value !== undefined && typeof value !== 'number' && typeof value !== 'string')
    return undefined;
  const problem = checkActionValue(command, value, unit);
  if (!problem) return undefined;
  return { at: value === undefined ? [] : ['value'], message: problem };
}
