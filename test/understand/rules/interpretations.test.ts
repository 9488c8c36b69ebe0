import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Conversation } from '../../../src-main/assistant/Conversation.ts';
import type { Plan } from '../../../src-main/core/plan.ts';
import { parseHome } from '../../../src-main/home/loadHome.ts';
import { RulesPlanner } from '../../../src-main/understand/rules/RulesPlanner.ts';
import { HARD_HOME_YAML } from '../fixtures/hardHome.ts';
import { summarizePlan } from '../fixtures/summarizePlan.ts';
import { TEST_HOME_YAML } from '../fixtures/testHome.ts';

// Issue 10: every reading of a stretch is kept and checked against the home, so a name that
// is also a kind word, a room or a mode no longer captures the sentences that use the word.
const GOLDEN: readonly (readonly [string, string | null, string])[] = [
  ['switch the sitting room lights off', null, 'sit_ceiling:turn_off sit_lamp:turn_off'],
  [
    'kill all the lights',
    null,
    'bath_light:turn_off bath_mirror:turn_off bed_fan_light:turn_off bed_light:turn_off kitchen_light:turn_off sit_ceiling:turn_off sit_lamp:turn_off',
  ],
  [
    'what lights are still on',
    null,
    'q:bath_light:state q:bath_mirror:state q:bed_fan_light:state q:bed_light:state q:kitchen_light:state q:sit_ceiling:state q:sit_lamp:state',
  ],
  ['put the temperature in the den to 19', null, 'den_radiator:set_temperature:19'],
  ['what temperature is the heating in the den set to', null, 'q:den_radiator:target_temperature'],
  ['set the radiator to heat mode', null, 'den_radiator:set_mode:heat'],
  ['turn off the bathroom lights', null, 'bath_light:turn_off bath_mirror:turn_off'],
  ['turn off the bathroom light', null, 'bath_light:turn_off'],
  ['is there water under the sink', null, 'q:sink_leak:state'],
  ['do any sensors need new batteries', null, 'q:door_batt:state'],
  ['is somebody in the study', null, 'q:study_occ:state'],
  ['how many windows are open', null, 'q:bath_window:state q:kitchen_window:state'],
  ['is every door locked', null, 'q:back_door:state q:front_door:state'],
  ['crank the heating up a notch', 'hallway', 'heating:change_temperature:1'],
  ['crank the heating up a notch', null, 'CLARIFY:den_radiator,heating'],
  ['make it warmer', 'den', 'den_radiator:change_temperature:1'],
  ['turn the heating down by two degrees', 'den', 'den_radiator:change_temperature:-2'],
  ['put another three minutes on the timer', null, 't:add:180'],
  ['take two minutes off the pasta timer', null, 't:remove:120:pasta'],
  ['how long is left on the pasta timer', null, 't:status:pasta'],
  ['set a timer called pasta for 10 minutes', null, 't:start:600:pasta'],
  ['send the robot back to its charger', null, 'robot:return_home'],
  ["make sure the back door's locked", null, 'back_door:lock'],
  ['switch off the light on the fan but keep the fan running', 'bedroom', 'bed_fan_light:turn_off'],
  [
    'turn off all the lights except the bathroom',
    null,
    'bed_fan_light:turn_off bed_light:turn_off kitchen_light:turn_off sit_ceiling:turn_off sit_lamp:turn_off',
  ],
  [
    'turn everything off but leave the fan on',
    'bedroom',
    'bath_light:turn_off bath_mirror:turn_off bed_fan_light:turn_off bed_light:turn_off kitchen_light:turn_off sit_ceiling:turn_off sit_lamp:turn_off',
  ],
  ['speed the fan up a little', null, 'bed_fan:change_speed:10'],
  ['raise the shutters a little further', null, 'shutters:change_position:10'],
  ['lower the shutters a bit', null, 'shutters:change_position:-10'],
  [
    'dim the lights a bit',
    null,
    'sit_ceiling:change_brightness:-10 sit_lamp:change_brightness:-10',
  ],
  ['is the floor lamp turned on', null, 'q:sit_lamp:state'],
  ['turn on the lights in the den', null, ''],
  // A number no brightness can be is a colour temperature, and so is one after its name.
  [
    'set the colour temperature of the kitchen light to 4000',
    null,
    'kitchen_light:set_color_temp:4000',
  ],
  [
    'set the bedroom to 2700 kelvin',
    null,
    'bed_fan_light:set_color_temp:2700 bed_light:set_color_temp:2700',
  ],
  ['make the kitchen light neutral white', null, 'kitchen_light:set_color_temp:4000'],
  // A plural in a question is the home's; a quantifier makes a name that is a kind word the kind.
  ['are the windows closed', 'bedroom', 'q:bath_window:state q:kitchen_window:state'],
  ['is there a window open', 'bedroom', 'q:bath_window:state q:kitchen_window:state'],
  ['windows open?', 'bedroom', 'q:bath_window:state q:kitchen_window:state'],
  ['what is the temperature in here', 'bedroom', ''],
  // Timers say what they are for anywhere in the sentence; "another minute" is one more.
  ['set a timer for the pasta for 12 minutes', null, 't:start:720:pasta'],
  ['10 minute timer for rice', null, 't:start:600:rice'],
  ['how long until the pasta is done', null, 't:status:pasta'],
  ['add another minute', null, 't:add:60'],
  ['cancel my timers', null, 't:cancel_all'],
  ['set a timer called roast chicken for 90 minutes', null, 't:start:5400:roast chicken'],
  ['set a 20 minute timer and call it pizza', null, 't:start:1200:pizza'],
  ['start a tea timer, 4 minutes', null, 't:start:240:tea'],
  ['how much time does the pasta have left', null, 't:status:pasta'],
  ['get rid of the pasta timer', null, 't:cancel:pasta'],
  // A number of degrees with a direction is a step; "up to" is a setting.
  ['two degrees cooler please', 'den', 'den_radiator:change_temperature:-2'],
  ['a couple of degrees warmer', 'den', 'den_radiator:change_temperature:2'],
  ['turn the heating up to 22', 'hallway', 'heating:set_temperature:22'],
  // A temperature said in the other scale is converted to the home's.
  ['set the radiator to 68 degrees fahrenheit', 'den', 'den_radiator:set_temperature:20'],
  ['heating to 72 fahrenheit please', 'hallway', 'heating:set_temperature:22'],
  ['warm it up in here', 'den', 'den_radiator:change_temperature:1'],
  ['set the kitchen to 50%', null, 'kitchen_light:set_brightness:50'],
  // An attribute alone asks; "is it warm" asks the temperature.
  ['kitchen light brightness', null, 'q:kitchen_light:brightness'],
  ['is it warm in the den', null, 'q:den_temp:temperature'],
  ['pause vacuuming', null, 'robot:stop'],
  // One distinctive word of a room's name, or the name run together, names the room.
  ['turn off the sitting lights', null, 'sit_ceiling:turn_off sit_lamp:turn_off'],
  ['turn on the lights in the sittingroom', null, 'sit_ceiling:turn_on sit_lamp:turn_on'],
  // Past questions ask; a negated "need to" does nothing; "not X" after a comma excludes.
  ['did I lock the front door?', 'kitchen', 'q:front_door:state'],
  ['have I left the kitchen light on?', null, 'q:kitchen_light:state'],
  ["you don't need to switch the kitchen light on", null, ''],
  ['switch the robot off', null, 'robot:stop'],
  ['turn the light on the fan off, not the fan itself', 'bedroom', 'bed_fan_light:turn_off'],
  ['can you switch the kitchen light on?', null, 'kitchen_light:turn_on'],
  // A list that starts before its verb still belongs to the verb.
  [
    'bedroom and bathroom lights off',
    null,
    'bath_light:turn_off bath_mirror:turn_off bed_fan_light:turn_off bed_light:turn_off',
  ],
  // "lock up" locks every lock; "some light" is the lights on; a set point is the heating's.
  [
    'lock up and turn off the kitchen light',
    null,
    'back_door:lock front_door:lock kitchen_light:turn_off',
  ],
  ['can I get some light in here', 'kitchen', 'kitchen_light:turn_on'],
  ["what's the target temperature in the den", null, 'q:den_radiator:target_temperature'],
  ['what temperature is the radiator set to', null, 'q:den_radiator:target_temperature'],
  ['set the temperature in the den to 19 please', null, 'den_radiator:set_temperature:19'],
  ['drop the den by a degree', null, 'den_radiator:change_temperature:-1'],
  ["I don't need the pasta timer any more", null, 't:cancel:pasta'],
  ['carry on with the timer', null, 't:resume'],
  ['make the kitchen light daylight', null, 'kitchen_light:set_color_temp:6500'],
  // A room said for the first item of a list does not hold a named device after it.
  [
    'turn off the lights in the bathroom and the radiator',
    null,
    'bath_light:turn_off bath_mirror:turn_off den_radiator:turn_off',
  ],
  // A "turn" whose particle comes after a list: every item of the list.
  [
    'turn the kitchen light and the bathroom lights off',
    null,
    'bath_light:turn_off bath_mirror:turn_off kitchen_light:turn_off',
  ],
  [
    'switch the kitchen light and the floor lamp off',
    null,
    'kitchen_light:turn_off sit_lamp:turn_off',
  ],
  // "light up" a room switches it on; "make it dark" switches off; after "the" it is a light.
  ['light up the kitchen', null, 'kitchen_light:turn_on'],
  ['make the kitchen dark', null, 'kitchen_light:turn_off'],
  ['turn the kitchen light up a bit', null, 'kitchen_light:change_brightness:10'],
  // How bright a room is, is its light-level sensor's to say.
  ['how bright is it in the sitting room', null, 'q:lux:value'],
  // "robot, go home": the first word is who is spoken to; in a question "a" means any.
  ['robot, go home', null, 'robot:return_home'],
  ['robot go and charge', null, 'robot:return_home'],
  ['is the robot charging', null, 'q:robot:state'],
  ["what's the light level in the sitting room", null, 'q:lux:value'],
  // "the lamps and lights" are all of them; a number owns nothing ("bedroom 2's lights").
  [
    'turn off the lamps and lights in the sitting room',
    null,
    'sit_ceiling:turn_off sit_lamp:turn_off',
  ],
];

