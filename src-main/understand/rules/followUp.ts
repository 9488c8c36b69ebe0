// A turn that leans on the one before it: "make it brighter" (its devices), "and the bedroom
// too" (its command), "the other one" (what it could have meant), "the one in the kitchen"
// (the answer to its "which one do you mean"). A turn that names its own targets and says
// its own command needs nothing from before.
import type { Device } from '../../core/home.ts';
import type { Plan, TurnMemory } from '../../core/plan.ts';
import type { ClauseResult } from './ClauseResult.ts';
import type { Frame } from './Frame.ts';
import type { HomeIndex } from './HomeIndex.ts';
import { matchesDomain } from './HomeIndex.ts';
import type { Domain } from './lexicon.ts';
import { IMPLIED_DOMAINS } from './lexicon.ts';
import { impliedDomain } from './resolveTargets.ts';
import { namesSomething } from './clauses.ts';

/** The clause of the earlier turn that said what to do, read once per turn by the caller. */
export type EarlierCommand = () => Frame | undefined;

/** Something to do or ask, said without saying to what. */
export function saysWhatToDo(f: Frame): boolean {
  return (
    f.verbs.length > 0 ||
    f.question !== undefined ||
    f.number !== undefined ||
    f.color !== undefined ||
    f.colortemp !== undefined ||
    f.level !== undefined ||
    f.half !== undefined ||
    f.mode !== undefined ||
    f.more ||
    f.less ||
    f.too !== undefined
  );
}

/** The kind of the earlier turn's devices, for "and the bedroom too": lights stay lights. */
function kindOf(devices: readonly Device[]): Domain | undefined {
  if (devices.length === 0) return undefined;
  const types = [...new Set(devices.map((d) => d.type))];
  const classes = [...new Set(devices.map((d) => d.class).filter((c) => c !== undefined))];
  const allClassed = devices.every((d) => d.class !== undefined);
  return {
    word: types.length === 1 ? types[0]!.replace(/_/g, ' ') : 'device',
    types,
    ...(allClassed && classes.length ? { classes } : {}),
  };
}

const COMMAND_SLOTS = [
  'number',
  'color',
  'colortemp',
  'level',
  'half',
  'amount',
  'mode',
  'too',
  'attribute',
  'duration',
] as const;

/** Lends a clause the earlier turn's command: its verbs, values and question. */
function borrowCommand(frame: Frame, from: Frame): void {
  frame.verbs.push(...from.verbs);
  for (const slot of COMMAND_SLOTS) {
    if (frame[slot] === undefined && from[slot] !== undefined) {
      (frame as unknown as Record<string, unknown>)[slot] = from[slot];
    }
  }
  frame.more ||= from.more;
  frame.less ||= from.less;
  if (!frame.question && from.question) frame.question = { ...from.question };
  frame.quantifier ??= from.quantifier;
  frame.stateWords.push(...from.stateWords);
}

export interface ContextResult {
  frames: Frame[];
  /** The command came from the earlier turn, so that turn's words still set it. */
  borrowedCommand: boolean;
}

