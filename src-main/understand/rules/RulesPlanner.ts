import type { Device, Home } from '../../core/home.ts';
import type { Action, Plan, PlanContext, Planner, Query, Timer } from '../../core/plan.ts';
import { DEVICE_ATTRIBUTES, needsConfirmation, supportsCommand } from '../../core/commands.ts';
import { readClauses } from './clauses.ts';
import { commandFor } from './commandFor.ts';
import type { Command } from './commandFor.ts';
import { describeAction, describeDevices, describeTimer, listWords, sentence } from './describe.ts';
import { parseDurations } from './durations.ts';
import type { Frame } from './Frame.ts';
import { HomeIndex } from './HomeIndex.ts';
import { normalize } from './normalize.ts';
import { canTell, resolveTargets } from './resolveTargets.ts';
import { Tagger } from './Tagger.ts';
import { isTimerClause, timerFor } from './timerFor.ts';

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

interface ClauseResult {
  actions: Action[];
  queries: Query[];
  timers: Timer[];
  phrases: string[];
  /** Set when the clause cannot go ahead: a question back, or why nothing happens. */
  stop?: { reply: string; clarify?: string[] };
}

/**
 * The fast path: a small grammar built from the home's own names, compiled once per home,
 * that turns everyday commands into a plan in well under a millisecond.
 */
export class RulesPlanner implements Planner {
  private readonly index: HomeIndex;
  private readonly tagger: Tagger;

  constructor(home: Home) {
    this.index = new HomeIndex(home);
    this.tagger = new Tagger(home);
  }

  plan(text: string, context: PlanContext = {}): Plan {
    const spans = this.tagger.tag(parseDurations(normalize(text)));
    const frames = readClauses(spans, this.index.nameWords);
    const speakerArea = context.area ?? this.index.home.default_area;
    const results = frames.map((f) => this.clause(f, speakerArea));

    const stopped = results.find((r) => r.stop);
    const actions = dedupe(results.flatMap((r) => r.actions));
    const queries = results.flatMap((r) => r.queries);
    const timers = results.flatMap((r) => r.timers);
    const empty = actions.length === 0 && queries.length === 0 && timers.length === 0;
    const base = { text, actions, queries, timers };

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
      };
    }
    if (
      empty &&
      HELP_REQUEST.test(
        normalize(text)
          .filter((t) => t !== ',')
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
    const phrases = results.flatMap((r) => r.phrases);
    let reply = sentence(phrases);
    if (held.length)
      reply += ` ${held.length === actions.length ? 'This needs' : 'Some of this needs'} your confirmation first.`;
    return { ...base, confirm: held.length > 0, reply, source: 'rules' };
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

  private clause(frame: Frame, speakerArea: string | undefined): ClauseResult {
    const result: ClauseResult = { actions: [], queries: [], timers: [], phrases: [] };
    if (frame.negation && !frame.question)
      return { ...result, stop: { reply: "Okay, I won't do that." } };
    if (isTimerClause(frame)) {
      const timer = timerFor(frame);
      if (!timer) return { ...result, stop: { reply: 'How long should the timer run?' } };
      return { ...result, timers: [timer], phrases: [describeTimer(timer)] };
    }
    const isQuestion =
      frame.question !== undefined &&
      !frame.verbs.some((v) => v.strong && !v.particle && v.verb !== 'set');
    const resolution = resolveTargets(frame, this.index, {
      speakerArea,
      wholeHomeByDefault: isQuestion && (frame.question?.which ?? false),
      readOnly: isQuestion,
      ...(isQuestion && frame.attribute && frame.attribute !== 'state'
        ? { attribute: frame.attribute }
        : {}),
    });
    if (resolution.kind === 'ambiguous') {
      const choices = resolution.choices.map(
        (d) => `the ${d.name.toLowerCase()} in the ${this.index.areaName(d.area).toLowerCase()}`,
      );
      return {
        ...result,
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
      return { ...result, stop: { reply: `I couldn't find any ${resolution.what}${where}.` } };
    }
    if (resolution.kind === 'nothing') return result;
    // "the desk lamp" in a home with several lamps and no desk: don't guess which one.
    const modifier = frame.unknownModifier;
    if (
      modifier &&
      !frame.mentions.some((m) => m.deviceIds) &&
      this.index.matching(modifier.domain).length > 1
    ) {
      return {
        ...result,
        stop: {
          reply: `I couldn't find a ${modifier.word} ${modifier.domain.word.replace(/s$/, '')}.`,
        },
      };
    }

    if (isQuestion) {
      const devices = this.forAttribute(resolution.devices, frame.attribute);
      for (const d of devices)
        result.queries.push({ device: d.id, attribute: this.attributeOf(d, frame.attribute) });
      if (devices.length)
        result.phrases.push(`checking ${describeDevices(devices, this.index.home)}`);
      return result;
    }

    const groups = new Map<string, { command: Command; devices: Device[] }>();
    for (const device of resolution.devices) {
      const command = commandFor(frame, device);
      if (!command || !supportsCommand(device, command.command)) continue;
      const key = `${command.command}|${command.value ?? ''}`;
      const group = groups.get(key) ?? { command, devices: [] };
      group.devices.push(device);
      groups.set(key, group);
    }
    for (const { command, devices } of groups.values()) {
      for (const d of devices) result.actions.push({ device: d.id, ...command });
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
    return attribute && DEVICE_ATTRIBUTES[device.type].includes(attribute) ? attribute : 'state';
  }
}

function dedupe(actions: Action[]): Action[] {
  const seen = new Map<string, Action>();
  for (const a of actions) seen.set(`${a.device}|${a.command}`, a);
  return [...seen.values()];
}