// A room named like a kind of cover: switching is said of its lights, shutting of its door.
const GARAGE_HOME = `
areas: [{ id: garage, name: Garage }, { id: hall, name: Hall }]
devices:
  - { id: garage_door, name: Garage door, area: garage, type: cover, class: garage }
  - { id: garage_light, name: Ceiling light, area: garage, type: light }
  - { id: hall_light, name: Hall light, area: hall, type: light }
  - { id: vacuum, name: Vacuum, area: hall, type: vacuum }
  - { id: fan, name: Ceiling fan, area: hall, type: fan }
  - { id: desk_fan, name: Desk fan, area: garage, type: fan }
  - { id: fan_light, name: Fan light, area: hall, type: light }
scenes:
  - { id: hall_scene, name: Hall light, actions: [{ device: hall_light, command: set_brightness, value: 30 }] }
`;

describe('a word that is a room, a device and a verb at once', () => {
  const planner = new RulesPlanner(parseHome(GARAGE_HOME, 'garage.yaml'));
  for (const [text, expected] of [
    ['turn the garage off', 'garage_light:turn_off'],
    ['lights out in the garage', 'garage_light:turn_off'],
    ['make the garage dark', 'garage_light:turn_off'],
    ['shut the garage', 'garage_door:close'],
    ['is the garage shut', 'q:garage_door:state'],
    ['brighten the garage', 'garage_light:change_brightness:20'],
    ['turn off the garage lamps and lights', 'garage_light:turn_off'],
    // A scene called like a device is the scene only when "scene" is said.
    ['turn on the hall light', 'hall_light:turn_on'],
    ['turn on the hall light scene', 'hall_scene:activate'],
    ['vacuum, go home', 'vacuum:return_home'],
    ['vacuum and then go home', 'vacuum:return_home vacuum:start'],
    ['vacuum stop', 'vacuum:stop'],
    // "the light on the fan" is the fan's light, whichever room the speaker is in.
    ['turn the light on the ceiling fan off but keep the fan going', 'fan_light:turn_off'],
  ] as const) {
    test(text, () => assert.equal(summarizePlan(planner.plan(text, { area: 'hall' })), expected));
  }
});

