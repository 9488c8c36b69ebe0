// One clause of an utterance, read into slots: what to do, to what, where, and how much.
import type { ClimateMode } from '../../core/commands.ts';
import type { Attribute, Domain, LexTag, TemperatureScale } from './lexicon.ts';
import { FILLER_WORDS } from './lexicon.ts';
import { intersectDomains } from './domains.ts';
import type { Span } from './tags.ts';
import { tagOf } from './tags.ts';

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

const ADJECTIVE_ENDING = /(ed|est|ly|ful|ish|ous|ive|al|ic)$/;
/** "the outside lights": the home's outdoor areas, not the speaker's room. */
const OUTDOOR_WORDS: ReadonlySet<string> = new Set(['outside', 'outdoor', 'outdoors', 'exterior']);
/** Words that describe the devices meant without naming others ("the main lights"). */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set(
  (
    'other main big little small tiny large huge new old usual normal regular nearest ' +
    'remaining individual smart whole same current bright dim stupid damn damned bloody ' +
    'silly annoying blinding upper lower inner outer nice good pretty proper own few'
  ).split(' '),
);

export type VerbTag = Extract<LexTag, { kind: 'verb' }>;

/** A stretch naming what to act on: a device or scene by name, or a kind of device. */
export interface Mention {
  deviceIds?: readonly string[];
  sceneIds?: readonly string[];
  domain?: Domain;
  /** The word used for the kind ("lamp" for lights): names containing it are preferred. */
  surface?: string;
  /** Also readable as a room ("garage"): a room when something else names the device. */
  areaIds?: readonly string[];
  /** Only part of a name was said ("desk" of "Desk lamp"). */
  partial?: boolean;
  /** Not said in this turn: "it" and "them" stand for an earlier turn's devices. */
  fromContext?: boolean;
  /** "the light on the fan": the devices of this kind whose name says "fan". */
  modifier?: string;
  /** Where in the clause it was said. */
  at?: number;
  /** The kind word was plural: "the windows", not "the window". */
  plural?: boolean;
  /** A later item of a list ("the lights in the garage and the television"): a room said for an earlier item need not hold it. */
  listed?: boolean;
  /** A name that is also a kind word (a device called "Blinds"): the kind it could mean. */
  kindToo?: Domain;
  /** A kind word that is also a verb ("switch"): weak evidence of what the clause is about. */
  verbWord?: boolean;
}

export interface NumberSlot {
  value: number;
  unit?: 'percent' | 'degrees' | 'kelvin';
  /** "fahrenheit", "celsius": said with the number, maybe not the home's own unit. */
  scale?: TemperatureScale;
  prep?: 'to' | 'by';
}

