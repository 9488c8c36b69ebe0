import type { Device, Home } from '../../core/home.ts';
import type { Action, Plan, PlanContext, Planner, QuestionForm, Timer } from '../../core/plan.ts';
import { DEVICE_ATTRIBUTES, needsConfirmation, supportsCommand } from '../../core/commands.ts';
import { canBeIn, canonicalState } from '../../core/deviceStates.ts';
import { readClauses } from './clauses.ts';
import { commandFor, mainVerb } from './commandFor.ts';
import type { Command } from './commandFor.ts';
import { describeAction, describeDevices, describeTimer, listWords, sentence } from './describe.ts';
import { parseDurations } from './durations.ts';
import type { Frame, Mention } from './Frame.ts';
import type { Domain } from './lexicon.ts';
import { HomeIndex } from './HomeIndex.ts';
import { normalize } from './normalize.ts';
import { takenBack, withoutRestarts } from './restarts.ts';
import { bestReadings } from './readings.ts';
import { canTell, impliedDomain, resolveTargets } from './resolveTargets.ts';
import type { Resolution } from './resolveTargets.ts';
import { Tagger } from './Tagger.ts';
import { isTimerClause, timerFor } from './timerFor.ts';
import { applyContext, chooseAmong, memoryOf, saysWhatToDo as asksSomething } from './followUp.ts';
import type { ClauseResult } from './ClauseResult.ts';
import { excludeFrom } from './exclusions.ts';

/** The reply of a plan the rules could not read at all: the language model may try it. */
export const NOT_UNDERSTOOD =
  'Sorry, I didn\'t understand that. Try something like "turn off the kitchen lights" or "is the front door locked".';

const CAPABILITIES =
  'I can switch lights and plugs on and off, dim them and change their colour, open and close ' +
  'blinds, lock doors, set the heating, play and pause media, start the vacuum or the coffee ' +
  'machine, answer questions like "is the front door locked", and keep timers.';

/** "what can you do", "help": asked of the assistant itself, not of a device. */
const HELP_REQUEST =
  /^(?:hey \w+ )?(?:help|help me|what can you do|what do you do|what can i say|what can i ask|how do i use you|what are your commands)(?: please)?$/;

/** Readings kept per utterance, and the most checked against the home. */
const MAX_READINGS = 24;
const MAX_CHECKED = 12;
const EPSILON = 1e-6;

/** What a reading loses when the home says it cannot be right, or is unsure. */
const PENALTY = {
  /** A named device that cannot do what is asked: that reading is wrong. */
  impossible: 50,
  missing: 0.8,
  outsideArea: 1,
  nothingDoable: 2,
  unknownModifier: 1.5,
  noDuration: 1,
  ambiguous: 0.1,
  /** "turn the garage off", "dim the garage": words for lights, said of a cover, are a stretch. */
  switchedCover: 0.05,
} as const;

/** A mention that names a device, a scene or a place (not just a kind of device). */
const saysWhere = (m: Mention): boolean =>
  m.deviceIds !== undefined || m.sceneIds !== undefined || m.areaIds !== undefined;

/** Words for a machine itself, not for what it makes. */
const MACHINE_NOUNS: ReadonlySet<string> = new Set(
  'machine maker kettle cooker oven dryer washer dishwasher heater robot vacuum hoover cleaner'.split(
    ' ',
  ),
);

/**
 * A kind said by what a machine makes ("a strong coffee", "a cafe americano"): the word before
 * it says how, not which machine. "the washing machine" still names a machine.
 */
const describesMaking = (modifier: { domain: Domain; surface: string }): boolean =>
  modifier.domain.types.every((t) => t === 'appliance' || t === 'vacuum') &&
  !MACHINE_NOUNS.has(modifier.surface.split(' ').at(-1)!.replace(/s$/, ''));