describe('interpretation search in a home of awkward names', () => {
  const planner = new RulesPlanner(parseHome(HARD_HOME_YAML, 'hard.yaml'));
  for (const [text, area, expected] of GOLDEN) {
    test(`${text}${area ? ` (in ${area})` : ''}`, () => {
      assert.equal(summarizePlan(planner.plan(text, area ? { area } : {})), expected);
    });
  }

  test('group questions carry the form of their answer', () => {
    assert.deepEqual(planner.plan('how many windows are open').question, {
      form: 'count',
      state: 'open',
    });
    assert.deepEqual(planner.plan('is every door locked').question, {
      form: 'all',
      state: 'locked',
    });
    assert.equal(planner.plan('is somebody in the study').question?.form, 'any');
    assert.equal(planner.plan('what lights are still on').question?.form, 'which');
  });
});

/** Plans the turns as one conversation, the way hearth plan --follow-up does. */
function converse(planner: RulesPlanner, turns: readonly string[], area?: string): string[] {
  const conversation = new Conversation({ windowMs: Infinity });
  return turns.map((text) => {
    const previous = conversation.previous();
    const plan: Plan = planner.plan(text, {
      ...(area ? { area } : {}),
      ...(previous ? { previous } : {}),
    });
    conversation.remember(plan);
    return summarizePlan(plan);
  });
}

