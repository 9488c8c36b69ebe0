import type { HomeAssistantServer } from '../../../core/home.ts';
import type { HomeAssistantSnapshot } from './fetchHomeAssistantHome.ts';

// A home file (YAML text) from one snapshot of a Home Assistant: one device per entity
// Hearth can control or read, with HA's names, aliases, areas and floors. The same snapshot
// always gives the same text (everything sorted by HA's ids), so a re-import diffs cleanly.

const COVER_CLASSES = new Set([
  'blind',
  'curtain',
  'shade',
  'shutter',
  'awning',
  'garage',
  'gate',
  'door',
  'window',
]);
const MEDIA_CLASSES = new Set(['tv', 'speaker']);
const SWITCH_CLASSES = new Set(['outlet', 'switch']);

interface Planned {
  id: string;
  name: string;
  aliases: string[];
  area?: string;
  type: string;
  class?: string;
  expose: boolean;
  entityId: string;
  comment: string;
}

export function homeFileFromHomeAssistant(
  snapshot: HomeAssistantSnapshot,
  server: Pick<HomeAssistantServer, 'url' | 'token_file'>,
): string {
  const states = new Map(snapshot.states.map((s) => [s.entity_id, s]));
  const devices = new Map(snapshot.devices.map((d) => [d.id, d]));
  const entries = new Map(snapshot.entities.map((e) => [e.entity_id, e]));
  const areaIds = new Map(snapshot.areas.map((a) => [a.area_id, slug(a.area_id)]));
  const floorIds = new Map(snapshot.floors.map((f) => [f.floor_id, slug(f.floor_id)]));
  const entityIds = [...new Set([...entries.keys(), ...states.keys()])].sort();
  const objectIds = new Map<string, number>();
  for (const entityId of entityIds) {
    const object = slug(entityId.split('.')[1] ?? entityId);
    objectIds.set(object, (objectIds.get(object) ?? 0) + 1);
  }

  const planned: Planned[] = [];
  const scenes: { id: string; name: string; aliases: string[]; device: string }[] = [];
  let leftOut = 0;
  for (const entityId of entityIds) {
    const entry = entries.get(entityId);
    const state = states.get(entityId);
    const domain = entityId.split('.')[0] ?? '';
    if (entry?.disabled_by || entry?.hidden_by || entry?.entity_category) {
      leftOut += 1;
      continue;
    }
    const deviceClass =
      entry?.device_class ?? entry?.original_device_class ?? str(state?.attributes.device_class);
    const kind = typeFor(domain, deviceClass);
    if (!kind) continue;
    // A sensor without a class or a number (a firmware version, a text) answers no question.
    if (domain === 'sensor' && !deviceClass && !Number.isFinite(Number(state?.state ?? 'x')))
      continue;
    const device = entry?.device_id ? devices.get(entry.device_id) : undefined;
    if (device?.disabled_by) {
      leftOut += 1;
      continue;
    }
    const object = slug(entityId.split('.')[1] ?? entityId);
    const id = objectIds.get(object) === 1 ? object : entityId;
    const name =
      entry?.name ??
      str(state?.attributes.friendly_name) ??
      entry?.original_name ??
      object.replace(/_/g, ' ');
    const aliases = [
      ...new Set((entry?.aliases ?? []).map((a) => a.trim()).filter((a) => a && a !== name)),
    ].sort();
    const haArea = entry?.area_id ?? device?.area_id;
    const area = haArea ? areaIds.get(haArea) : undefined;
    const from = [`${entityId}`];
    if (device) {
      const label = device.name_by_user ?? device.name ?? device.id;
      const make = [device.manufacturer, device.model].filter(Boolean).join(' ');
      from.push(`device "${label}"${make ? ` (${make})` : ''}`);
    }
    if (area) from.push(entry?.area_id ? 'area from the entity' : 'area from its device');
    if (!entry) from.push('not in the entity registry');
    const exposed = entry?.options?.conversation?.should_expose !== false;
    if (!exposed) from.push("not exposed to HA's assistant");
    if (domain === 'scene') {
      scenes.push({ id, name, aliases, device: entityId });
      planned.push({
        id: entityId,
        name: `${name} scene`,
        aliases: [],
        type: 'switch',
        class: 'scene',
        expose: false,
        entityId,
        comment: `${entityId} (activated by the scene ${id})`,
        ...(area ? { area } : {}),
      });
      continue;
    }
    planned.push({
      id,
      name,
      aliases,
      type: kind.type,
      expose: exposed,
      entityId,
      comment: from.join(' · '),
      ...(kind.class ? { class: kind.class } : {}),
      ...(area ? { area } : {}),
    });
  }

  const lines: string[] = [
    `# Imported from Home Assistant at ${hostOf(server.url)} by \`hearth home import\`.`,
    '# Re-run the import to pick up changes made in Home Assistant.',
  ];
  if (leftOut > 0)
    lines.push(
      `# ${leftOut} hidden, disabled or diagnostic entit${leftOut === 1 ? 'y was' : 'ies were'} left out.`,
    );
  if (snapshot.locationName) lines.push(`name: ${q(snapshot.locationName)}`);
  lines.push(`unit: ${snapshot.unit}`);
  lines.push('home_assistant:', `  url: ${q(server.url)}`);
  if (server.token_file) lines.push(`  token_file: ${q(server.token_file)}`);
  const floors = [...snapshot.floors].sort((a, b) => a.floor_id.localeCompare(b.floor_id));
  if (floors.length > 0) {
    lines.push('floors:');
    for (const f of floors)
      lines.push(
        `  - id: ${floorIds.get(f.floor_id)}`,
        `    name: ${q(f.name)}`,
        ...aliasLines(f.aliases, '    '),
      );
  }
  const areas = [...snapshot.areas].sort((a, b) => a.area_id.localeCompare(b.area_id));
  if (areas.length > 0) {
    lines.push('areas:');
    for (const a of areas) {
      lines.push(
        `  - id: ${areaIds.get(a.area_id)}`,
        `    name: ${q(a.name)}`,
        ...aliasLines(a.aliases, '    '),
      );
      const floor = a.floor_id ? floorIds.get(a.floor_id) : undefined;
      if (floor) lines.push(`    floor: ${floor}`);
    }
  }
  lines.push(planned.length > 0 ? 'devices:' : 'devices: []');
  for (const d of planned) {
    lines.push(
      `  # ${d.comment}`,
      `  - id: ${d.id}`,
      `    name: ${q(d.name)}`,
      ...aliasLines(d.aliases, '    '),
    );
    if (d.area) lines.push(`    area: ${d.area}`);
    lines.push(`    type: ${d.type}`);
    if (d.class) lines.push(`    class: ${d.class}`);
    if (!d.expose) lines.push('    expose: false');
    lines.push(`    connection: { protocol: home_assistant, entity_id: ${d.entityId} }`);
  }
  if (scenes.length > 0) {
    lines.push('scenes:');
    for (const s of scenes) {
      lines.push(
        `  # ${s.device}`,
        `  - id: ${s.id}`,
        `    name: ${q(s.name)}`,
        ...aliasLines(s.aliases, '    '),
        `    actions:`,
        `      - { device: ${s.device}, command: turn_on }`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function typeFor(
  domain: string,
  deviceClass: string | undefined,
): { type: string; class?: string } | undefined {
  switch (domain) {
    case 'light':
    case 'fan':
    case 'climate':
    case 'lock':
    case 'vacuum':
    case 'valve':
      return { type: domain };
    case 'switch':
    case 'input_boolean':
      return deviceClass && SWITCH_CLASSES.has(deviceClass) && deviceClass !== 'switch'
        ? { type: 'switch', class: deviceClass }
        : { type: 'switch' };
    case 'cover':
      return deviceClass && COVER_CLASSES.has(deviceClass)
        ? { type: 'cover', class: deviceClass }
        : { type: 'cover' };
    case 'media_player':
      return deviceClass && MEDIA_CLASSES.has(deviceClass)
        ? { type: 'media_player', class: deviceClass }
        : { type: 'media_player' };
    case 'sensor':
    case 'binary_sensor':
      return deviceClass ? { type: domain, class: deviceClass } : { type: domain };
    case 'scene':
      return { type: 'scene' };
    default:
      return undefined;
  }
}

function aliasLines(aliases: readonly string[], indent: string): string[] {
  const clean = [...new Set(aliases.map((a) => a.trim()).filter(Boolean))];
  return clean.length === 0 ? [] : [`${indent}aliases: [${clean.map(q).join(', ')}]`];
}

/** Plain YAML when it is safe, else a JSON string (valid YAML too). */
function q(text: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9 _'().-]*$/.test(text) &&
    !/^(true|false|yes|no|on|off|null|~)$/i.test(text) &&
    !/^[0-9.]+$/.test(text)
    ? text
    : JSON.stringify(text);
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'x'
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the given address';
  }
}