function dedupeTimers(timers: readonly Timer[]): Timer[] {
  const seen = new Set<string>();
  return timers.filter((t) => {
    const key = JSON.stringify(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Only the devices of no room: what "outside" can mean in a home without outdoor areas. */
function roomless(resolution: Resolution): Resolution {
  if (resolution.kind === 'targets') {
    const devices = resolution.devices.filter((d) => d.area === undefined);
    return devices.length ? { ...resolution, devices } : { kind: 'nothing' };
  }
  if (resolution.kind === 'ambiguous') {
    const choices = resolution.choices.filter((d) => d.area === undefined);
    if (choices.length > 1) return { ...resolution, choices };
    if (choices.length === 1) {
      return {
        kind: 'targets',
        devices: choices,
        sceneIds: [],
        named: new Set(choices.map((d) => d.id)),
      };
    }
  }
  return { kind: 'nothing' };
}

/**
 * The fast path: a small grammar built from the home's own names, compiled once per home,
 * that turns everyday commands into a plan in well under a millisecond. Every stretch of an
 * utterance keeps all its readings; the planner checks the best few against the home and
 * keeps the one whose every action fits every target.
 */
export class RulesPlanner implements Planner {
  private readonly index: HomeIndex;
  private readonly tagger: Tagger;

  constructor(home: Home) {
    this.index = new HomeIndex(home);
    this.tagger = new Tagger(home, this.index.nameWords);
  }

  plan(said: string, context: PlanContext = {}): Plan {
    if (takenBack(said)) {
      const memory = context.previous?.memory;
      return {
        text: said,
        actions: [],
        queries: [],
        timers: [],
        confirm: false,
        reply: "Okay, I won't do that.",
        source: 'rules',
        ...(memory
          ? { memory: { targets: memory.targets, alternatives: memory.alternatives } }
          : {}),
      };
    }
    const text = withoutRestarts(said);
    if (text !== said) return { ...this.plan(text, context), text: said };
    const pending = context.previous?.memory?.pending;
    if (pending) {
      // "the one in the kitchen" after "which one do you mean": the question's words, answered.
      const chosen = chooseAmong(this.readText(text), pending.choices, this.index);
      if (chosen) {
        return {
          ...this.planWith(pending.text, { ...context, previous: undefined }, chosen),
          text,
        };
      }
    }
    return this.planWith(text, context, undefined);
  }

  private readonly readText = (text: string): Frame[] =>
    readClauses(this.tagger.tag(parseDurations(normalize(text))));

  private planWith(text: string, context: PlanContext, choose: string[] | undefined): Plan {
    const speakerArea = context.area ?? this.index.home.default_area;
    const tokens = parseDurations(normalize(text));
    const readings = bestReadings(this.tagger.lattice(tokens), MAX_READINGS);
    let borrowed = false;
    // The earlier turn's command is read once, however many readings lean on it.
    let earlier: { frame: Frame | undefined } | undefined;
    const commandText = context.previous?.memory?.commandText;
    const earlierCommand = (): Frame | undefined => {
      earlier ??= {
        frame: commandText ? this.readText(commandText).find(asksSomething) : undefined,
      };
      return earlier.frame;
    };
    let best: { results: ClauseResult[]; score: number } | undefined;
    let checked = 0;
    for (const reading of readings) {
      // A reading's prior is the most it can score: once below the best, none can win.
      if (best && reading.prior < best.score - EPSILON) break;
      if (checked++ >= MAX_CHECKED) break;
      let frames = readClauses(reading.spans);
      let borrowedHere = false;
      if (context.previous) {
        const filled = applyContext(frames, context.previous, this.index, earlierCommand);
        frames = filled.frames;
        borrowedHere = filled.borrowedCommand;
      }
      const results = this.interpret(frames, speakerArea, choose);
      const score = reading.prior - results.reduce((sum, r) => sum + r.penalty, 0);
      if (!best || score > best.score + EPSILON) {
        best = { results, score };
        borrowed = borrowedHere;
      }
    }
    return this.assemble(text, best?.results ?? [], context, borrowed);
  }

  /** Each clause against the home, then what "except ..." and "but leave ..." take away. */
  private interpret(
    frames: readonly Frame[],
    speakerArea: string | undefined,
    choose: string[] | undefined,
  ): ClauseResult[] {
    const excluded = frames.filter((f) => f.exclusion);
    return frames
      .filter((f) => !f.exclusion)
      .map((f) => this.clause(f, speakerArea, excluded, choose));
  }

  private assemble(
    text: string,
    results: readonly ClauseResult[],
    context: PlanContext,
    borrowed: boolean,
  ): Plan {
    const stopped = results.find((r) => r.stop);
    // One clause names each device once; only several clauses can repeat one.
    const actions =
      results.length === 1 ? results[0]!.actions : dedupe(results.flatMap((r) => r.actions));
    const queries = results.length === 1 ? results[0]!.queries : results.flatMap((r) => r.queries);
    // "scrap that, cancel it": one timer cancelled, however many times it is said.
    const timers =
      results.length === 1 ? results[0]!.timers : dedupeTimers(results.flatMap((r) => r.timers));
    const empty = actions.length === 0 && queries.length === 0 && timers.length === 0;
    const base = { text, actions, queries, timers };
    const memory = memoryOf(text, results, context.previous, borrowed);

    if (stopped?.stop?.clarify) {
      // Never guess between devices: ask, and do nothing else until answered.
      return {
        ...base,
        actions: [],
        queries: [],
        timers: [],
        confirm: false,
        reply: stopped.stop.reply,
        source: 'rules',
        clarify: stopped.stop.clarify,
        // The words to answer are those that gave the command ("the other one" borrowed it).
        memory: {
          ...memory,
          pending: {
            text: (borrowed ? context.previous?.memory?.commandText : undefined) ?? text,
            choices: stopped.stop.clarify,
          },
        },
      };
    }
    if (
      empty &&
      HELP_REQUEST.test(
        normalize(text)
          .filter((t) => t !== ',' && t !== '?')
          .join(' '),
      )
    ) {
      return { ...base, confirm: false, reply: CAPABILITIES, source: 'none' };
    }
    if (empty) {
      return {
        ...base,
        confirm: false,
        reply: stopped?.stop?.reply ?? NOT_UNDERSTOOD,
        source: 'none',
      };
    }
    const held = actions.filter((a) => this.needsConfirmation(a));
    const phrases = [...new Set(results.flatMap((r) => r.phrases))];
    let reply = sentence(phrases);
    if (held.length)
      reply += ` ${held.length === actions.length ? 'This needs' : 'Some of this needs'} your confirmation first.`;
    const question = results.find((r) => r.question)?.question;
    return {
      ...base,
      confirm: held.length > 0,
      reply,
      source: 'rules',
      ...(question ? { question } : {}),
      memory,
    };
  }

  private needsConfirmation(action: Action): boolean {
    const device = this.index.devices.get(action.device);
    if (device) return needsConfirmation(device, action.command);
    const scene = this.index.scenes.get(action.device);
    return (scene?.actions ?? []).some((a) => {
      const d = this.index.devices.get(a.device);
      return d !== undefined && needsConfirmation(d, a.command);
    });
  }

  private clause(
    frame: Frame,
    speakerArea: string | undefined,
    exclusions: readonly Frame[],
    choose: string[] | undefined,
  ): ClauseResult {
    const result: ClauseResult = {
      actions: [],
      queries: [],
      timers: [],
      phrases: [],
      // A word read as something the clause had no use for explains nothing after all; "the
      // first" only chooses among the choices of a question, which this clause is not.
      penalty: frame.unused + (frame.ordinal !== undefined ? 1 : 0),
      targets: [],
      alternatives: [],
    };
    if (frame.negation && !frame.question)
      return { ...result, stop: { reply: "Okay, I won't do that." } };
    if (isTimerClause(frame)) {
      const timer = timerFor(frame);
      if (!timer)
        return {
          ...result,
          penalty: PENALTY.noDuration,
          stop: { reply: 'How long should the timer run?' },
        };
      return { ...result, timers: [timer], phrases: [describeTimer(timer)] };
    }
    const isQuestion =
      frame.question !== undefined &&
      !frame.ensure &&
      !frame.verbs.some((v) => v.strong && !v.particle && v.verb !== 'set');
    // "what temperature is the heating set to": its setting, not the room's reading.
    if (
      isQuestion &&
      frame.attribute === 'temperature' &&
      frame.number === undefined &&
      frame.verbs.some((v) => v.verb === 'set')
    )
      frame.attribute = 'target_temperature';
    const askedState = isQuestion ? stateAsked(frame) : undefined;
    if (frame.narrowed) {
      const { outer, inner } = frame.narrowed;
      const around = this.index.areasOf(outer);
      const within = this.index.areasOf(inner).filter((a) => around.includes(a));
      if (within.length) {
        frame.areaIds = [
          ...frame.areaIds.filter((id) => !outer.includes(id) && !inner.includes(id)),
          ...within,
        ];
      }
    }
    // "the lights outside": the home's outdoor areas, never the room the speaker is in; in a
    // home without any, a device of no room (a frost sensor of the house) may be outside.
    const outdoors =
      frame.outdoor === true && frame.areaIds.length === 0 && !frame.mentions.some(saysWhere);
    if (outdoors && this.index.outdoorAreas.length) frame.areaIds.push(...this.index.outdoorAreas);
    const noRoom = outdoors && this.index.outdoorAreas.length === 0;
    let resolution = resolveTargets(frame, this.index, {
      speakerArea: noRoom ? undefined : speakerArea,
      wholeHomeByDefault:
        noRoom ||
        (isQuestion &&
          (frame.question?.which === true || frame.quantifier !== undefined || frame.all)),
      readOnly: isQuestion,
      ...(isQuestion && frame.attribute && frame.attribute !== 'state'
        ? { attribute: frame.attribute }
        : {}),
      ...(askedState ? { state: askedState } : {}),
      ...(choose ? { choose } : {}),
    });
    if (noRoom) resolution = roomless(resolution);
    if (resolution.kind === 'nothing' && noRoom) {
      return {
        ...result,
        penalty: result.penalty + PENALTY.missing,
        stop: { reply: "I couldn't find anything outside: none of this home's rooms is outdoors." },
      };
    }
    if (resolution.kind === 'targets' && exclusions.length) {
      resolution = excludeFrom(resolution, exclusions, this.index);
    }
    // "the desk lamp" in a home with several lamps and no desk, "the garden lights" in one
    // without a garden, "the pool heater" in one with a bathroom heater: don't guess which
    // (not even the speaker's room's, nor the only one). Asking is harmless: "is the sink
    // leaking" may well mean the one leak sensor, and "a strong coffee" the coffee machine.
    const modifier = frame.unknownModifier;
    const ofKind = modifier ? this.index.matching(modifier.domain).length : 0;
    if (
      modifier &&
      !frame.mentions.some((m) => m.deviceIds) &&
      (ofKind > 1 || (ofKind === 1 && !isQuestion && !describesMaking(modifier)))
    ) {
      return {
        ...result,
        penalty: PENALTY.unknownModifier,
        stop: {
          reply: `I couldn't find ${modifier.plural ? 'any' : 'a'} ${modifier.word} ${modifier.surface}.`,
        },
      };
    }

    // "lock the door": only the doors that lock are the choices (and one of them is no choice).
    if (
      resolution.kind === 'ambiguous' &&
      !isQuestion &&
      !resolution.outsideArea &&
      !frame.here &&
      frame.areaIds.length === 0
    ) {
      const able = resolution.choices.filter((d) => {
        const command = commandFor(frame, d, this.index.home.unit);
        return command !== undefined && supportsCommand(d, command.command);
      });
      if (able.length === 1) {
        resolution = { kind: 'targets', devices: able, sceneIds: [], named: new Set() };
      } else if (able.length > 1 && able.length < resolution.choices.length) {
        resolution = { ...resolution, choices: able };
      }
    }
    if (resolution.kind === 'ambiguous') {
      const choices = resolution.choices.map(
        (d) => `the ${d.name.toLowerCase()} in the ${this.index.areaName(d.area).toLowerCase()}`,
      );
      return {
        ...result,
        penalty:
          result.penalty + PENALTY.ambiguous + (resolution.outsideArea ? PENALTY.outsideArea : 0),
        stop: {
          reply: `Which one do you mean: ${listWords(choices, 'or')}?`,
          clarify: resolution.choices.map((d) => d.id),
        },
      };
    }
    if (resolution.kind === 'missing') {
      const where = resolution.areaIds.length
        ? ` in the ${listWords(resolution.areaIds.map((a) => this.index.areaName(a).toLowerCase()))}`
        : '';
      return {
        ...result,
        penalty: PENALTY.missing,
        stop: {
          reply: frame.unknownThing
            ? `I couldn't find the ${frame.unknownThing}${where || ' in this home'}.`
            : `I couldn't find any ${resolution.what}${where}.`,
        },
      };
    }
    if (resolution.kind === 'nothing') {
      if (!saysWhatToDo(frame)) return result;
      // "switch on the pool pump": say what was not found, not that nothing was understood.
      const thing = frame.verbs.length > 0 ? frame.unknownThing : undefined;
      return {
        ...result,
        penalty: PENALTY.nothingDoable,
        ...(thing ? { stop: { reply: `I couldn't find the ${thing} in this home.` } } : {}),
      };
    }
    result.alternatives = resolution.alternatives ?? [];
    result.penalty += this.nameAwayFromKind(frame, speakerArea) * PENALTY.outsideArea;
    result.penalty += (resolution.outsideArea ?? 0) * PENALTY.outsideArea;
    // "the lamp scene": the scene, not the lamp of the same name.
    if (frame.saysScene) {
      if (resolution.sceneIds.length === 0) result.penalty += 1;
      else if (resolution.named.size > 0) result.penalty += 0.5;
    }
    // "switch on the sauna": the thing to act on is one the home lacks, whatever kind word
    // came before it ("switch" is also a kind of device).
    const unknownAt = frame.unknownObjectAt;
    if (
      unknownAt !== undefined &&
      !isQuestion &&
      // "clean the carpet", "it's too dark, I can't see my hands": what is cleaned or seen.
      frame.too === undefined &&
      impliedDomain(frame) === undefined &&
      // "can the robot do the floors": what it does them to.
      !frame.proverb &&
      frame.mentions.every(
        (m) => (m.verbWord || (!m.deviceIds && !m.sceneIds)) && (m.at ?? 0) < unknownAt,
      )
    ) {
      return {
        ...result,
        penalty: result.penalty + PENALTY.nothingDoable,
        stop: { reply: `I couldn't find the ${frame.unknownThing ?? 'device'} in this home.` },
      };
    }
    if (isQuestion) return this.question(frame, resolution, askedState, result);

    const switched =
      mainVerb(frame) === 'on' ||
      mainVerb(frame) === 'off' ||
      frame.too === 'dark' ||
      frame.too === 'bright' ||
      frame.attribute === 'brightness' ||
      frame.verbs.some((v) => v.implies === 'light');
    let stretched = false;
    // What a clause asks depends only on the device's type: worked out once per type, and the
    // devices that take the same command are described together.
    const byType = new Map<Device['type'], { command: Command; devices: Device[] } | undefined>();
    const groups = new Map<string, { command: Command; devices: Device[] }>();
    for (const device of resolution.devices) {
      let group = byType.get(device.type);
      if (!byType.has(device.type)) {
        let command = commandFor(frame, device, this.index.home.unit);
        if (command && !supportsCommand(device, command.command)) command = undefined;
        if (command) {
          const key = `${command.command}|${command.value ?? ''}`;
          group = groups.get(key) ?? { command, devices: [] };
          groups.set(key, group);
        }
        byType.set(device.type, group);
      }
      if (switched && device.type === 'cover') stretched = true;
      if (!group) {
        // A device the user named must take the command; one of a kind may sit it out.
        if (resolution.named.has(device.id)) result.penalty += PENALTY.impossible;
        continue;
      }
      group.devices.push(device);
    }
    for (const { command, devices } of groups.values()) {
      const { command: name, value } = command;
      for (const d of devices) {
        result.actions.push(
          value === undefined
            ? { device: d.id, command: name }
            : { device: d.id, command: name, value },
        );
      }
      result.phrases.push(
        describeAction(command, describeDevices(devices, this.index.home), this.index.home),
      );
    }
    const verbs = frame.verbs.map((v) => v.verb);
    if (!verbs.includes('off') && !verbs.includes('stop')) {
      for (const id of resolution.sceneIds) {
        const scene = this.index.scenes.get(id)!;
        result.actions.push({ device: id, command: 'activate' });
        result.phrases.push(
          describeAction(
            { command: 'activate' },
            `the ${scene.name.toLowerCase()} scene`,
            this.index.home,
          ),
        );
      }
    }
    if (result.actions.length === 0) result.penalty += PENALTY.nothingDoable;
    if (stretched) result.penalty += PENALTY.switchedCover;
    result.targets = result.actions.map((a) => a.device);
    return result;
  }

  /**
   * "open the blinds" in a bathroom with a roller blind, in a home whose kitchen has a device
   * called "Blinds": the kind in the speaker's room is meant, not the name in another room.
   */
  private nameAwayFromKind(frame: Frame, speakerArea: string | undefined): number {
    if (!speakerArea || frame.areaIds.length || frame.all || frame.here) return 0;
    let away = 0;
    for (const m of frame.mentions) {
      if (!m.kindToo || !m.deviceIds || m.areaIds || m.fromContext) continue;
      const named = m.deviceIds.map((id) => this.index.devices.get(id));
      if (named.some((d) => d?.area === speakerArea)) continue;
      // Only when the room's own devices are called so too: a "Roller blind" is one of the
      // blinds, but a "Ceiling light" is no chandelier and a "Back door" no front door.
      const called = named[0] ? this.index.singularName(named[0]) : '';
      const here = (d: Device) =>
        d.area === speakerArea && this.index.singularName(d).includes(called);
      if (called && this.index.matching(m.kindToo).some(here)) away++;
    }
    return away;
  }

  private question(
    frame: Frame,
    resolution: Extract<Resolution, { kind: 'targets' }>,
    askedState: string | undefined,
    result: ClauseResult,
  ): ClauseResult {
    let devices = this.forAttribute(resolution.devices, frame.attribute);
    // "is anything still lit upstairs": only a light is lit.
    if (frame.stateWords.includes('lit') && devices.some((d) => d.type === 'light'))
      devices = devices.filter((d) => d.type === 'light');
    // "is the back door shut" of a door the home knows only as its lock: whether it's locked.
    const shut = askedState ? canonicalState(askedState) : undefined;
    if (
      (shut === 'open' || shut === 'closed') &&
      devices.length > 0 &&
      devices.every((d) => d.type === 'lock' && resolution.named.has(d.id))
    )
      askedState = shut === 'open' ? 'unlocked' : 'locked';
    if (askedState) {
      const able = devices.filter((d) => canBeIn(d, askedState));
      if (devices.some((d) => resolution.named.has(d.id) && !canBeIn(d, askedState)))
        result.penalty += PENALTY.impossible;
      devices = able;
    }
    if (frame.attribute && frame.attribute !== 'state') {
      if (devices.some((d) => resolution.named.has(d.id) && !canTell(d, frame.attribute!)))
        result.penalty += PENALTY.impossible;
    }
    for (const d of devices)
      result.queries.push({ device: d.id, attribute: this.attributeOf(d, frame.attribute) });
    if (devices.length)
      result.phrases.push(`checking ${describeDevices(devices, this.index.home)}`);
    else result.penalty += PENALTY.nothingDoable;
    result.targets = devices.map((d) => d.id);
    const form = questionForm(frame);
    if (form !== 'state' || askedState) {
      result.question = { form, ...(askedState ? { state: askedState } : {}) };
    }
    return result;
  }

  /** For "what's the temperature": devices that can tell, sensors first. */
  private forAttribute(devices: Device[], attribute: string | undefined): Device[] {
    if (!attribute || attribute === 'state') return devices;
    const able = devices.filter((d) => canTell(d, attribute));
    if (able.length === 0) return devices;
    const sensors = able.filter((d) => d.type === 'sensor');
    return sensors.length ? sensors : able;
  }

  private attributeOf(device: Device, attribute: string | undefined): string {
    // A light-level sensor's reading is its value.
    if (attribute === 'brightness' && device.type === 'sensor') return 'value';
    return attribute && DEVICE_ATTRIBUTES[device.type].includes(attribute) ? attribute : 'state';
  }
}

/** The state a question names: "is the window open", "are the lights on", "is it locked". */
function stateAsked(frame: Frame): string | undefined {
  const said = frame.stateWords[0];
  if (said) return canonicalState(said);
  const particle = frame.verbs.find((v) => v.particle);
  if (!particle) return undefined;
  switch (particle.verb) {
    case 'on':
    case 'off':
      return particle.verb;
    case 'open':
      return 'open';
    case 'close':
      return 'closed';
    default:
      return undefined;
  }
}

function questionForm(frame: Frame): QuestionForm['form'] {
  if (frame.question?.count) return 'count';
  if (frame.quantifier === 'all') return 'all';
  if (frame.quantifier === 'any') return 'any';
  if (frame.question?.which) return 'which';
  return 'state';
}

/** A clause that asks for something to happen, so finding no device for it counts against it. */
function saysWhatToDo(frame: Frame): boolean {
  return (
    frame.verbs.length > 0 ||
    frame.number !== undefined ||
    frame.color !== undefined ||
    frame.level !== undefined ||
    frame.question !== undefined
  );
}

function dedupe(actions: Action[]): Action[] {
  const seen = new Map<string, Action>();
  for (const a of actions) seen.set(`${a.device}|${a.command}`, a);
  return [...seen.values()];
}