describe('conversation context', () => {
  const planner = new RulesPlanner(parseHome(TEST_HOME_YAML, 'test-home.yaml'));

  test('"them all" is them; "do the bedroom too" repeats the command; "not that one" is the other', () => {
    assert.deepEqual(
      converse(planner, ['are any lights on in the kitchen', 'switch them all off']),
      [
        'q:kitchen_ceiling:state q:kitchen_counter:state',
        'kitchen_ceiling:turn_off kitchen_counter:turn_off',
      ],
    );
    assert.deepEqual(
      converse(planner, ['set the kitchen lights to twenty percent', 'do the bedroom too']),
      [
        'kitchen_ceiling:set_brightness:20 kitchen_counter:set_brightness:20',
        'bedroom_ceiling:set_brightness:20 bedside_lamp:set_brightness:20',
      ],
    );
    assert.deepEqual(
      converse(planner, ['turn on the ceiling light', 'not that one, the other one'], 'kitchen')[1],
      converse(planner, ['turn on the ceiling light', 'the other one'], 'kitchen')[1],
    );
  });

  test('it, them, and the bedroom too', () => {
    assert.deepEqual(
      converse(planner, [
        'turn on the kitchen ceiling light',
        'make it brighter',
        'and the bedroom too',
        'set them to thirty percent',
        'now turn it off',
      ]),
      [
        'kitchen_ceiling:turn_on',
        'kitchen_ceiling:change_brightness:20',
        'bedroom_ceiling:change_brightness:20 bedside_lamp:change_brightness:20',
        'bedroom_ceiling:set_brightness:30 bedside_lamp:set_brightness:30',
        'bedroom_ceiling:turn_off bedside_lamp:turn_off',
      ],
    );
  });

  test('"lock it" locks what was asked about; "turn it up" after a thermometer is its heating', () => {
    const hard = new RulesPlanner(parseHome(HARD_HOME_YAML, 'hard.yaml'));
    assert.deepEqual(converse(hard, ['is the front door locked', 'lock it'], 'kitchen'), [
      'q:front_door:state',
      'front_door:lock',
    ]);
    assert.deepEqual(converse(hard, ['what is the temperature in the den', 'turn it up']), [
      'q:den_temp:temperature',
      'den_radiator:change_temperature:1',
    ]);
  });

  test('answering "which one do you mean", and "the other one"', () => {
    const [asked, answered] = converse(
      planner,
      ['turn on the ceiling light', 'the one in the bedroom'],
      'hallway',
    );
    assert.match(asked!, /^CLARIFY:/);
    assert.equal(answered, 'bedroom_ceiling:turn_on');
    assert.deepEqual(
      converse(planner, ['turn on the ceiling light', 'the other one', 'the kitchen one']),
      [
        'living_room_ceiling:turn_on',
        'CLARIFY:kitchen_ceiling,bedroom_ceiling',
        'kitchen_ceiling:turn_on',
      ],
    );
  });

  test('"a bit more" goes on the same way, "a bit less" the other way', () => {
    assert.deepEqual(converse(planner, ['dim the reading lamp', 'a bit more', 'a bit less']), [
      'reading_lamp:change_brightness:-20',
      'reading_lamp:change_brightness:-10',
      'reading_lamp:change_brightness:10',
    ]);
  });

  test('a turn that names its own targets ignores the context', () => {
    assert.deepEqual(converse(planner, ['turn on the desk lamp', 'turn off the hall light']), [
      'desk_lamp:turn_on',
      'hall_light:turn_off',
    ]);
  });

  test('without a conversation a pronoun has nothing to refer to', () => {
    assert.equal(planner.plan('make it brighter').source, 'rules');
    assert.equal(
      summarizePlan(planner.plan('make it brighter')),
      'living_room_ceiling:change_brightness:20 reading_lamp:change_brightness:20',
    );
  });

  test('the conversation lapses after its window', () => {
    let now = 0;
    const conversation = new Conversation({ windowMs: 120_000, now: () => now });
    conversation.remember(planner.plan('turn on the desk lamp'));
    now = 119_000;
    assert.ok(conversation.previous());
    now = 240_000;
    assert.equal(conversation.previous(), undefined);
  });
});

// Sensors asked about by what they sense, in a home with floors listed from the ground up.
const SENSOR_HOME = `
floors: [{ id: ground, name: Ground floor }, { id: first, name: First floor }]
areas:
  - { id: hall, name: Hall, floor: ground }
  - { id: kitchen, name: Kitchen, floor: ground }
  - { id: landing, name: Landing, floor: first }
devices:
  - { id: daylight, name: Daylight, type: binary_sensor, class: light }
  - { id: sam, name: Sam, type: binary_sensor, class: presence }
  - { id: hall_motion, name: Hall motion, area: hall, type: binary_sensor, class: motion }
  - { id: hatch, name: Loft hatch, area: landing, type: binary_sensor, class: opening }
  - { id: kitchen_window, name: Kitchen window, area: kitchen, type: binary_sensor, class: window }
  - { id: frost, name: Frost sensor, type: binary_sensor, class: cold }
  - { id: gate, name: Driveway gate, type: binary_sensor, class: moving }
  - { id: sink, name: Sink sensor, area: kitchen, type: binary_sensor, class: moisture }
  - { id: water, name: Water sensor, area: hall, type: binary_sensor, class: moisture }
  - { id: back_door, name: Back door, area: kitchen, type: lock }
  - { id: washer, name: Washing machine, area: kitchen, type: binary_sensor, class: vibration }
  - { id: boiler, name: Boiler, type: binary_sensor, class: problem }
  - { id: stair_gate, name: Stair gate, area: landing, type: binary_sensor, class: safety }
  - { id: broadband, name: Broadband, type: binary_sensor, class: connectivity }
  - { id: hall_battery, name: Hall motion battery, type: binary_sensor, class: battery }
  - { id: landing_light, name: Landing light, area: landing, type: light }
  - { id: hall_light, name: Hall light, area: hall, type: light }
`;