export interface Frame {
  verbs: VerbTag[];
  mentions: Mention[];
  areaIds: string[];
  all: boolean;
  here: boolean;
  question?: { which: boolean; count?: boolean };
  /** "every", "any": how a question over several devices wants its answer. */
  quantifier?: 'all' | 'any';
  attribute?: Attribute;
  timer: boolean;
  timerStatus: boolean;
  number?: NumberSlot;
  duration?: number;
  color?: { color: string; prep?: 'to' | 'by' };
  colortemp?: number;
  level?: { value: number; prep?: 'to' | 'by' };
  half?: { prep?: 'to' | 'by' };
  /** A climate mode asked for ("to heat", "cooling mode"), not one merely mentioned. */
  mode?: ClimateMode;
  amount?: number;
  more: boolean;
  less: boolean;
  too?: 'bright' | 'dark' | 'hot' | 'cold' | 'loud' | 'quiet';
  negation: boolean;
  /** An exception to the other clauses: "except the hallway", "but leave the fan on". */
  exclusion?: boolean;
  /** "make sure the door is locked": the state said is the command. */
  ensure?: boolean;
  /** "do" (or "the same for") that stands for the earlier turn's command. */
  proverb?: boolean;
  /** "it", "them", "that one": the devices of an earlier turn. */
  pronoun: boolean;
  /** "the other one": the devices an earlier turn could have meant but did not. */
  other: boolean;
  /** "the others": all of them, not one to choose. */
  otherPlural?: boolean;
  /** "the second one": a choice among the ones just offered. */
  ordinal?: number;
  /** Words read as something this clause then had no use for (a mode nobody asked for). */
  unused: number;
  /** "the reading scene": a scene, not the device of the same name. */
  saysScene?: boolean;
  /** "home" was said: "send the vacuum home". */
  saysHome: boolean;
  stateWords: string[];
  /** Unknown words, in order; a name the home lacks shows up here. */
  unknown: string[];
  /** Where a noun the home doesn't know follows an article ("switch on the sauna"). */
  unknownObjectAt?: number;
  /** Two places said one after the other ("upstairs bathroom"): the second within the first. */
  narrowed?: { outer: readonly string[]; inner: readonly string[] };
  /** The question is only a question mark ("the hall?"), no word that asks. */
  askedByMark?: boolean;
  /** "please" was said: "lights please" is a request. */
  polite?: boolean;
  /** Said of somewhere outdoors ("the lights outside"). */
  outdoor?: boolean;
  /** An unknown word after an article: a thing the home lacks ("the blender"). */
  unknownThing?: string;
  /** An unknown word right before a device word ("desk" in "desk lamp"). */
  unknownModifier?: { word: string; domain: Domain; surface: string; plural: boolean };
  /** Unknown words right before "timer" ("pasta timer"). */
  timerName?: string;
}

export function emptyFrame(): Frame {
  return {
    verbs: [],
    mentions: [],
    areaIds: [],
    all: false,
    here: false,
    timer: false,
    timerStatus: false,
    more: false,
    less: false,
    negation: false,
    pronoun: false,
    other: false,
    unused: 0,
    saysHome: false,
    stateWords: [],
    unknown: [],
  };
}

const isFiller = (span: Span): boolean =>
  span.tags.every((t) => (t.kind === 'word' && FILLER_WORDS.has(t.word)) || t.kind === 'filler');

function prepBefore(spans: readonly Span[], i: number): 'to' | 'by' | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prep = tagOf(spans[j]!, 'prep');
    if (prep) return prep.prep;
    const s = spans[j]!;
    if (!isFiller(s) && !tagOf(s, 'attribute') && !tagOf(s, 'amount')) return undefined;
  }
  return undefined;
}

/** Whether a clause says a value or a change of one ("to 40%", "blue", "warmer"). */
export function saysAnyValue(f: Frame): boolean {
  return (
    f.number !== undefined ||
    f.level !== undefined ||
    f.half !== undefined ||
    f.color !== undefined ||
    f.colortemp !== undefined ||
    f.mode !== undefined ||
    f.attribute !== undefined ||
    f.duration !== undefined ||
    f.too !== undefined ||
    f.more ||
    f.less
  );
}

