// The home file's shape (../shared/spec/home-file.md) as a zod schema whose output is the
// `Home` of core/home.ts. Cross-references (does that area exist?) are checked afterwards by
// crossCheckHome, because they need the whole file and a place in it for every message.
import { z } from 'zod';
import { DEVICE_TYPES, PROTOCOLS } from '../core/home.ts';
import type { Connection, Home } from '../core/home.ts';
import { CONNECTION_SCHEMAS } from './connections/connectionSchemas.ts';
import { internetMessage, isHomeNetworkHost, outsideHomeNetwork } from './homeNetwork.ts';

/** Ids of areas and floors. */
export const AREA_ID = /^[a-z0-9_]+$/;
/** Ids of devices and scenes: dots allowed, so `light.kitchen` works. */
export const DEVICE_ID = /^[a-z0-9_.]+$/;

// YAML writes "nothing here" as `key:` or `key: null`; both mean the key is absent.
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v) => v ?? undefined);
}
function withDefault<T extends z.ZodType>(schema: T, fallback: z.output<T>) {
  return schema.nullish().transform((v): z.output<T> => v ?? fallback);
}
/** Drops keys whose value is undefined, so an absent optional key is absent in the output too. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const text = z.string().trim().min(1);
const aliases = withDefault(z.array(text), []);
/** A reference to an id; its existence is checked by crossCheckHome. */
const ref = z.string().min(1);

const connectionSchema = z
  .looseObject({ protocol: z.enum(PROTOCOLS), allow_internet: optional(z.boolean()) })
  .transform((input, ctx): Connection => {
    const { allow_internet: allowInternet, ...value } = input;
    if (!allowInternet) refuseInternet(value, ctx);
    const protocolSchema = CONNECTION_SCHEMAS[value.protocol];
    if (!protocolSchema) return value;
    const result = protocolSchema.safeParse(value);
    if (result.success) return { ...(result.data as object), protocol: value.protocol };
    // The paths are relative to the connection; zod prefixes them with this transform's own.
    for (const issue of result.error.issues) ctx.addIssue({ ...issue });
    return z.NEVER;
  });

/** Adds an issue for a `host` or `broker` outside the home network (see homeNetwork.ts). */
function refuseInternet(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (typeof value.host === 'string' && !isHomeNetworkHost(value.host)) {
    ctx.addIssue({ code: 'custom', path: ['host'], message: internetMessage(value.host) });
  }
  const broker = typeof value.broker === 'string' ? outsideHomeNetwork(value.broker) : undefined;
  if (broker) ctx.addIssue({ code: 'custom', path: ['broker'], message: broker });
}

export const floorSchema = z.strictObject({ id: z.string().regex(AREA_ID), name: text, aliases });

export const areaSchema = z
  .strictObject({ id: z.string().regex(AREA_ID), name: text, aliases, floor: optional(ref) })
  .transform(compact);

export const deviceSchema = z
  .strictObject({
    id: z.string().regex(DEVICE_ID),
    name: text,
    aliases,
    area: optional(ref),
    type: z.enum(DEVICE_TYPES),
    class: optional(text),
    confirm: withDefault(z.boolean(), false),
    expose: withDefault(z.boolean(), true),
    connection: optional(connectionSchema),
  })
  .transform(compact);

export const sceneActionSchema = z
  .strictObject({
    device: ref,
    command: text,
    value: optional(z.union([z.number(), z.string()])),
  })
  .transform(compact);

export const sceneSchema = z.strictObject({
  id: z.string().regex(DEVICE_ID),
  name: text,
  aliases,
  actions: z.array(sceneActionSchema),
});

export const mqttSchema = z
  .strictObject({
    url: text,
    username: optional(text),
    password: optional(z.string()),
    allow_internet: optional(z.boolean()),
  })
  .superRefine((value, ctx) => {
    const outside = value.allow_internet ? undefined : outsideHomeNetwork(value.url);
    if (outside) ctx.addIssue({ code: 'custom', path: ['url'], message: outside });
  })
  .transform(({ allow_internet: _allowed, ...broker }) => compact(broker));

export const homeAssistantSchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: 'url must be an http:// or https:// address' }),
    token_file: optional(text),
    token: optional(text),
    allow_internet: optional(z.boolean()),
  })
  .refine((v) => v.token_file !== undefined || v.token !== undefined, {
    message: 'home_assistant needs `token_file:` (or `token:`): a long-lived access token',
  })
  .superRefine((value, ctx) => {
    // The token travels to this server: it must be on the home network unless the user says.
    const outside = value.allow_internet ? undefined : outsideHomeNetwork(value.url);
    if (outside) ctx.addIssue({ code: 'custom', path: ['url'], message: outside });
  })
  .transform(compact);

const homeObject = z.strictObject({
  name: optional(text),
  default_area: optional(ref),
  unit: withDefault(z.enum(['celsius', 'fahrenheit']), 'celsius'),
  floors: withDefault(z.array(floorSchema), []),
  areas: withDefault(z.array(areaSchema), []),
  devices: withDefault(z.array(deviceSchema), []),
  mqtt: optional(mqttSchema),
  home_assistant: optional(homeAssistantSchema),
  favorites: withDefault(z.array(ref), []),
  scenes: withDefault(z.array(sceneSchema), []),
});

/** The whole home file. Parse the YAML's plain data with it; prefer parseHome, which also places errors. */
export const homeSchema: z.ZodType<Home> = homeObject.transform(compact);

/** The keys each mapping of the home file may hold, for "did you mean" suggestions. */
export const HOME_FILE_KEYS = {
  home: Object.keys(homeObject.shape),
  floor: Object.keys(floorSchema.shape),
  area: Object.keys(areaSchema.in.shape),
  device: Object.keys(deviceSchema.in.shape),
  scene: Object.keys(sceneSchema.shape),
  action: Object.keys(sceneActionSchema.in.shape),
  mqtt: Object.keys(mqttSchema.in.shape),
  home_assistant: Object.keys(homeAssistantSchema.in.shape),
} as const satisfies Record<string, readonly string[]>;
