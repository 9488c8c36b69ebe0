// Splits an utterance at "and", "then" and commas into clauses, then joins back the pieces
// that only continue a list ("the kitchen and the hall lights") and lends a clause what it
// leaves unsaid ("turn on the lamp and make it red": "it" is the lamp).
import { emptyFrame, readFrame, saysAnyValue } from './Frame.ts';
import type { Frame } from './Frame.ts';
import type { Span } from './tags.ts';
import { tagOf } from './tags.ts';

const isConj = (span: Span): boolean => span.tags.length === 1 && tagOf(span, 'conj') !== undefined;
const isBreak = (span: Span): 'except' | 'but' | undefined =>
  tagOf(span, 'except') ? 'except' : tagOf(span, 'but') ? 'but' : undefined;

function saysSomething(f: Frame): boolean {
  return (
    f.verbs.length > 0 ||
    f.question !== undefined ||
    f.timer ||
    f.timerStatus ||
    f.number !== undefined ||
    f.duration !== undefined ||
    f.color !== undefined ||
    f.colortemp !== undefined ||
    f.level !== undefined ||
    f.half !== undefined ||
    f.too !== undefined ||
    f.more ||
    f.less
  );
}

/**
 * "turn the landing light and the island light off": a clause with only a weak "turn" starts
 * a list whose particle comes at the end.
 */
function opensSplitVerb(previous: Frame, frame: Frame): boolean {
  return (
    previous.verbs.length > 0 &&
    previous.verbs.every((v) => !v.strong) &&
    !saysSomething({ ...previous, verbs: [] }) &&
    namesSomething(previous) &&
    frame.verbs.some((v) => v.particle)
  );
}

/** The clause says which devices: by name, kind, room, "all" or "here". */
export function namesSomething(f: Frame): boolean {
  return f.mentions.length > 0 || f.areaIds.length > 0 || f.all || f.here;
}

/** "the other one", "the second one": a clause of its own, about an earlier turn. */
function refersBack(f: Frame): boolean {
  return f.other || f.ordinal !== undefined || f.pronoun;
}

/** A lone word that names a device as well as saying a verb: "vacuum", "hoover". */
function isAddress(span: Span): boolean {
  return (
    span.end - span.start === 1 &&
    tagOf(span, 'verb') !== undefined &&
    (tagOf(span, 'domain') !== undefined || tagOf(span, 'device') !== undefined)
  );
}

function merge(into: Frame, from: Frame, before = false): void {
  if (before) {
    // "switch the television and the kitchen lights off": the kitchen is the lights' room,
    // said in the later piece, not the television's.
    const roomIsTheirs = into.areaIds.length > 0 && from.areaIds.length === 0;
    into.mentions.unshift(...from.mentions.map((m) => (roomIsTheirs ? { ...m, listed: true } : m)));
    into.areaIds.unshift(...from.areaIds);
  } else {
    into.mentions.push(...from.mentions.map((m) => ({ ...m, listed: true })));
    into.areaIds.push(...from.areaIds);
  }
  into.all ||= from.all;
  into.here ||= from.here;
  into.unknown.push(...from.unknown);
}