/** Reads one clause's spans into a frame. */
export function readFrame(spans: readonly Span[]): Frame {
  const frame = emptyFrame();
  let polite = false;
  let lastPlace: { at: number; ids: string[] } | undefined;
  const firstMeaningful = spans.findIndex((s) => !isFiller(s));
  const hasOtherTarget = (i: number): boolean =>
    spans.some(
      (s, j) =>
        j !== i &&
        // "lock it": "it" is what to lock, so "lock" is the verb alone.
        (s.tokens.some((t) => PRONOUNS.has(t)) ||
          s.tags.some(
            (t) =>
              t.kind === 'device' ||
              t.kind === 'scene' ||
              (t.kind === 'domain' && !s.tags.some((u) => u.kind === 'verb')),
          )),
    );

  let lastDomainSpan = -2;
  spans.forEach((span, i) => {
    // "send the vacuum home", "send it home": home as a place to go, not "the whole home".
    if (span.tokens.length === 1 && span.tokens[0] === 'home' && i > 0) frame.saysHome = true;
    if (isFiller(span) || span.tags.every((t) => t.kind === 'filler' || t.kind === 'word')) {
      if (span.tokens.some((t) => PRONOUNS.has(t))) frame.pronoun = true;
    }
    const verb = tagOf(span, 'verb');
    const domain = tagOf(span, 'domain');
    const device = tagOf(span, 'device');
    const scene = tagOf(span, 'scene');
    const area = tagOf(span, 'area');
    const floor = tagOf(span, 'floor');
    const areaIds = [...(area?.ids ?? []), ...(floor?.ids ?? [])];

    const asks = tagOf(span, 'question');
    if (i === firstMeaningful && asks) {
      // "what lights are on" asks which ones, like "which lights".
      const whatKind =
        span.tokens.join(' ') === 'what' &&
        spans[i + 1] !== undefined &&
        tagOf(spans[i + 1]!, 'domain') !== undefined;
      frame.question = { which: asks.which || whatKind, ...(asks.count ? { count: true } : {}) };
    } else if (
      !frame.question &&
      asks &&
      span.tokens[0] === '?' &&
      // "windows open?" asks; "can you switch the lights on?" still asks for them on.
      !frame.verbs.some((v) => !v.particle) &&
      !tagOf(spans[firstMeaningful]!, 'verb')
    ) {
      frame.question = { which: false };
      frame.askedByMark = true;
    } else if (frame.question && asks?.which) {
      frame.question = {
        which: true,
        ...(asks.count || frame.question.count ? { count: true } : {}),
      };
    }

    // A word that is both a verb and a device word ("vacuum the floor", "lock the door"):
    // a verb when no verb came before, a device word when nothing else names one.
    let usedAsVerb = false;
    // "do any sensors need...", "do you have": an opening "do" that asks, not one that acts.
    const asking =
      i === firstMeaningful &&
      asks !== undefined &&
      spans[i + 1] !== undefined &&
      (tagOf(spans[i + 1]!, 'quantifier') !== undefined || SUBJECTS.has(spans[i + 1]!.tokens[0]!));
    // "are any batteries low": in a question, a state word that is also a verb is the state.
    const stateInQuestion = frame.question !== undefined && tagOf(span, 'state_word') !== undefined;
    // "the lights on the ground floor off": "on" before a floor or a room is where, not a verb.
    const onPlace = verb?.particle === true && verb.verb === 'on' && placeFollows(spans, i);
    // "hoover stop": a device word right before a verb is who is spoken to.
    const addressed =
      (domain !== undefined || device !== undefined) &&
      frame.verbs.length === 0 &&
      spans[i + 1] !== undefined &&
      tagOf(spans[i + 1]!, 'verb')?.strong === true &&
      tagOf(spans[i + 1]!, 'domain') === undefined &&
      tagOf(spans[i + 1]!, 'device') === undefined;
    // "tell the vacuum to stop": after "the" a word is a thing, not a verb.
    const afterArticle = DETERMINERS.has(spans[i - 1]?.tokens.at(-1) ?? '') && !verb?.particle;
    if (
      verb &&
      !(afterArticle && (domain || device)) &&
      !asking &&
      !stateInQuestion &&
      !onPlace &&
      !addressed &&
      (!domain || (!frame.question && !frame.verbs.some((v) => v.strong))) &&
      // "switch the hoover off": after a verb, a device's name is the device.
      !((domain || device) && frame.verbs.length > 0 && !frame.verbs.every((v) => v.particle))
    ) {
      frame.verbs.push(SENDING.has(span.tokens.join(' ')) ? { ...verb, sends: true } : verb);
      usedAsVerb = true;
    }
    const last = frame.mentions[frame.mentions.length - 1];
    const afterDomain = last !== undefined && lastDomainSpan === i - 1 && !last.areaIds;
    // "every light", "all lamps", "is any window open": after a quantifier a kind word is
    // the kind, not a name.
    // "did I leave a light on": in a question, "a" is a quantifier too.
    const article = frame.question !== undefined && ARTICLES.has(spans[i - 1]?.tokens[0] ?? '');
    const kindAfterAll =
      domain !== undefined && (frame.quantifier !== undefined || article) && !scene;
    // "has a smoke alarm gone off": any of them, anywhere.
    if (kindAfterAll && article && frame.quantifier === undefined) frame.quantifier = 'any';
    // "switch the lamp on in the bathroom" with a scene called "Lamp": a scene has no room,
    // so with a room said the word is the kind (unless the sentence says "scene").
    const sceneAsKind =
      scene !== undefined &&
      device === undefined &&
      scene.kindToo !== undefined &&
      domain !== undefined &&
      spans.some((s) => tagOf(s, 'area') || tagOf(s, 'floor') || tagOf(s, 'here')) &&
      !spans.some((s) => tagOf(s, 'scene_word') || s.tokens.some((t) => SCENE_VERBS.has(t)));
    // "what temperature is the heating set to" with a sensor called "Temperature": the word
    // is the attribute asked of the other thing named.
    const attributeOfOther =
      device !== undefined && tagOf(span, 'attribute') !== undefined && hasOtherTarget(i);
    if ((device || scene) && !kindAfterAll && !sceneAsKind && !attributeOfOther) {
      // English compounds are right-headed: a "lamp socket" is a socket; the kind word
      // before it is then thrown away, and explains nothing.
      if (afterDomain && !areaIds.length) {
        frame.mentions.pop();
        frame.unused += 1;
      }
      frame.mentions.push({
        at: i,
        ...(device ? { deviceIds: device.ids } : {}),
        ...(scene ? { sceneIds: scene.ids } : {}),
        ...(areaIds.length ? { areaIds } : {}),
        ...((device ?? scene)?.kindToo ? { kindToo: (device ?? scene)!.kindToo! } : {}),
      });
    } else if (
      domain &&
      PEOPLE.has(span.tokens.join(' ')) &&
      spans[i + 1] !== undefined &&
      tagOf(spans[i + 1]!, 'verb')?.particle !== true &&
      tagOf(spans[i + 1]!, 'verb') !== undefined &&
      hasOtherTarget(i)
    ) {
      // "did someone leave the TV on": who did it, not a sensor asked about.
    } else if (
      domain &&
      !usedAsVerb &&
      !areaIds.length &&
      ((last?.deviceIds !== undefined && last.at === i - 1 && !last.areaIds) ||
        (afterDomain && !frame.question && span.tokens.at(-1)!.endsWith('ing')))
    ) {
      // "the christmas tree lights": what the named device is, said after its name; "stop the
      // blinds moving": what they are doing.
    } else if (domain && (!usedAsVerb || !hasOtherTarget(i))) {
      // "window sensors": both kind words at once, when a device can be both.
      const both =
        afterDomain && last.domain && !areaIds.length
          ? intersectDomains(last.domain, domain.domain)
          : undefined;
      if (afterDomain && !areaIds.length) {
        frame.mentions.pop();
        // "garage lights" with "garage" read as a door: the door is thrown away, unexplained.
        if (!both) frame.unused += 1;
      }
      const said = span.tokens.join(' ');
      const surface = said.replace(/s$/, '');
      // "in the garage" is a place; read as the garage door it explains less.
      if (!areaIds.length && afterIn(spans, i)) frame.unused += 1;
      frame.mentions.push({
        at: i,
        domain: both ?? domain.domain,
        surface,
        ...(/[^s]s$/.test(said) ? { plural: true } : {}),
        ...(areaIds.length ? { areaIds } : {}),
        ...(verb ? { verbWord: true } : {}),
      });
      if (!usedAsVerb) lastDomainSpan = i;
    } else if (areaIds.length) {
      // "the upstairs bathroom": a place right after a place says which part of it.
      if (lastPlace && lastPlace.at === i - 1)
        frame.narrowed = { outer: lastPlace.ids, inner: areaIds };
      frame.areaIds.push(...areaIds);
      lastPlace = { at: i, ids: areaIds };
    }

    for (const tag of span.tags) {
      switch (tag.kind) {
        case 'all':
          frame.all = true;
          break;
        case 'here':
          frame.here = true;
          break;
        case 'quantifier':
          frame.quantifier ??= tag.quantifier;
          frame.all = true;
          break;
        case 'attribute':
          frame.attribute ??= tag.attribute;
          break;
        case 'timer':
          frame.timer = true;
          // "cancel my timers": every one of them.
          if (span.tokens.at(-1) === 'timers') frame.all = true;
          frame.timerName ??= nameBefore(spans, i);
          frame.timerName ??= namedAfter(spans, i);
          break;
        case 'timer_status':
          frame.timerStatus = true;
          break;
        case 'number':
          if (!frame.number) {
            const unit = spans[i + 1] ? tagOf(spans[i + 1]!, 'unit') : undefined;
            const prep = prepBefore(spans, i);
            frame.number = {
              value: tag.value,
              ...(unit ? { unit: unit.unit } : {}),
              ...(unit?.scale ? { scale: unit.scale } : {}),
              ...(prep ? { prep } : {}),
            };
          }
          break;
        case 'duration':
          frame.duration = tag.seconds;
          break;
        case 'unit':
          // "drop the bathroom by a degree": one degree, said without a number.
          if (
            !frame.number &&
            tag.unit === 'degrees' &&
            ['a', 'one'].includes(spans[i - 1]?.tokens[0] ?? '')
          ) {
            const prep = prepBefore(spans, i - 1);
            frame.number = { value: 1, unit: 'degrees', ...(prep ? { prep } : {}) };
          }
          break;
        case 'color': {
          const prep = prepBefore(spans, i);
          frame.color = {
            color: tag.color,
            ...(prep ? { prep } : {}),
          };
          break;
        }
        case 'colortemp':
          frame.colortemp = tag.kelvin;
          break;
        case 'level': {
          const prep = prepBefore(spans, i);
          frame.level = { value: tag.value, ...(prep ? { prep } : {}) };
          break;
        }
        case 'half': {
          const prep = prepBefore(spans, i);
          frame.half = prep ? { prep } : {};
          break;
        }
        case 'mode': {
          const said =
            span.tokens.includes('mode') ||
            spans[i + 1]?.tokens[0] === 'mode' ||
            spans[i - 1]?.tokens.at(-1) === 'on' ||
            prepBefore(spans, i) === 'to';
          if (said) frame.mode ??= tag.mode;
          else if (span.tags.every((t) => t.kind === 'mode')) frame.unused += span.tokens.length;
          break;
        }
        case 'amount':
          frame.amount ??= tag.size;
          break;
        case 'more':
          frame.more = true;
          break;
        case 'less':
          frame.less = true;
          break;
        case 'too':
          frame.too = tag.direction;
          break;
        case 'negation':
          // "don't turn off": only a negated verb cancels; "no sugar" does not.
          if (spans.slice(i + 1, i + 3).some((s) => tagOf(s, 'verb'))) frame.negation = true;
          break;
        case 'state_word':
          // A class's own word ("low", "wet") is the state as said.
          frame.stateWords.push(tag.state === 'class' ? span.tokens.join(' ') : tag.state);
          break;
        case 'scene_word':
          frame.saysScene = true;
          break;
        case 'proverb':
          frame.proverb = true;
          break;
        case 'ensure':
          // "do I need to replace any batteries" asks; "I need the door locked" orders.
          if (!frame.question) frame.ensure = true;
          break;
        case 'other':
          frame.other = true;
          if (tag.plural) frame.otherPlural = true;
          break;
        case 'ordinal':
          frame.ordinal ??= tag.index;
          break;
        case 'partial':
          frame.unknown.push(tag.word);
          frame.mentions.push({ deviceIds: tag.ids, partial: true });
          break;
        case 'word': {
          if (tag.word === 'please') polite = true;
          // "the outside lights", "the temperature outside": where, not what.
          if (OUTDOOR_WORDS.has(tag.word)) {
            frame.outdoor = true;
            break;
          }
          if (FILLER_WORDS.has(tag.word)) break;
          frame.unknown.push(tag.word);
          {
            const next = spans[i + 1];
            const nextDomain = next && !tagOf(next, 'verb') ? tagOf(next, 'domain') : undefined;
            // A noun before a kind word ("desk lamp", "garden lights") names devices the home
            // may lack; an adjective ("coloured", "nearest", "main") does not.
            const plural = next !== undefined && next.tokens[next.tokens.length - 1]!.endsWith('s');
            // Only in a noun phrase: "the desk lamp", not "do the alarms detect smoke".
            const before = spans[i - 1]?.tokens.at(-1);
            const inNounPhrase = before !== undefined && DETERMINERS.has(before);
            // "the pod bay doors": every unknown word of the phrase before the kind word.
            const inChain =
              frame.unknownThing !== undefined &&
              before !== undefined &&
              (frame.unknownThing === before || frame.unknownThing.endsWith(` ${before}`));
            if (inNounPhrase) frame.unknownThing ??= tag.word;
            else if (inChain) frame.unknownThing += ` ${tag.word}`;
            // A noun names; an adjective ("coloured", "main") only describes.
            const naming = !ADJECTIVE_ENDING.test(tag.word) && !DESCRIBING_WORDS.has(tag.word);
            if (inNounPhrase && naming) frame.unknownObjectAt ??= i;
            // Only of the head noun: "the rice cooker socket" is a socket, whatever a cooker is.
            const afterNext = spans[i + 2];
            const nextIsHead =
              !afterNext || (!tagOf(afterNext, 'domain') && !tagOf(afterNext, 'device'));
            if (nextDomain && nextIsHead && (inNounPhrase || inChain) && naming) {
              frame.unknownModifier ??= {
                word: inChain ? frame.unknownThing! : tag.word,
                domain: nextDomain.domain,
                surface: next!.tokens.join(' '),
                plural,
              };
            }
          }
          break;
        }
        default:
          break;
      }
    }
  });
  attachModifiers(frame, spans);
  if (polite) frame.polite = true;
  // "living room temperature", "front door battery?": a thing's attribute alone asks for it.
  if (
    !frame.question &&
    frame.verbs.length === 0 &&
    frame.attribute !== undefined &&
    frame.number === undefined &&
    frame.level === undefined &&
    frame.color === undefined &&
    frame.colortemp === undefined &&
    frame.duration === undefined &&
    !frame.more &&
    !frame.less &&
    frame.too === undefined
  )
    frame.question = { which: false };
  // "remind me about the pasta in 10 minutes": a timer without the word "timer".
  if (!frame.timer && frame.duration !== undefined && frame.mentions.length === 0)
    frame.timerName ??= namedAfter(spans, -1);
  if (frame.timerStatus && !frame.timer) frame.timerName ??= timerNameInQuestion(spans);
  // "did I lock the front door", "have I left the lamp on": asks whether it is so.
  const opener = firstMeaningful >= 0 ? spans[firstMeaningful]!.tokens[0] : undefined;
  // "can the baby monitor hear anything": asked of a thing's state, with no verb to do.
  const firstWord = spans[0]?.tokens[0];
  if (
    !frame.question &&
    frame.verbs.length === 0 &&
    frame.stateWords.length > 0 &&
    (firstWord === 'can' || firstWord === 'could')
  )
    frame.question = { which: false };
  if (frame.question && (opener === 'did' || opener === 'have' || opener === 'has')) {
    for (const v of frame.verbs) {
      const state = DONE_STATE[v.verb];
      if (state) frame.stateWords.push(state);
    }
    frame.verbs = [];
    // "did I lock the front door": "lock" there was the deed, not a second thing to check.
    frame.mentions = frame.mentions.filter((m) => {
      const verb = m.at !== undefined ? tagOf(spans[m.at]!, 'verb') : undefined;
      const state = verb ? DONE_STATE[verb.verb] : undefined;
      if (!state || frame.mentions.length < 2) return true;
      frame.stateWords.push(state);
      return false;
    });
  }
  // "front door locked please": a lock's state said as an order is the order.
  const ordered =
    frame.question === undefined &&
    frame.verbs.length === 0 &&
    frame.stateWords.some((w) => w === 'locked' || w === 'unlocked');
  if (frame.ensure || ordered) {
    for (const state of frame.stateWords) {
      const verb = ENSURED[state];
      if (verb) frame.verbs.unshift({ kind: 'verb', verb, strong: true });
    }
  }
  return frame;
}

