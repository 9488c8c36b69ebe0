import type { GbnfJsonSchema } from 'node-llama-cpp';
import {
  CLIMATE_MODES,
  COMMAND_VALUES,
  DEVICE_ATTRIBUTES,
  DEVICE_COMMANDS,
  SCENE_COMMAND,
} from '../../core/commands.ts';
import type { ValueKind } from '../../core/commands.ts';
import { CSS_COLOR_NAMES } from '../../core/cssColors.ts';
import type { Device, DeviceType, Home, Scene } from '../../core/home.ts';

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

/**
 * The JSON schema the grammar forces the model's answer into: one of
 * `{"actions": [...]}`, `{"queries": [...]}` or `{"reply": "..."}`. Every string is an enum
 * or bounded, so even a model that writes noise ends with a complete JSON object; numbers
 * have no bounds in a grammar, so ranges are the validator's job.
 */
export function planJsonSchema(
  catalogue: LlmCatalogue,
  maxActions = DEFAULT_MAX_ACTIONS,
): GbnfJsonSchema {
  const byType = new Map<DeviceType, string[]>();
  for (const d of catalogue.devices) byType.set(d.type, [...(byType.get(d.type) ?? []), d.id]);

  const actions: GbnfJsonSchema[] = [];
  const queries: GbnfJsonSchema[] = [];
  for (const [type, ids] of byType) {
    const commands = DEVICE_COMMANDS[type];
    const plain = commands.filter((c) => COMMAND_VALUES[c] === undefined);
    if (plain.length) actions.push(object({ device: { enum: ids }, command: { enum: plain } }));
    for (const command of commands) {
      const kind = COMMAND_VALUES[command];
      if (kind === undefined) continue;
      actions.push(
        object({ device: { enum: ids }, command: { const: command }, value: valueSchema(kind) }),
      );
    }
    queries.push(object({ device: { enum: ids }, attribute: { enum: DEVICE_ATTRIBUTES[type] } }));
  }
  if (catalogue.scenes.length) {
    actions.push(
      object({
        device: { enum: catalogue.scenes.map((s) => s.id) },
        command: { const: SCENE_COMMAND },
      }),
    );
  }

  const branches: GbnfJsonSchema[] = [];
  if (actions.length) {
    branches.push(
      object({
        actions: { type: 'array', minItems: 1, maxItems: maxActions, items: oneOf(actions) },
      }),
    );
  }
  if (queries.length) {
    branches.push(
      object({
        queries: { type: 'array', minItems: 1, maxItems: MAX_QUERIES, items: oneOf(queries) },
      }),
    );
  }
  branches.push(object({ reply: { type: 'string', minLength: 1, maxLength: MAX_REPLY_CHARS } }));
  return oneOf(branches);
}

function object(properties: Record<string, GbnfJsonSchema>): GbnfJsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

function oneOf(options: GbnfJsonSchema[]): GbnfJsonSchema {
  return options.length === 1 ? options[0]! : { oneOf: options };
}

function valueSchema(kind: ValueKind): GbnfJsonSchema {
  switch (kind) {
    case 'percent':
    case 'signed_percent':
    case 'kelvin':
      return { type: 'integer' };
    case 'temperature':
      return { type: 'number' };
    case 'color':
      return { enum: [...CSS_COLOR_NAMES] };
    case 'climate_mode':
      return { enum: CLIMATE_MODES };
  }
}
