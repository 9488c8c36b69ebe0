import {
  CLIMATE_MODES,
  COMMAND_VALUES,
  DEVICE_ATTRIBUTES,
  DEVICE_COMMANDS,
  SCENE_COMMAND,
} from '../../core/commands.ts';
import type { ValueKind } from '../../core/commands.ts';
import { CSS_COLOR_NAMES } from '../../core/cssColors.ts';
import type { DeviceType } from '../../core/home.ts';
import type { AnswerGrammar, AnswerStep } from './AnswerGrammar.ts';
import { DEFAULT_MAX_ACTIONS, MAX_QUERIES, MAX_REPLY_CHARS } from './llmCatalogue.ts';
import type { LlmCatalogue } from './llmCatalogue.ts';

// The model's answer is one compact JSON object in one of three forms:
//   {"actions":[{"device":ID,"command":COMMAND[,"value":VALUE]},...]}   (1..maxActions)
//   {"queries":[{"device":ID,"attribute":ATTRIBUTE},...]}              (1..MAX_QUERIES)
//   {"reply":"..."}                                                    (1..MAX_REPLY_CHARS)
// Ids are the home's exposed devices (and scenes made only of them), each device offered
// only the commands and attributes of its type. Numbers have no bounds a grammar can say
// cheaply, so their ranges are the validator's job.

// Whole numbers without leading zeros, so the answer stays valid JSON.
const NATURAL = '("0" | [1-9] [0-9]{0,4})';
const VALUE_GBNF: Readonly<Record<Exclude<ValueKind, 'color' | 'climate_mode'>, string>> = {
  percent: `${NATURAL} "}"`,
  signed_percent: `"-"? ${NATURAL} "}"`,
  signed_temperature: `"-"? ${NATURAL} "}"`,
  kelvin: `${NATURAL} "}"`,
  temperature: `"-"? ${NATURAL} ("." [0-9])? "}"`,
};
// One short sentence: no quotes, backslashes or control characters, so no escapes to get wrong.
const REPLY_GBNF = `[^"\\\\\\x00-\\x1F\\x7F]{1,${MAX_REPLY_CHARS}} "\\"}"`;

export function planAnswerGrammar(
  catalogue: LlmCatalogue,
  maxActions = DEFAULT_MAX_ACTIONS,
): AnswerGrammar {
  const typeOf = new Map<string, DeviceType>(catalogue.devices.map((d) => [d.id, d.type]));
  const actionIds = [
    ...catalogue.devices.filter((d) => DEVICE_COMMANDS[d.type].length > 0).map((d) => d.id),
    ...catalogue.scenes.map((s) => s.id),
  ];
  const queryIds = catalogue.devices.map((d) => d.id);

  const more = (count: number, max: number, item: () => AnswerStep): AnswerStep =>
    options(count < max ? [',{"device":"', ']}'] : [']}'], (chosen) =>
      chosen === ']}' ? undefined : item(),
    );

  const action = (count: number): AnswerStep =>
    options(
      actionIds.map((id) =>
        catalogue.scenesById.has(id)
          ? `${id}","command":"${SCENE_COMMAND}"}`
          : `${id}","command":"`,
      ),
      (chosen) => {
        const after = (): AnswerStep => more(count + 1, maxActions, () => action(count + 1));
        const type = typeOf.get(chosen.slice(0, chosen.indexOf('"')));
        if (!type) return after(); // a scene: its command is already written
        return options(
          DEVICE_COMMANDS[type].map((command) => commandOption(command)),
          (commandText) => {
            const kind = COMMAND_VALUES[commandText.slice(0, commandText.indexOf('"'))];
            return kind ? valueStep(kind, after) : after();
          },
        );
      },
    );

  const query = (count: number): AnswerStep =>
    options(
      queryIds.map((id) => `${id}","attribute":"`),
      (chosen) =>
        options(
          DEVICE_ATTRIBUTES[typeOf.get(chosen.slice(0, chosen.indexOf('"')))!].map((a) => `${a}"}`),
          () => more(count + 1, MAX_QUERIES, () => query(count + 1)),
        ),
    );

  const forms: string[] = [];
  if (actionIds.length) forms.push('actions":[{"device":"');
  if (queryIds.length) forms.push('queries":[{"device":"');
  forms.push('reply":"');
  const first = options(forms, (chosen) => {
    if (chosen.startsWith('actions')) return action(0);
    if (chosen.startsWith('queries')) return query(0);
    return free(REPLY_GBNF, '"}', () => undefined);
  });
  return { prefix: '{"', first };
}

function commandOption(command: string): string {
  const kind = COMMAND_VALUES[command];
  if (!kind) return `${command}"}`;
  return kind === 'color' || kind === 'climate_mode'
    ? `${command}","value":"`
    : `${command}","value":`;
}

function valueStep(kind: ValueKind, after: () => AnswerStep): AnswerStep {
  if (kind === 'color')
    return options(
      [...CSS_COLOR_NAMES].map((c) => `${c}"}`),
      after,
    );
  if (kind === 'climate_mode')
    return options(
      CLIMATE_MODES.map((m) => `${m}"}`),
      after,
    );
  return free(VALUE_GBNF[kind], '}', after);
}

function options(
  list: readonly string[],
  next: (chosen: string) => AnswerStep | undefined,
): AnswerStep {
  return { kind: 'options', options: list, next };
}

function free(
  gbnf: string,
  end: string,
  next: (text: string) => AnswerStep | undefined,
): AnswerStep {
  return { kind: 'free', gbnf, end, next };
}