/** A floor (or room) comes next, after at most an article: "on the ground floor". */
function placeFollows(spans: readonly Span[], i: number): boolean {
  let j = i + 1;
  if (
    spans[j] &&
    ['the', 'my', 'our'].includes(spans[j]!.tokens[0]!) &&
    spans[j]!.tokens.length === 1
  )
    j++;
  const next = spans[j];
  // Something must follow that says what to do there ("... on the ground floor off"); "put
  // the lights on downstairs please" has only "please" after it.
  const rest = spans.slice(j + 1).filter((s) => !isFiller(s));
  return next !== undefined && tagOf(next, 'floor') !== undefined && rest.length > 0;
}

/** What a past action left behind: "did I lock it" asks whether it is locked. */
const DONE_STATE: Partial<Record<string, string>> = {
  lock: 'locked',
  unlock: 'unlocked',
  on: 'on',
  off: 'off',
  open: 'open',
  close: 'closed',
};

/** Verbs said of scenes ("activate lamp", "run movie night"), not of lights. */
const SCENE_VERBS: ReadonlySet<string> = new Set(['activate', 'run', 'trigger', 'recall', 'apply']);
/** "send the hoover out", "set the robot off": in British English, off it goes. */
const SENDING: ReadonlySet<string> = new Set(['send', 'set']);
/** Words for people: a sensor's kind when asked about, a subject before a verb. */
const PEOPLE: ReadonlySet<string> = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'people',
  'person',
]);
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they']);
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'this',
  'that',
]);