export function readClauses(spans: readonly Span[]): Frame[] {
  const pieces: { spans: Span[]; after?: 'except' | 'but' | ',' }[] = [{ spans: [] }];
  for (const span of spans) {
    const brk = isBreak(span);
    if (brk) pieces.push({ spans: [], after: brk });
    else if (isConj(span))
      pieces.push(span.tokens[0] === ',' ? { spans: [], after: ',' } : { spans: [] });
    else pieces[pieces.length - 1]!.spans.push(span);
  }
  const frames: Frame[] = [];
  let addressed = false;
  // "in the bathroom, shut the curtains and put the lights on": a place said first, then a
  // comma, is where every clause after it happens.
  let sharedPlace: string[] | undefined;
  for (const piece of pieces) {
    if (piece.spans.length === 0) continue;
    const frame = readFrame(piece.spans);
    const previous = frames[frames.length - 1];
    if (frames.length === 0 && !sharedPlace && isOnlyPlace(frame) && pieces.length > 2)
      sharedPlace = [...frame.areaIds, ...frame.mentions.flatMap((m) => m.areaIds ?? [])];
    // "vacuum, go home": the first word names who is spoken to, not what it should do.
    if (
      addressed &&
      piece.after === ',' &&
      frames.length === 1 &&
      frame.verbs.length > 0 &&
      !namesSomething(frame)
    ) {
      merge(frame, previous!, true);
      frames.pop();
      frames.push(frame);
      addressed = false;
      continue;
    }
    addressed = frames.length === 0 && piece.spans.length === 1 && isAddress(piece.spans[0]!);
    // "except the hallway", "but leave the fan on": what the other clauses must not touch.
    const keeps = frame.verbs.some((v) => v.verb === 'keep');
    // "turn the light on the fan off, not the fan itself": "not" and a thing, no verb.
    const notThis =
      tagOf(piece.spans[0]!, 'negation') !== undefined &&
      frame.verbs.length === 0 &&
      namesSomething(frame);
    if (
      frames.length > 0 &&
      (piece.after === 'except' ||
        notThis ||
        (piece.after === 'but' && (keeps || frame.verbs.length === 0)) ||
        (keeps && frame.verbs.some((v) => v.particle)))
    ) {
      frame.exclusion = true;
      frames.push(frame);
      continue;
    }
    // "start a pasta timer, 10 minutes", "timer: pasta, 10 minutes": one timer, said in parts.
    if (previous?.timer && !previous.timerName && !saysSomething(frame) && !namesSomething(frame)) {
      if (frame.unknown.length) previous.timerName = frame.unknown.join(' ');
      continue;
    }
    if (
      previous?.timer &&
      previous.duration === undefined &&
      frame.duration !== undefined &&
      frame.verbs.length === 0 &&
      !namesSomething(frame)
    ) {
      previous.duration = frame.duration;
      previous.timerName ??= frame.timerName;
      continue;
    }
    if (!saysSomething(frame)) {
      if (previous && frame.polite) previous.polite = true;
      if (previous && namesSomething(frame)) merge(previous, frame);
      else if (!previous && (namesSomething(frame) || refersBack(frame))) frames.push(frame);
      continue;
    }
    if (
      previous &&
      !previous.exclusion &&
      frames.length === 1 &&
      (!saysSomething(previous) || opensSplitVerb(previous, frame))
    ) {
      // "the bedroom and bathroom lights off": a list that starts before its verb.
      merge(frame, previous, true);
      frames.pop();
    } else if (previous) {
      // "can you put the lights on in the living room and the hall?": the mark ends the
      // request; the hall is no question.
      if (
        frame.askedByMark &&
        frame.verbs.length === 0 &&
        previous.verbs.length > 0 &&
        !previous.question
      )
        frame.question = undefined;
      if (frame.verbs.length === 0 && !frame.question && !frame.timer)
        frame.verbs.push(...previous.verbs);
      const isOwnTopic = frame.timer || frame.timerStatus || frame.question !== undefined;
      if (!namesSomething(frame) && !isOwnTopic && !previous.timer) {
        frame.mentions.push(...previous.mentions);
        frame.areaIds.push(...previous.areaIds);
        frame.all = previous.all;
        frame.here = previous.here;
      }
    }
    frames.push(frame);
  }
  for (const f of frames)
    if (asksForLight(f)) f.verbs.push({ kind: 'verb', verb: 'on', strong: true });
  if (sharedPlace) {
    for (const f of frames) {
      const placed =
        f.areaIds.length > 0 || f.here || f.mentions.some((m) => m.areaIds || m.deviceIds);
      if (!placed) f.areaIds.push(...sharedPlace);
    }
  }
  return frames.length ? frames : [emptyFrame()];
}

/** A clause that only says where ("in the bathroom"). */
function isOnlyPlace(f: Frame): boolean {
  return (
    (f.areaIds.length > 0 || f.mentions.length > 0) &&
    f.verbs.length === 0 &&
    !f.question &&
    // A room that is also a kind word ("the laundry") is the room here.
    f.mentions.every((m) => m.areaIds && !m.deviceIds && !m.sceneIds) &&
    !saysAnyValue(f)
  );
}

/** "lights please", "kitchen lights, please": asking for light is asking for it on. */
function asksForLight(f: Frame): boolean {
  return (
    f.polite === true &&
    f.verbs.length === 0 &&
    !f.question &&
    !f.exclusion &&
    !saysAnyValue(f) &&
    f.mentions.length > 0 &&
    f.mentions.every((m) => m.domain?.types.includes('light') || (m.areaIds && !m.domain))
  );
}