/** Fills what the clauses leave unsaid from the earlier turn of the conversation. */
export function applyContext(
  frames: Frame[],
  previous: Plan,
  index: HomeIndex,
  earlierCommand: EarlierCommand,
): ContextResult {
  const memory = previous.memory;
  if (!memory) return { frames, borrowedCommand: false };
  const targets = memory.targets.map((id) => index.devices.get(id)).filter((d) => d !== undefined);
  let borrowedCommand = false;
  for (const frame of frames) {
    // "cancel it", "pause that" after a timer and nothing else: the timer.
    if (
      memory.timer &&
      memory.targets.length === 0 &&
      frame.pronoun &&
      !frame.timer &&
      !namesSomething(frame)
    ) {
      frame.timer = true;
      if (memory.timer.name) frame.timerName ??= memory.timer.name;
    }
    if (frame.exclusion || frame.timer || frame.timerStatus) continue;
    // "switch them all off": "all" of them is still them.
    const onlyAll =
      frame.pronoun && frame.mentions.length === 0 && frame.areaIds.length === 0 && !frame.here;
    const names = namesSomething(frame) && !onlyAll;
    // "do the conservatory too": "do" stands for the earlier command, said of a place.
    const standsIn =
      frame.proverb === true &&
      frame.verbs.every((v) => v.verb === 'start') &&
      frame.mentions.every((m) => m.areaIds && !m.deviceIds && !m.domain);
    if (standsIn && names) {
      // The "do" was no question either ("do the bedroom" is not "do you ...").
      frame.verbs = [];
      frame.question = undefined;
    }
    // "and in the bedroom?", "what about the kitchen": a question that asks nothing of its
    // own asks the earlier one again.
    const bare =
      frame.question !== undefined &&
      frame.verbs.length === 0 &&
      frame.attribute === undefined &&
      frame.stateWords.length === 0 &&
      frame.quantifier === undefined;
    const does = saysWhatToDo(frame) && !(bare && names);
    // "turn off the blender" names a thing the home lacks: not a way to say the last one.
    const namesUnknown = frame.unknownThing !== undefined && !frame.pronoun && !frame.other;
    if (!names && !namesUnknown && (does || frame.other || frame.pronoun)) {
      // "the other one" means what the earlier words fitted but did not pick.
      const ids = frame.other ? memory.alternatives : memory.targets;
      if (ids.length === 0) continue;
      const implied = frame.pronoun || frame.other ? undefined : impliedDomain(frame);
      // "lock up" after a light is about locks, not the light.
      if (
        implied &&
        explicitKind(frame) &&
        !ids.some((id) => {
          const d = index.devices.get(id);
          return d !== undefined && matchesDomain(d, implied);
        })
      )
        continue;
      // "what's the temperature in the den" then "turn it up": the den's heating, since a
      // thermometer takes no command.
      const sensed = ids.map((id) => index.devices.get(id));
      if (
        does &&
        !frame.question &&
        !frame.other &&
        sensed.every((d) => d?.type === 'sensor' && d.class === 'temperature' && d.area)
      ) {
        frame.areaIds.push(...new Set(sensed.map((d) => d!.area!)));
        frame.mentions.push({ domain: IMPLIED_DOMAINS.climate, surface: 'heating' });
        continue;
      }
      // "the other one" of several is a new choice to make, so it is resolved like a name.
      const choose = frame.other && !frame.otherPlural && ids.length > 1;
      frame.mentions.push(choose ? { deviceIds: ids } : { deviceIds: ids, fromContext: true });
      const earlier = earlierCommand();
      if (!does && earlier) {
        borrowCommand(frame, earlier);
        borrowedCommand = true;
      } else if (earlier && frame.verbs.length === 0 && (frame.more || frame.less)) {
        // "a bit more" after "dim the lights": further the same way; "less" the other way.
        const way = earlier.verbs.find((v) => v.verb === 'up' || v.verb === 'down');
        if (way) {
          const same = frame.more;
          const verb = (way.verb === 'up') === same ? 'up' : 'down';
          frame.verbs.push({ kind: 'verb', verb, strong: true });
          frame.more = false;
          frame.less = false;
          borrowedCommand = true;
        }
      }
    } else if (names && !does && memory.commandText) {
      // "and the bedroom too", "the hall as well": the earlier command, on these.
      const earlier = earlierCommand();
      if (!earlier) continue;
      borrowCommand(frame, earlier);
      borrowedCommand = true;
      // "and the garage too": a room that is also a kind word is the room here.
      const onlyPlaces = frame.mentions.every((m) => m.areaIds && !m.deviceIds) && !frame.all;
      const kind = kindOf(targets);
      // "what's the temperature in the hall", "and in the bedroom?": whatever tells it there.
      const asksReading = frame.question !== undefined && frame.attribute !== undefined;
      if (onlyPlaces && kind && !asksReading) {
        for (const m of frame.mentions) frame.areaIds.push(...m.areaIds!);
        frame.mentions = [{ domain: kind, surface: kind.word }];
      }
    }
  }
  return { frames, borrowedCommand };
}