const PRONOUNS: ReadonlySet<string> = new Set([
  'it',
  'them',
  'they',
  'that',
  'those',
  'these',
  'this',
  'one',
  'ones',
]);

/** "the light on the fan", "the lamp of the desk": the second kind word says which of the first. */
function attachModifiers(frame: Frame, spans: readonly Span[]): void {
  for (let k = 0; k + 1 < frame.mentions.length; k++) {
    const head = frame.mentions[k]!;
    const next = frame.mentions[k + 1]!;
    if (head.at === undefined || next.at === undefined || !head.domain) continue;
    const between = spans.slice(head.at + 1, next.at).map((s) => s.tokens.join(' '));
    const joined = between.filter((t) => t !== 'the').join(' ');
    if (!['on', 'of', 'on top of', 'above', 'over', 'by', 'under', 'near'].includes(joined))
      continue;
    head.modifier = spans[next.at]!.tokens.join(' ').replace(/s$/, '');
    frame.mentions.splice(k + 1, 1);
    // "on" here is where, not a command.
    frame.verbs = frame.verbs.filter(
      (v) => !(v.particle && v.verb === 'on' && frame.verbs.length > 1),
    );
  }
}

/** "a timer called pasta", "a timer for the eggs": the name said after the timer. */
function namedAfter(spans: readonly Span[], i: number): string | undefined {
  const words = (j: number): string => spans[j]?.tokens.join(' ') ?? '';
  for (let j = i + 1; j < spans.length - 1; j++) {
    // "called roast chicken", "named pizza", "call it pizza": the words up to the next
    // function word are the name.
    let k = -1;
    if (['called', 'named', 'labelled', 'labeled', 'titled'].includes(words(j))) k = j + 1;
    else if (words(j) === 'with' && words(j + 1) === 'the' && words(j + 2) === 'name') k = j + 3;
    else if ((words(j) === 'call' || words(j) === 'name') && words(j + 1) === 'it') k = j + 2;
    if (k > 0) {
      const name = nameFrom(spans, k);
      if (name) return name;
    }
  }
  // "start timer pasta 10 minutes": an unknown word straight after "timer" names it.
  const next = spans[i + 1];
  if (i >= 0 && next && next.tags.every((t) => t.kind === 'word' && !FILLER_WORDS.has(t.word))) {
    const name = nameFrom(spans, i + 1);
    if (name) return name;
  }
  // "a timer for the pasta for 12 minutes", "10 minute timer for pasta", "remind me about
  // the pasta in 10 minutes": what it is for.
  for (let j = i + 1; j < spans.length - 1; j++) {
    if (words(j) !== 'for' && words(j) !== 'about') continue;
    let k = j + 1;
    if (POSSESSIVES.has(words(k))) k++;
    const name = nameFrom(spans, k);
    if (name) return name;
  }
  return undefined;
}