describe('questions by what a sensor senses', () => {
  const planner = new RulesPlanner(parseHome(SENSOR_HOME, 'sensors.yaml'));
  for (const [text, expected] of [
    ['is it dark outside', 'q:daylight:state'],
    ["who's home", 'q:sam:state'],
    ['is anyone moving around the house', 'q:hall_motion:state'],
    ['are any windows open', 'q:kitchen_window:state'],
    ['are any openings open', 'q:hatch:state q:kitchen_window:state'],
    ['is it frosty out', 'q:frost:state'],
    ['is the gate still moving', 'q:gate:state'],
    ["don't forget to lock the back door", 'back_door:lock'],
    ['make sure there are no lights left on upstairs', 'landing_light:turn_off'],
    ['turn off the lights on the top floor', 'landing_light:turn_off'],
    ['which rooms have a window open', 'q:kitchen_window:state'],
    // "water" is every leak sensor, not only the one called "Water sensor".
    ['is there water anywhere', 'q:sink:state q:water:state'],
    // A kind no device is of may be a device's name; a kind said of a named device asks it.
    ['is the washer still running', 'q:washer:state'],
    ['does the boiler have a fault', 'q:boiler:state'],
    ['is sam home', 'q:sam:state'],
    ['is the internet up', 'q:broadband:state'],
    ['which batteries need changing', 'q:hall_battery:state'],
    ['I want the back door locked', 'back_door:lock'],
    ['back door locked please', 'back_door:lock'],
    ['turn all the lights on the ground floor off', 'hall_light:turn_off'],
    ['turn all the lights on the ground floor', 'hall_light:turn_on'],
    ['is the hall empty', 'q:hall_motion:state'],
    ['have any of the leak sensors gone off', 'q:sink:state q:water:state'],
  ] as const) {
    test(text, () => assert.equal(summarizePlan(planner.plan(text, { area: 'hall' })), expected));
  }
});

// A home with a garden: "outside" is its outdoor rooms, never the room the speaker is in.
const GARDEN_HOME = `
areas:
  - { id: kitchen, name: Kitchen }
  - { id: garden, name: Back garden }
devices:
  - { id: kitchen_light, name: Ceiling light, area: kitchen, type: light }
  - { id: kitchen_lamp, name: Lamp, area: kitchen, type: light }
  - { id: garden_lights, name: Festoon lights, area: garden, type: light }
  - { id: garden_temp, name: Thermometer, area: garden, type: sensor, class: temperature }
  - { id: kitchen_temp, name: Kitchen thermometer, area: kitchen, type: sensor, class: temperature }
`;

describe('names and places the home lacks are not guessed at', () => {
  const sensors = new RulesPlanner(parseHome(SENSOR_HOME, 'sensors.yaml'));
  const garden = new RulesPlanner(parseHome(GARDEN_HOME, 'garden.yaml'));
  // Said in the hall, which has a light: none of these means it.
  for (const [text, reply] of [
    ['turn on the garden lights', "I couldn't find any garden lights."],
    ['turn off the fairy lights', "I couldn't find any fairy lights."],
    ['dim the reading lamp', "I couldn't find a reading lamp."],
    ['switch on the pool pump', "I couldn't find the pool pump in this home."],
    [
      'turn on the lights outside',
      "I couldn't find anything outside: none of this home's rooms is outdoors.",
    ],
    [
      'turn on the outside lights',
      "I couldn't find anything outside: none of this home's rooms is outdoors.",
    ],
  ] as const) {
    test(text, () => {
      const plan = sensors.plan(text, { area: 'hall' });
      assert.equal(summarizePlan(plan), '');
      assert.equal(plan.reply, reply);
    });
  }

  test("words that only describe still mean the room's lights", () => {
    assert.equal(
      summarizePlan(sensors.plan('turn off the main lights', { area: 'hall' })),
      'hall_light:turn_off',
    );
    assert.equal(
      summarizePlan(sensors.plan('turn off the stupid lights', { area: 'hall' })),
      'hall_light:turn_off',
    );
  });

  test('a device of no room may be the one outside', () => {
    assert.equal(
      summarizePlan(sensors.plan('is there frost outside', { area: 'hall' })),
      'q:frost:state',
    );
  });

  test('"outside" is the outdoor rooms when the home has them', () => {
    assert.equal(
      summarizePlan(garden.plan('turn on the lights outside', { area: 'kitchen' })),
      'garden_lights:turn_on',
    );
    assert.equal(
      summarizePlan(garden.plan('turn on the outside lights', { area: 'kitchen' })),
      'garden_lights:turn_on',
    );
    assert.equal(
      summarizePlan(garden.plan("what's the temperature outside", { area: 'kitchen' })),
      'q:garden_temp:temperature',
    );
    assert.equal(
      summarizePlan(garden.plan('turn on the lights', { area: 'kitchen' })),
      'kitchen_lamp:turn_on kitchen_light:turn_on',
    );
  });

  test('a follow-up that names something unknown does not fall back on the last device', () => {
    assert.deepEqual(
      converse(sensors, ['turn on the hall light', 'turn off the blender', 'even brighter']),
      ['hall_light:turn_on', '', 'hall_light:change_brightness:20'],
    );
  });
});

