import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateLlmOutput } from '../../../src-main/understand/llm/validateLlmOutput.ts';
import { llmTestHome } from './llmTestHome.ts';

// Whatever text a model produces is checked again here before anything can act on it.

const home = llmTestHome();
const action = (a: object) => JSON.stringify({ actions: [a] });

const BAD_OUTPUTS: [string, string, RegExp][] = [
  [
    'truncated JSON',
    '{"actions":[{"device":"kitchen_light","command":"turn_',
    /not a single JSON object|not valid JSON/,
  ],
  [
    'truncated after a brace',
    '{"actions":[{"device":"kitchen_light","command":"turn_on"}]',
    /not a single JSON object|not valid JSON/,
  ],
  [
    'prose before the JSON',
    'Sure! {"actions":[{"device":"kitchen_light","command":"turn_on"}]}',
    /not a single JSON object/,
  ],
  [
    'prose after the JSON',
    '{"actions":[{"device":"kitchen_light","command":"turn_on"}]} Done!',
    /not a single JSON object/,
  ],
  ['a code fence', '```json\n{"reply":"hi"}\n```', /not a single JSON object/],
  ['empty object', '{}', /exactly one of/],
  ['empty text', '', /not a single JSON object/],
  [
    'two forms at once',
    '{"actions":[{"device":"kitchen_light","command":"turn_on"}],"reply":"ok"}',
    /exactly one of/,
  ],
  ['unknown key', '{"run":"rm -rf /"}', /unknown key/],
  ['an array', '[{"device":"kitchen_light","command":"turn_on"}]', /not a single JSON object/],
  [
    'unknown device',
    action({ device: 'bathroom_fan', command: 'turn_on' }),
    /no device "bathroom_fan"/,
  ],
  [
    'hidden device',
    action({ device: 'safe', command: 'unlock' }),
    /hidden from the language model/,
  ],
  ['scene with a hidden device', action({ device: 'leave_home', command: 'activate' }), /hidden/],
  [
    'wrong command for the type',
    action({ device: 'front_door', command: 'turn_on' }),
    /lock .* cannot turn_on/,
  ],
  [
    'a light cannot unlock',
    action({ device: 'kitchen_light', command: 'unlock' }),
    /cannot unlock/,
  ],
  [
    'brightness 300',
    action({ device: 'kitchen_light', command: 'set_brightness', value: 300 }),
    /set_brightness needs a number from 0 to 100 \(percent\), not 300/,
  ],
  [
    'brightness -1',
    action({ device: 'kitchen_light', command: 'set_brightness', value: -1 }),
    /from 0 to 100 \(percent\), not -1/,
  ],
  [
    'brightness as words',
    action({ device: 'kitchen_light', command: 'set_brightness', value: 'max' }),
    /needs a number .*, not "max"/,
  ],
  [
    'an exponent overflow',
    '{"actions":[{"device":"kitchen_light","command":"set_brightness","value":1e999}]}',
    /value/,
  ],
  [
    'change of 500',
    action({ device: 'kitchen_light', command: 'change_brightness', value: 500 }),
    /-100 to 100/,
  ],
  [
    'kelvin 50',
    action({ device: 'kitchen_light', command: 'set_color_temp', value: 50 }),
    /1000 to 10000/,
  ],
  [
    'oven temperature',
    action({ device: 'thermostat', command: 'set_temperature', value: 250 }),
    /5 to 35/,
  ],
  [
    'a made-up colour',
    action({ device: 'kitchen_light', command: 'set_color', value: 'blurple' }),
    /CSS colour/,
  ],
  [
    'a mode that is not one',
    action({ device: 'thermostat', command: 'set_mode', value: 'turbo' }),
    /heat, cool/,
  ],
  [
    'value missing',
    action({ device: 'kitchen_light', command: 'set_brightness' }),
    /needs a value/,
  ],
  [
    'value where none is taken',
    action({ device: 'kitchen_light', command: 'turn_on', value: 5 }),
    /takes no value/,
  ],
  [
    'a model trying to confirm',
    action({ device: 'front_door', command: 'unlock', confirm: false }),
    /confirm/,
  ],
  [
    'a model claiming consent',
    action({ device: 'front_door', command: 'unlock', confirmed: true }),
    /confirmed/,
  ],
  [
    '20 actions',
    JSON.stringify({
      actions: Array.from({ length: 20 }, () => ({ device: 'kitchen_light', command: 'turn_on' })),
    }),
    /more than 5 actions/,
  ],
  ['no actions', '{"actions":[]}', /no actions/],
  [
    'contradicting actions',
    JSON.stringify({
      actions: [
        { device: 'kitchen_light', command: 'turn_on' },
        { device: 'kitchen_light', command: 'turn_off' },
      ],
    }),
    /two different commands/,
  ],
  ['a query on a hidden device', '{"queries":[{"device":"safe","attribute":"state"}]}', /hidden/],
  [
    'an attribute a lock lacks',
    '{"queries":[{"device":"front_door","attribute":"brightness"}]}',
    /no attribute/,
  ],
  ['an empty reply', '{"reply":"   "}', /empty/],
  ['a very long reply', JSON.stringify({ reply: 'word '.repeat(100) }), /too long/],
  ['a reply that is not text', '{"reply":42}', /reply/],
];