/** The words of a name from k on, up to whatever says how long, when or what to do. */
function nameFrom(spans: readonly Span[], k: number): string | undefined {
  const parts: string[] = [];
  for (let j = k; j < spans.length && parts.length < 3; j++) {
    const w = spans[j]!.tokens.join(' ');
    if (NAME_ENDS.has(w)) break;
    const name = timerName(spans[j]!);
    if (!name) break;
    parts.push(name);
  }
  return parts.length ? parts.join(' ') : undefined;
}

/** "the chicken wings timer": the words before "timer" that name it. */
function nameBefore(spans: readonly Span[], i: number): string | undefined {
  const parts: string[] = [];
  for (let j = i - 1; j >= 0 && parts.length < 3; j--) {
    if (POSSESSIVES.has(spans[j]!.tokens.join(' '))) break;
    const name = timerName(spans[j]!);
    if (!name) break;
    parts.unshift(name);
  }
  return parts.length ? parts.join(' ') : undefined;
}

/** Words that end a timer's name: "the pasta is done", "the pasta have left". */
const NAME_ENDS: ReadonlySet<string> = new Set(
  'for in about timer have has had is are was were be done ready left finished cooked'.split(' '),
);

const POSSESSIVES: ReadonlySet<string> = new Set(['the', 'my', 'our', 'a']);

