import { z } from 'zod';
import type { HomeFileProblem } from '../core/errors.ts';
import type { Protocol } from '../core/home.ts';
import { closestMatch } from './closestMatch.ts';
import { CONNECTION_SCHEMAS } from './connections/connectionSchemas.ts';
import { describePath, sentence, valueAt } from './describePath.ts';
import { HOME_FILE_KEYS } from './homeSchema.ts';
import type { YamlLocator } from './YamlLocator.ts';

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list, e.g. [one, two]',
  object: 'a mapping of keys',
};

/** What an enum-valued key's allowed values are called. */
const VALUE_NOUNS: Readonly<Record<string, string>> = {
  type: 'a device type',
  protocol: 'a known protocol',
  unit: 'a temperature unit',
};

/** Words people use for a device type that edit distance cannot connect to the right one. */
const TYPE_HINTS: Readonly<Record<string, string>> = {
  lamp: '`light`',
  bulb: '`light`',
  plug: '`switch` with `class: plug`',
  outlet: '`switch` with `class: outlet`',
  socket: '`switch` with `class: outlet`',
  blind: '`cover` with `class: blind`',
  curtain: '`cover` with `class: curtain`',
  garage_door: '`cover` with `class: garage`',
  thermostat: '`climate`',
  heating: '`climate`',
  tv: '`media_player` with `class: tv`',
  speaker: '`media_player` with `class: speaker`',
  kettle: '`appliance` with `class: kettle`',
  thermometer: '`sensor` with `class: temperature`',
  motion: '`binary_sensor` with `class: motion`',
};

/** Turns one zod issue on the home file's data into plain-words problems, each with its place. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  locator: YamlLocator,
): HomeFileProblem[] {
  const path = issue.path;
  const where = describePath(data, path);
  const value = valueAt(data, path);
  const at = (place: { line: number; column: number }, message: string): HomeFileProblem => ({
    ...place,
    message,
  });

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(data, path);
      return issue.keys.map((key) => {
        const guess = closestMatch(key, known);
        let hint = known.length > 0 ? `; use one of ${known.join(', ')}` : '';
        if (guess) hint = `; did you mean \`${guess}\`?`;
        const inField = where.field ? ` in \`${where.field}\`` : '';
        const prefix = where.subject ? `${where.subject}: ` : '';
        return at(locator.keyAt(path, key), `${prefix}unknown key \`${key}\`${inField}${hint}`);
      });
    }
    case 'invalid_type': {
      if (value === undefined) return [at(locator.at(path), sentence(where, 'is missing; add it'))];
      const quote =
        issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? '; put it in quotes to make it text'
          : '';
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const message = sentence(where, `must be ${expected}, not ${describeValue(value)}${quote}`);
      return [at(locator.at(path), message)];
    }
    case 'invalid_value': {
      const key = String(path.at(-1) ?? 'value');
      const allowed = issue.values.map(String);
      if (value === undefined) {
        return [
          at(locator.at(path), sentence(where, `is missing; use one of ${allowed.join(', ')}`)),
        ];
      }
      const synonym = key === 'type' && typeof value === 'string' ? TYPE_HINTS[value] : undefined;
      const close = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const guess = synonym ?? (close && `\`${close}\``);
      const noun = VALUE_NOUNS[key] ?? `an allowed \`${key}\``;
      const prefix = where.subject ? `${where.subject}: ` : '';
      const hint = guess ? `did you mean ${guess}? ` : '';
      const message = `${prefix}${key} \`${String(value)}\` is not ${noun}; ${hint}use one of ${allowed.join(', ')}`;
      return [at(locator.at(path), message)];
    }
    case 'invalid_format': {
      if (path.at(-1) === 'id' && typeof value === 'string') {
        const dots = path[0] === 'devices' || path[0] === 'scenes';
        const allowed = dots
          ? 'lower-case letters, digits, _ and .'
          : 'lower-case letters, digits and _';
        const example = suggestId(value, dots);
        const message = `${where.subject || 'id'}: id \`${value}\` may contain only ${allowed}${example ? `, e.g. \`${example}\`` : ''}`;
        return [at(locator.at(path), message)];
      }
      break;
    }
    case 'too_small':
      if (typeof value === 'string') return [at(locator.at(path), sentence(where, 'is empty'))];
      break;
    case 'invalid_union':
      if (path[0] !== 'scenes' || path.at(-1) !== 'value') break;
      return [
        at(
          locator.at(path),
          sentence(where, `must be a number or text, not ${describeValue(value)}`),
        ),
      ];
    default:
      break;
  }
  return [at(locator.at(path), sentence(where, `is not valid: ${issue.message}`))];
}

/** The keys the mapping at `path` may hold, for suggestions. */
function knownKeys(data: unknown, path: readonly PropertyKey[]): readonly string[] {
  const [list, , sub] = path;
  if (path.length === 0) return HOME_FILE_KEYS.home;
  if (path.length === 1 && list === 'mqtt') return HOME_FILE_KEYS.mqtt;
  if (path.length === 2 && list === 'floors') return HOME_FILE_KEYS.floor;
  if (path.length === 2 && list === 'areas') return HOME_FILE_KEYS.area;
  if (path.length === 2 && list === 'devices') return HOME_FILE_KEYS.device;
  if (path.length === 2 && list === 'scenes') return HOME_FILE_KEYS.scene;
  if (path.length === 4 && list === 'scenes' && sub === 'actions') return HOME_FILE_KEYS.action;
  if (path.length === 3 && list === 'devices' && sub === 'connection') {
    const protocol = valueAt(data, [...path, 'protocol']);
    let schema: z.core.$ZodType | undefined = CONNECTION_SCHEMAS[protocol as Protocol];
    while (schema instanceof z.ZodPipe) schema = schema.in;
    if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  }
  return [];
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return `text (\`${value}\`)`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `\`${value}\``;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** A valid id made from an invalid one: `Living Room` -> `living_room`. */
function suggestId(value: string, dots: boolean): string {
  const invalid = dots ? /[^a-z0-9_.]+/g : /[^a-z0-9_]+/g;
  return value
    .toLowerCase()
    .replace(invalid, '_')
    .replace(/^_+|_+$/g, '');
}
