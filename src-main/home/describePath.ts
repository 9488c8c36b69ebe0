// Names a place in the home file in the words a user knows: "device `hall_light`", not
// "devices[3]". Shared by schema problems and cross-reference problems so they read alike.

const LIST_ITEM_NAMES: Readonly<Record<string, string>> = {
  floors: 'floor',
  areas: 'area',
  devices: 'device',
  scenes: 'scene',
};

export interface PathDescription {
  /** What the problem is about (`device \`lamp\``, `scene \`movie\`, action 2`, `mqtt`); may be empty. */
  subject: string;
  /** The key within the subject (`connection.host`, `aliases[1]`); empty for the subject itself. */
  field: string;
}

/** The value at `path` in plain parsed data, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function describePath(data: unknown, path: readonly PropertyKey[]): PathDescription {
  const [list, index, ...rest] = path;
  const kind = typeof list === 'string' ? LIST_ITEM_NAMES[list] : undefined;
  if (kind && typeof index === 'number') {
    let subject = itemName(kind, valueAt(data, [list as string, index]), index);
    let fieldPath = rest;
    const [actions, actionIndex, ...actionRest] = rest;
    if (kind === 'scene' && actions === 'actions' && typeof actionIndex === 'number') {
      subject += `, action ${actionIndex + 1}`;
      fieldPath = actionRest;
    }
    return { subject, field: fieldLabel(fieldPath) };
  }
  if (list === 'mqtt') return { subject: 'mqtt', field: fieldLabel(path.slice(1)) };
  return { subject: '', field: fieldLabel(path) };
}

/** `device \`lamp\``, or `device #3` when the item has no usable id. */
export function itemName(kind: string, item: unknown, index: number): string {
  const id = valueAt(item, ['id']);
  return typeof id === 'string' && id !== '' ? `${kind} \`${id}\`` : `${kind} #${index + 1}`;
}

/** Joins a subject, an optional field and what is wrong into one sentence. */
export function sentence(where: PathDescription, predicate: string): string {
  if (where.field)
    return `${where.subject ? `${where.subject}: ` : ''}\`${where.field}\` ${predicate}`;
  return `${where.subject || 'the home file'} ${predicate}`;
}

function fieldLabel(path: readonly PropertyKey[]): string {
  let label = '';
  for (const key of path) {
    if (typeof key === 'number') label += `[${key}]`;
    else label += label ? `.${String(key)}` : String(key);
  }
  return label;
}
