import { z } from 'zod';
import type {
  AssistantApiMethod,
  AssistantEvent,
  HistoryEntry,
  HomeFileCheck,
  HomeView,
  ModelView,
  Settings,
} from '../../core/assistantApi.ts';
import type { ActionOutcome } from '../../core/state.ts';

// The shapes main accepts from the assistant's process: its answers and its events. That
// process runs native code (speech recogniser, language model) and may be in any state
// after a fault, so what it sends is checked before it reaches the window or the tray.
// Objects are loose (a field added to the contract passes through); sizes are bounded.

const MAX_STRING = 20_000;
const MAX_ITEMS = 10_000;
const str = z.string().max(MAX_STRING);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS);
const finite = z.number().finite();
const status = z.enum(['idle', 'listening', 'thinking', 'acting', 'error']);

const deviceState = z.looseObject({
  available: z.boolean(),
  state: str.optional(),
  brightness: finite.optional(),
  color: str.optional(),
  color_temp: finite.optional(),
  speed: finite.optional(),
  position: finite.optional(),
  volume: finite.optional(),
  temperature: finite.optional(),
  target_temperature: finite.optional(),
  mode: str.optional(),
  humidity: finite.optional(),
  value: finite.optional(),
});

const action = z.looseObject({
  device: str,
  command: str,
  value: z.union([finite, str]).optional(),
});

const actionOutcome = z.looseObject({
  device: str,
  command: str,
  value: z.union([finite, str]).optional(),
  outcome: z.enum(['ok', 'unconfirmed', 'failed', 'needs_confirmation']),
  error: str.optional(),
}) satisfies z.ZodType<ActionOutcome>;

const plan = z.looseObject({
  text: str,
  actions: list(action),
  queries: list(z.looseObject({ device: str, attribute: str })),
  timers: list(z.looseObject({ op: str, seconds: finite.optional(), name: str.optional() })),
  confirm: z.boolean(),
  reply: str,
  source: z.enum(['rules', 'llm', 'none']),
  clarify: list(str).optional(),
});

const deviceView = z.looseObject({
  id: str,
  name: str,
  area: str.optional(),
  areaName: str.optional(),
  type: str,
  class: str.optional(),
  state: deviceState,
  favorite: z.boolean(),
  pending: z.boolean().optional(),
});

const homeView = z.looseObject({
  name: str.optional(),
  areas: list(z.looseObject({ id: str, name: str })),
  devices: list(deviceView),
  scenes: list(z.looseObject({ id: str, name: str, favorite: z.boolean() })),
  unit: z.enum(['celsius', 'fahrenheit']).optional(),
  file: str.optional(),
}) satisfies z.ZodType<HomeView>;

const settings = z.looseObject({
  theme: z.enum(['system', 'light', 'dark']),
  historyDays: z.number().int().nullable(),
  microphoneId: str.nullable(),
  handsFree: z.boolean(),
  sttModel: str.nullable(),
  llmModel: str.nullable(),
  homeFile: str.nullable(),
  wakeWord: str,
  wakeThreshold: finite,
  followUpSeconds: finite,
  voiceUnlock: z.boolean(),
  spokenReplies: z.boolean(),
}) satisfies z.ZodType<Settings>;

const historyEntry = z.looseObject({
  turnId: str,
  at: str,
  text: str,
  reply: str,
  outcomes: list(actionOutcome),
}) satisfies z.ZodType<HistoryEntry>;

const modelView = z.looseObject({
  name: str,
  kind: z.enum(['stt', 'llm', 'wake', 'wake-feature']),
  description: str,
  sizeBytes: finite,
  ramBytes: finite,
  installed: z.boolean(),
  fits: z.boolean(),
  licence: str.optional(),
  licenceNotice: str.optional(),
  licenceUrl: str.optional(),
}) satisfies z.ZodType<ModelView>;

const homeFileCheck = z.looseObject({
  file: str,
  ok: z.boolean(),
  problems: list(
    z.looseObject({
      line: z.number().int().optional(),
      column: z.number().int().optional(),
      message: str,
    }),
  ),
  summary: str.optional(),
}) satisfies z.ZodType<HomeFileCheck>;

export const assistantEventSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('status'), status, message: str.optional() }),
  z.looseObject({ type: z.literal('user'), turnId: str, text: str, final: z.boolean() }),
  z.looseObject({ type: z.literal('reply_token'), turnId: str, token: str }),
  z.looseObject({
    type: z.literal('reply'),
    turnId: str,
    text: str,
    plan: plan.optional(),
    outcomes: list(actionOutcome),
  }),
  z.looseObject({
    type: z.literal('confirmation'),
    id: str,
    turnId: str,
    prompt: str,
    actions: list(action),
  }),
  z.looseObject({ type: z.literal('confirmation_closed'), id: str, accepted: z.boolean() }),
  z.looseObject({ type: z.literal('device'), device: deviceView }),
  z.looseObject({ type: z.literal('speech'), phase: z.enum(['start', 'end']), t: finite }),
  z.looseObject({ type: z.literal('wake'), word: str }),
  z.looseObject({ type: z.literal('level'), rms: finite }),
  z.looseObject({
    type: z.literal('notice'),
    level: z.enum(['info', 'warning', 'error']),
    text: str,
  }),
  z.looseObject({ type: z.literal('listening'), on: z.boolean() }),
  z.looseObject({ type: z.literal('settings'), settings }),
  z.looseObject({ type: z.literal('history_cleared') }),
]);

// A compile error here means the contract gained an event type this schema does not know:
// add it above, or main would drop every such event.
type UncheckedEventType = Exclude<
  AssistantEvent['type'],
  z.output<typeof assistantEventSchema>['type']
>;
const everyEventTypeChecked: [UncheckedEventType] extends [never] ? true : UncheckedEventType =
  true;
void everyEventTypeChecked;

const nothing = z.undefined();

/** What each request resolves with, member by member. */
export const RESULT_SCHEMAS = {
  getHome: homeView,
  sendText: nothing,
  confirm: nothing,
  control: actionOutcome,
  startListening: nothing,
  stopListening: nothing,
  getSettings: settings,
  updateSettings: settings,
  getHistory: list(historyEntry),
  clearHistory: nothing,
  listModels: list(modelView),
  downloadModel: list(modelView),
  checkHomeFile: homeFileCheck,
  importHomeAssistant: z.looseObject({
    devices: list(
      z.looseObject({
        name: str,
        type: str,
        area: str.optional(),
        entityId: str,
        exposed: z.boolean(),
      }),
    ),
    areas: list(str),
    unit: z.enum(['celsius', 'fahrenheit']),
    homeFile: str.optional(),
  }),
} as const satisfies Record<AssistantApiMethod, z.ZodType>;