/** "how long until the pasta is done": the one word nobody knew, after "the", is the timer. */
export function timerNameInQuestion(spans: readonly Span[]): string | undefined {
  for (let k = 1; k < spans.length; k++) {
    const what = spans[k]!;
    const before = spans[k - 1]!.tokens.join(' ');
    if (!POSSESSIVES.has(before) && before !== 'on' && before !== 'for') continue;
    if (what.tags.length && what.tags.every((t) => t.kind === 'word' && !FILLER_WORDS.has(t.word)))
      return nameFrom(spans, k);
  }
  return undefined;
}

/** The stretch follows "in" or "in the": where, not what. */
function afterIn(spans: readonly Span[], i: number): boolean {
  const one = spans[i - 1]?.tokens;
  const two = spans[i - 2]?.tokens;
  if (one?.at(-1) === 'in' || one?.at(-1) === 'inside') return true;
  return one?.join(' ') === 'the' && (two?.at(-1) === 'in' || two?.at(-1) === 'inside');
}

/** "the pasta timer", "a tea timer": the word before "timer" names it, unless it says how or which. */
function timerName(before: Span): string | undefined {
  const says = before.tags.some((t) =>
    [
      'verb',
      'number',
      'duration',
      'all',
      'quantifier',
      'question',
      'prep',
      'conj',
      'negation',
      'here',
      'filler',
      'more',
      'less',
      'amount',
      'other',
      'ordinal',
      'timer',
      'timer_status',
    ].includes(t.kind),
  );
  if (says) return undefined;
  const name = before.tokens.join(' ');
  return before.tokens.every((t) => FILLER_WORDS.has(t)) ? undefined : name;
}

/** What "make sure it is X" asks to be done. */
const ENSURED: Readonly<Record<string, VerbTag['verb']>> = {
  locked: 'lock',
  unlocked: 'unlock',
  open: 'open',
  closed: 'close',
  on: 'on',
  off: 'off',
};