describe('validateLlmOutput', () => {
  for (const [name, text, problem] of BAD_OUTPUTS) {
    it(`rejects ${name}`, () => {
      const result = validateLlmOutput(text, home);
      assert.equal(result.ok, false, `accepted: ${text}`);
      if (!result.ok) assert.match(result.problem, problem);
    });
  }

  it('accepts well-formed answers, whitespace and all', () => {
    const good = [
      '{"actions":[{"device":"kitchen_light","command":"set_brightness","value":40}]}',
      '{\n  "actions": [\n    {"device": "thermostat", "command": "set_mode", "value": "heat"}\n  ]\n}\n\n',
      '{"actions":[{"device":"kitchen_light","command":"set_color","value":"rebeccapurple"}]}',
      '{"actions":[{"device":"movie_night","command":"activate"}]}',
      '{"queries":[{"device":"hall_temperature","attribute":"temperature"}]}',
      '{"reply":"I can switch your lights."}',
    ];
    for (const text of good) assert.equal(validateLlmOutput(text, home).ok, true, text);
  });

  it('drops exact repeats and keeps several commands for one device', () => {
    const result = validateLlmOutput(
      JSON.stringify({
        actions: [
          { device: 'kitchen_light', command: 'turn_on' },
          { device: 'kitchen_light', command: 'turn_on' },
          { device: 'kitchen_light', command: 'set_color', value: 'red' },
        ],
      }),
      home,
    );
    assert.deepEqual(result, {
      ok: true,
      output: {
        kind: 'actions',
        actions: [
          { device: 'kitchen_light', command: 'turn_on' },
          { device: 'kitchen_light', command: 'set_color', value: 'red' },
        ],
      },
    });
  });

  it('uses the home unit for temperatures and a smaller action limit when asked', () => {
    const fahrenheit = { ...home, unit: 'fahrenheit' as const };
    const warm = action({ device: 'thermostat', command: 'set_temperature', value: 70 });
    assert.equal(validateLlmOutput(warm, home).ok, false);
    assert.equal(validateLlmOutput(warm, fahrenheit).ok, true);
    // The same range as the home file and the devices (core/commandValues.ts): 41-95 °F.
    const cold = action({ device: 'thermostat', command: 'set_temperature', value: 40 });
    const problem = validateLlmOutput(cold, fahrenheit);
    assert.equal(problem.ok, false);
    if (!problem.ok) assert.match(problem.problem, /from 41 to 95 °F, not 40/);
    const two = JSON.stringify({
      actions: [
        { device: 'kitchen_light', command: 'turn_on' },
        { device: 'living_room_lamp', command: 'turn_on' },
      ],
    });
    assert.equal(validateLlmOutput(two, home, { maxActions: 1 }).ok, false);
  });

  it('removes control characters from a spoken reply', () => {
    const result = validateLlmOutput('{"reply":"Hello\\u0007 there\\u200b!"}', home);
    assert.deepEqual(result, { ok: true, output: { kind: 'reply', reply: 'Hello there!' } });
  });
});