describe('more of the conversation', () => {
  const planner = new RulesPlanner(parseHome(TEST_HOME_YAML, 'test-home.yaml'));

  test('"both of them" and "all of them" answer "which one" with every choice', () => {
    assert.deepEqual(converse(planner, ['turn off the ceiling light', 'both of them'], 'office'), [
      'CLARIFY:living_room_ceiling,kitchen_ceiling,bedroom_ceiling',
      'bedroom_ceiling:turn_off kitchen_ceiling:turn_off living_room_ceiling:turn_off',
    ]);
    assert.deepEqual(
      converse(planner, ['turn off the ceiling light', 'all of them'], 'office')[1],
      'bedroom_ceiling:turn_off kitchen_ceiling:turn_off living_room_ceiling:turn_off',
    );
  });

  test('"scrap that, cancel it" cancels the timer once', () => {
    assert.deepEqual(converse(planner, ['set a timer for 6 minutes', 'scrap that, cancel it']), [
      't:start:360',
      't:cancel',
    ]);
  });

  test('"cancel it" and "how long to go" after setting a timer are about the timer', () => {
    assert.deepEqual(converse(planner, ['set a pizza timer for 10 minutes', 'cancel it']), [
      't:start:600:pizza',
      't:cancel:pizza',
    ]);
    assert.deepEqual(
      converse(planner, ['set a timer for 5 minutes', 'how long to go', 'pause it']),
      ['t:start:300', 't:status', 't:pause'],
    );
  });

  test('"and in the bedroom?" asks the earlier question again', () => {
    assert.deepEqual(
      converse(planner, ["what's the temperature in the hall", 'and in the bedroom?']),
      ['q:thermostat:temperature', 'q:bedroom_temperature:temperature'],
    );
  });

  test('"turn the X back on" after "oh wait" is turning it on', () => {
    assert.deepEqual(
      converse(planner, [
        'turn off the lights in the kitchen',
        'oh wait, turn the counter lights back on',
      ]),
      ['kitchen_ceiling:turn_off kitchen_counter:turn_off', 'kitchen_counter:turn_on'],
    );
    assert.equal(summarizePlan(planner.plan('um, turn on the uh desk lamp')), 'desk_lamp:turn_on');
    assert.equal(
      summarizePlan(planner.plan('put the roomba back on charge')),
      'robot_vacuum:return_home',
    );
  });
});

