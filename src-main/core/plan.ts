// The plan object of `hearth plan` (../shared/spec/cli.md): what was understood, not yet done.

export interface Action {
  /** A device id, or a scene id with the command `activate`. */
  device: string;
  command: string;
  /** Present only for commands that take a value. */
  value?: number | string;
}

export interface Query {
  device: string;
  attribute: string;
}

export const TIMER_OPS = [
  'start',
  'cancel',
  'cancel_all',
  'pause',
  'resume',
  'add',
  'remove',
  'status',
] as const;
export type TimerOp = (typeof TIMER_OPS)[number];

export interface Timer {
  op: TimerOp;
  seconds?: number;
  name?: string;
}

export type PlanSource = 'rules' | 'llm' | 'none';

export interface Plan {
  text: string;
  actions: Action[];
  queries: Query[];
  timers: Timer[];
  /** True when any action needs the user's confirmation before it runs. */
  confirm: boolean;
  /** What the assistant would say: one short sentence. */
  reply: string;
  source: PlanSource;
  /** When a name fits several devices and the room is unclear: the candidate ids, nothing acted on. */
  clarify?: string[];
  /** How a question about several devices wants its answer: a count, yes/no, or names. */
  question?: QuestionForm;
  /** What a later turn of the same conversation may refer to ("make it brighter"). */
  memory?: TurnMemory;
}

export interface QuestionForm {
  /** count: "how many"; any: "is any", "is there"; all: "is every"; which: "which"; state: one answer per device. */
  form: 'count' | 'any' | 'all' | 'which' | 'state';
  /** The state asked about ("open", "on", "locked"), when the question names one. */
  state?: string;
}

/**
 * What a plan leaves for the next turn: the devices it was about, the command it gave, and the
 * question it asked back. Opaque to everything but the planner that wrote it.
 */
export interface TurnMemory {
  /** Device ids the turn acted on or asked about. */
  targets: string[];
  /** Other devices the same words could have meant ("the other one"). */
  alternatives: string[];
  /** The words of the turn that set the command, for "and the bedroom too". */
  commandText?: string;
  /** The turn set or changed a timer (and no device): "cancel it", "how long to go". */
  timer?: { name?: string };
  /** The turn asked "which one": its words and the choices, answered by the next turn. */
  pending?: { text: string; choices: string[] };
}

export interface PlanContext {
  /** The room the speaker is in; overrides the home's default_area. */
  area?: string;
  /** Stops a slow planner (the language model); the plan then comes back with source `none`. */
  signal?: AbortSignal;
  /** The turn before this one in the same conversation, if it is recent. */
  previous?: Plan;
  /** A spoken answer's words as they are generated (a preview: the plan's reply is final). */
  onToken?: (text: string) => void;
}

/** Anything that turns words into a plan: the fast rules, the language model, or both in turn. */
export interface Planner {
  plan(text: string, context?: PlanContext): Plan | Promise<Plan>;
}