/** Whether the clause itself says what kind of device it is about ("lock", "play", "clean"). */
function explicitKind(frame: Frame): boolean {
  return frame.verbs.some(
    (v) =>
      v.implies === 'media' ||
      ['lock', 'unlock', 'clean', 'dock', 'play', 'pause', 'next', 'previous', 'mute'].includes(
        v.verb,
      ),
  );
}

/**
 * The answer to "which one do you mean": the choices the reply names by room, by name, or by
 * place in the list. Undefined when the turn is not such an answer.
 */
export function chooseAmong(
  frames: readonly Frame[],
  choices: readonly string[],
  index: HomeIndex,
): string[] | undefined {
  const frame = frames[0];
  if (!frame || frames.length > 1) return undefined;
  if (frame.verbs.some((v) => v.strong && !v.particle) || frame.question) return undefined;
  const saysWhich =
    frame.areaIds.length > 0 || frame.mentions.some((m) => m.areaIds || m.deviceIds || m.domain);
  // "both of them", "all of them": every one asked about.
  if (frame.all && !saysWhich && !frame.here) return [...choices];
  if (frame.ordinal !== undefined) {
    const at = frame.ordinal < 0 ? choices.length + frame.ordinal : frame.ordinal;
    return choices[at] ? [choices[at]] : undefined;
  }
  const areas = index.areasOf([
    ...frame.areaIds,
    ...frame.mentions.flatMap((m) => m.areaIds ?? []),
  ]);
  const named = frame.mentions.flatMap((m) => m.deviceIds ?? []);
  let chosen = choices.filter((id) => {
    const d = index.devices.get(id);
    if (!d) return false;
    if (areas.length && (d.area === undefined || !areas.includes(d.area))) return false;
    return true;
  });
  if (named.length) {
    const byName = chosen.filter((id) => named.includes(id));
    if (byName.length) chosen = byName;
    else if (!areas.length) return undefined;
  }
  if (!areas.length && !named.length) {
    const kinds = frame.mentions.filter((m) => m.domain);
    if (kinds.length === 0) return undefined;
    chosen = chosen.filter((id) => {
      const d = index.devices.get(id);
      return d !== undefined && kinds.some((m) => matchesDomain(d, m.domain!));
    });
  }
  return chosen.length && chosen.length < choices.length ? chosen : undefined;
}

/** The timer a turn set going or changed, for "cancel it" next. */
function timerOf(results: readonly ClauseResult[]): TurnMemory['timer'] {
  const first = results.find((r) => r.timers.length > 0)?.timers[0];
  if (!first || first.op === 'cancel' || first.op === 'cancel_all') return undefined;
  return first.name ? { name: first.name } : {};
}

/** What this turn leaves for the next one. */
export function memoryOf(
  text: string,
  results: readonly ClauseResult[],
  previous: Plan | undefined,
  borrowedCommand: boolean,
): TurnMemory {
  // One clause names each target once; only several clauses can repeat one.
  const targets =
    results.length === 1 ? results[0]!.targets : [...new Set(results.flatMap((r) => r.targets))];
  const said = results.flatMap((r) => r.alternatives);
  let alternatives: string[] = [];
  if (said.length > 0) {
    const targetSet = new Set(targets);
    alternatives = [...new Set(said)].filter((id) => !targetSet.has(id));
  }
  const acted = results.some(
    (r) => r.actions.length > 0 || r.queries.length > 0 || r.stop?.clarify,
  );
  const commandText = borrowedCommand ? previous?.memory?.commandText : acted ? text : undefined;
  if (targets.length === 0 && previous?.memory && !acted) {
    // A turn that did nothing ("thanks") keeps the conversation's place, not its question.
    return {
      targets: previous.memory.targets,
      alternatives: previous.memory.alternatives,
      ...(previous.memory.commandText ? { commandText: previous.memory.commandText } : {}),
      ...(previous.memory.timer ? { timer: previous.memory.timer } : {}),
    };
  }
  const timer = targets.length === 0 ? timerOf(results) : undefined;
  return {
    targets,
    alternatives,
    ...(commandText ? { commandText } : {}),
    ...(timer ? { timer } : {}),
  };
}