describe('everyday phrasings the fourth template set found', () => {
  const home = new RulesPlanner(parseHome(TEST_HOME_YAML, 'test-home.yaml'));
  const sensors = new RulesPlanner(parseHome(SENSOR_HOME, 'sensors.yaml'));
  for (const [text, area, expected] of [
    ['lights please', 'bedroom', 'bedroom_ceiling:turn_on bedside_lamp:turn_on'],
    ['kitchen lights, please', 'bedroom', 'kitchen_ceiling:turn_on kitchen_counter:turn_on'],
    // A verb anywhere in the sentence is the verb: "please" adds nothing.
    [
      'switch off the kitchen and bedroom lights please',
      'office',
      'bedroom_ceiling:turn_off bedside_lamp:turn_off kitchen_ceiling:turn_off kitchen_counter:turn_off',
    ],
    ['lower the living room blinds fully', null, 'living_room_blinds:close'],
    ['max out the reading lamp', null, 'reading_lamp:set_brightness:100'],
    ['make the desk lamp as bright as it goes', null, 'desk_lamp:set_brightness:100'],
    ['lock the doors', 'bedroom', 'back_door:lock front_door:lock'],
    ['did someone leave the TV on', 'bedroom', 'q:tv:state'],
    ['put the curtains in the bedroom all the way down', null, 'bedroom_curtains:close'],
    // "switch" is also a kind of device; the thing to switch on is one the home lacks.
    ['switch on the sauna', 'office', ''],
    ['turn on the pool heater', 'office', ''],
    // A word before what a machine makes says how, not which machine.
    ['make me a strong coffee', null, 'coffee_machine:start'],
    ['can the roomba do the floors', null, 'robot_vacuum:start'],
    ['set the robot off', null, 'robot_vacuum:start'],
    ['send the roomba out', null, 'robot_vacuum:start'],
    ['turn the roomba off', null, 'robot_vacuum:stop'],
    ['play the next song on the kitchen speaker', 'bedroom', 'kitchen_speaker:next'],
    ['can you warm the place up a bit', null, 'thermostat:change_temperature:1'],
    ['is the front door secure', null, 'q:front_door:state'],
    ['tell the roomba to stop', null, 'robot_vacuum:stop'],
    ['turn the christmas tree lights on', null, 'christmas_tree:turn_on'],
    ['turn on the... turn off the lights in the hall', null, 'hall_light:turn_off'],
    ['set the desk lamp to three quarters', null, 'desk_lamp:set_brightness:75'],
    [
      'dim the kitchen lights to a quarter',
      null,
      'kitchen_ceiling:set_brightness:25 kitchen_counter:set_brightness:25',
    ],
    [
      'make the kitchen lights as bright as they go',
      null,
      'kitchen_ceiling:set_brightness:100 kitchen_counter:set_brightness:100',
    ],
    ['put the tv on mute', null, 'tv:set_volume:0'],
    ['play the previous song on the kitchen speaker', null, 'kitchen_speaker:previous'],
    ['make it warmer in the garage', null, ''],
    // The home has curtains and blinds, but no shutters: the ones it has.
    ['close all the curtains and shutters', null, 'bedroom_curtains:close'],
    ['let some light in', 'living_room', 'living_room_blinds:open'],
    // Two names sharing their last word, said once.
    ['lock the front and back doors', null, 'back_door:lock front_door:lock'],
    ['turn off the desk and reading lamps', null, 'desk_lamp:turn_off reading_lamp:turn_off'],
    // Two rooms' lights, even where a room's light is called after its room.
    [
      'turn off the kitchen and bedroom lights',
      null,
      'bedroom_ceiling:turn_off bedside_lamp:turn_off kitchen_ceiling:turn_off kitchen_counter:turn_off',
    ],
    ['set a timer for six minutes', null, 't:start:360'],
    ['lock everything up', 'kitchen', 'back_door:lock front_door:lock'],
    [
      "it's a bit bright in here",
      'bedroom',
      'bedroom_ceiling:change_brightness:-10 bedside_lamp:change_brightness:-10',
    ],
    ['a colder white in here please', 'office', 'desk_lamp:set_color_temp:6500'],
    // The room is the lights', said in the later half of the list.
    [
      'switch the tv and the kitchen lights off',
      'office',
      'kitchen_ceiling:turn_off kitchen_counter:turn_off tv:turn_off',
    ],
    // A question mark ends a request; it asks nothing of the hall.
    [
      'can you put the lights on in the bedroom and the hall?',
      'office',
      'bedroom_ceiling:turn_on bedside_lamp:turn_on hall_light:turn_on',
    ],
    ["make sure the desk lamp's switched off", null, 'desk_lamp:turn_off'],
    ['when will the timer go off', null, 't:status'],
    ['I can barely see in here', 'bedroom', 'bedroom_ceiling:turn_on bedside_lamp:turn_on'],
    // Taken back at the end: nothing is done.
    ['turn off the bedroom lights, actually never mind', null, ''],
    // Only a light is lit: not the fan upstairs.
    [
      'is anything still lit upstairs',
      null,
      'q:bedroom_ceiling:state q:bedside_lamp:state q:desk_lamp:state',
    ],
    // A place said first is where every clause after it happens.
    [
      'in the bedroom, shut the curtains and put the lights on',
      'office',
      'bedroom_ceiling:turn_on bedroom_curtains:close bedside_lamp:turn_on',
    ],
    // Every unknown word before the kind word names what the home lacks.
    ['open the pod bay doors', 'hallway', ''],
  ] as const) {
    test(`${text}${area ? ` (in ${area})` : ''}`, () =>
      assert.equal(summarizePlan(home.plan(text, area ? { area } : {})), expected));
  }
  for (const [text, expected] of [
    // A door known only as its lock: open or shut is whether it is locked.
    ['is the back door shut', 'q:back_door:state'],
    ['is it freezing out', 'q:frost:state'],
    ['have any of the leak sensors detected anything', 'q:sink:state q:water:state'],
    ['do I need to replace any batteries', 'q:hall_battery:state'],
    // "a" in a question is any of them, anywhere, not the speaker's room's.
    ['has a leak sensor gone off', 'q:sink:state q:water:state'],
  ] as const) {
    test(text, () => assert.equal(summarizePlan(sensors.plan(text, { area: 'hall' })), expected));
  }

  test('the state asked of a lock is put in its own words', () => {
    assert.deepEqual(sensors.plan('is the back door shut').question, {
      form: 'state',
      state: 'locked',
    });
  });
});

describe('names as people write them', () => {
  const planner = new RulesPlanner(
    parseHome(
      `
areas: [{ id: den, name: Den }]
devices:
  - { id: wifi_plug, name: Wi-Fi plug, area: den, type: switch, class: plug }
  - { id: tree, name: Christmas tree, area: den, type: switch, class: plug }
  - { id: gate, name: Stair gate, area: den, type: binary_sensor, class: safety }
  - { id: garage, name: Garage door, area: den, type: cover, class: garage }
  - { id: patio, name: Patio door, area: den, type: binary_sensor, class: door }
`,
      'names.yaml',
    ),
  );
  for (const [text, expected] of [
    ['is the wifi plug switched on', 'q:wifi_plug:state'],
    ['turn off the wi-fi plug', 'wifi_plug:turn_off'],
    ['is the stair gate secure', 'q:gate:state'],
    // A garage door is a door; of the doors only the garage door can be opened.
    ['are any doors open', 'q:garage:state q:patio:state'],
    ['open the door', 'CONFIRM garage:open'],
  ] as const) {
    test(text, () => assert.equal(summarizePlan(planner.plan(text)), expected));
  }
});

describe('a name that is a kind word, said in another room', () => {
  const planner = new RulesPlanner(
    parseHome(
      `
areas: [{ id: kitchen, name: Kitchen }, { id: bath, name: Bathroom }, { id: dining, name: Dining room }, { id: living, name: Living room }]
devices:
  - { id: kitchen_blinds, name: Blinds, area: kitchen, type: cover, class: blind }
  - { id: bath_blind, name: Roller blind, area: bath, type: cover, class: blind }
  - { id: chandelier, name: Chandelier, area: dining, type: light }
  - { id: living_ceiling, name: Ceiling light, area: living, type: light }
`,
      'kinds.yaml',
    ),
  );
  for (const [text, area, expected] of [
    // The room's own blind is one of "the blinds"; the one called "Blinds" is elsewhere.
    ['open the blinds', 'bath', 'bath_blind:open'],
    ['open the blinds', 'kitchen', 'kitchen_blinds:open'],
    // A ceiling light is no chandelier: the name still means its device.
    ['turn on the chandelier', 'living', 'chandelier:turn_on'],
  ] as const) {
    test(`${text} (in ${area})`, () =>
      assert.equal(summarizePlan(planner.plan(text, { area })), expected));
  }
});

describe('places said together, and scenes named like kinds', () => {
  const planner = new RulesPlanner(
    parseHome(
      `
floors: [{ id: ground, name: Ground floor, aliases: [downstairs] }, { id: first, name: First floor, aliases: [upstairs] }]
areas:
  - { id: kitchen, name: Kitchen, floor: ground }
  - { id: guest, name: Guest room, floor: first }
  - { id: bath, name: Bathroom, floor: first }
  - { id: upbath, name: Upstairs bathroom, floor: first }
devices:
  - { id: guest_fan, name: Guest room fan, area: guest, type: fan }
  - { id: bath_lamp, name: Bathroom lamp, area: bath, type: light }
  - { id: bath_light, name: Mirror light, area: bath, type: light }
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: guest_lamp, name: Guest lamp, area: guest, type: light }
scenes:
  - { id: lamp_scene, name: Lamp, actions: [{ device: guest_lamp, command: turn_on }] }
`,
      'places.yaml',
    ),
  );
  for (const [text, expected] of [
    // The upstairs bathroom has no fan: not the guest room's, which is also upstairs.
    ['turn on the fan in the upstairs bathroom', ''],
    [
      'turn on the lights upstairs and in the kitchen',
      'bath_lamp:turn_on bath_light:turn_on guest_lamp:turn_on kitchen_light:turn_on',
    ],
    // A scene is in no room: with a room said, "the lamp" is a lamp.
    ['switch the lamp on in the bathroom', 'bath_lamp:turn_on'],
    ['activate lamp', 'lamp_scene:activate'],
  ] as const) {
    test(text, () =>
      assert.equal(summarizePlan(planner.plan(text, { area: 'kitchen' })), expected),
    );
  }
});

describe('screens and scenes', () => {
  const planner = new RulesPlanner(
    parseHome(
      `
areas: [{ id: lounge, name: Living room, aliases: [lounge] }, { id: utility, name: Utility room, aliases: [laundry] }]
devices:
  - { id: tv, name: TV, area: lounge, type: media_player, class: tv }
  - { id: speaker, name: Speaker, area: lounge, type: media_player, class: speaker }
  - { id: utility_blind, name: Blind, area: utility, type: cover, class: blind }
  - { id: utility_lamp, name: Utility lamp, area: utility, type: light }
  - { id: lounge_lamp, name: Floor lamp, area: lounge, type: light }
scenes:
  - { id: movie_night, name: Movie night, actions: [{ device: tv, command: turn_on }] }
`,
      'screens.yaml',
    ),
  );
  for (const [text, expected] of [
    ['pause the film', 'tv:pause'],
    ["it's movie time", 'movie_night:activate'],
    [
      'in the laundry, close the blind and turn on the lights',
      'utility_blind:close utility_lamp:turn_on',
    ],
  ] as const) {
    test(text, () => assert.equal(summarizePlan(planner.plan(text, { area: 'lounge' })), expected));
  }
});
