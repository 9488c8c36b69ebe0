// The words Hearth knows before it knows your home: verbs, kinds of device, quantities.
// Each entry is a phrase of normalized tokens; the tagger prefers the longest phrase.
import type { DeviceType } from '../../core/home.ts';
import type { ClimateMode } from '../../core/commands.ts';

export type Verb =
  | 'on'
  | 'off'
  | 'up'
  | 'down'
  | 'set'
  | 'open'
  | 'close'
  | 'stop'
  | 'lock'
  | 'unlock'
  | 'start'
  | 'clean'
  | 'play'
  | 'pause'
  | 'next'
  | 'previous'
  | 'dock'
  | 'mute'
  | 'cancel'
  | 'add'
  | 'remove'
  | 'keep';

/** A kind of device named by a common word: "lights", "blinds", "heating", "coffee". */
export interface Domain {
  word: string;
  types: readonly DeviceType[];
  /** When set, only devices of these classes (or with no class) match. */
  classes?: readonly string[];
  /** Classes that must not match (a "door" lock is not a garage door). */
  strictClass?: boolean;
}

export type Attribute =
  | 'temperature'
  | 'target_temperature'
  | 'humidity'
  | 'brightness'
  | 'volume'
  | 'position'
  | 'speed'
  | 'state'
  | 'color';

export type LexTag =
  | {
      kind: 'verb';
      verb: Verb;
      strong: boolean;
      implies?: Implied;
      particle?: boolean;
      /** Said as "send" or "set" ("set the robot off" starts it). */
      sends?: boolean;
    }
  | { kind: 'domain'; domain: Domain }
  | { kind: 'all' }
  | { kind: 'here' }
  | { kind: 'question'; which: boolean; count?: boolean }
  | { kind: 'quantifier'; quantifier: 'all' | 'any' }
  | { kind: 'attribute'; attribute: Attribute }
  | { kind: 'timer' }
  | { kind: 'timer_status' }
  | { kind: 'level'; value: number }
  | { kind: 'amount'; size: number }
  | { kind: 'unit'; unit: 'percent' | 'degrees' | 'kelvin'; scale?: TemperatureScale }
  | { kind: 'time_unit'; seconds: number }
  | { kind: 'prep'; prep: 'to' | 'by' }
  | { kind: 'conj' }
  | { kind: 'except' }
  | { kind: 'but' }
  | { kind: 'ensure' }
  | { kind: 'proverb' }
  | { kind: 'scene_word' }
  | { kind: 'other'; plural: boolean }
  | { kind: 'ordinal'; index: number }
  | { kind: 'negation' }
  | { kind: 'more' }
  | { kind: 'less' }
  | { kind: 'too'; direction: 'bright' | 'dark' | 'hot' | 'cold' | 'loud' | 'quiet' }
  | { kind: 'colortemp'; kelvin: number }
  | { kind: 'half' }
  | { kind: 'mode'; mode: ClimateMode }
  | { kind: 'state_word'; state: string }
  | { kind: 'filler' };

type Entry = readonly [phrases: string, tag: LexTag];

export type TemperatureScale = 'celsius' | 'fahrenheit';

export type Implied = 'light' | 'media' | 'climate' | 'fan' | 'window';

const verb = (v: Verb, strong = true, implies?: Implied): LexTag => ({
  kind: 'verb',
  verb: v,
  strong,
  ...(implies ? { implies } : {}),
});
/** A bare "on", "off", "open": a command, or the state asked about in a question. */
const particle = (v: Verb): LexTag => ({ kind: 'verb', verb: v, strong: true, particle: true });
const dom = (
  word: string,
  types: DeviceType[],
  classes?: string[],
  strictClass = false,
): LexTag => ({
  kind: 'domain',
  domain: { word, types, ...(classes ? { classes } : {}), strictClass },
});

const LIGHT = dom('lights', ['light']);

/** Phrases separated by "|". */
const ENTRIES: readonly Entry[] = [
  // Switching on and off. "turn"/"switch" alone are weak: "turn the lights blue".
  [
    'turn on|switch on|power on|power up|put on|turn it on|flip on|enable|activate|actuate|turn in|switch in|bring on|start on|turned on|switched on|be on|come on',
    verb('on'),
  ],
  ['on', particle('on')],
  ['start up|boot up|fire up|wake up|wake|launch', verb('start')],
  [
    'turn of|switch of|turn off|switch off|disconnect|unplug|cut the power to|cut power to|shut off|shut down|shutdown|power off|power down|cut off|cut|kill|disable|deactivate|deactive|deactivated|disabled|shutoff|turn it off|turned off|switched off|do not need|not be active|not active|inactive|not be on|be off',
    verb('off'),
  ],
  // "lights out in the garage": the lights, even where "garage" also names a door.
  ['lights out|no light|no lights|no lighting', verb('off', true, 'light')],
  ['off|out', particle('off')],
  [
    'send|turn|switched|turned|switch|flip|set|change|make|adjust|put|give|alter|modify|shift|get|go|bring|have|convert|transform|paint|color|colour|crank|bump|nudge|knock',
    verb('set', false),
  ],
  // Brighter, louder, warmer.
  [
    'add light|add lights|add some light|add more light|brighten|brighter|brighten up|bright|brightly|lighten|lighten up|more bright|more brighter|brighter up|illuminate',
    verb('up', true, 'light'),
  ],
  ['louder|more loud|pump up the volume', verb('up', true, 'media')],
  [
    'warmer|hotter|heat up|warm up|warm it up|heat it up|warm things up|a bit warmer|turn up the heat|turn the heat up|less cold|warm the place up|warm the house up|warm the room up|warm this place up|heat the place up|heat the house up|warm the place|warm the house',
    verb('up', true, 'climate'),
  ],
  [
    'cooler|colder|cool down|cool off|cool it down|cool things down|less warm|less hot',
    verb('down', true, 'climate'),
  ],
  ['faster|speed up|quicker', verb('up', true, 'fan')],
  ['slower|slow down|less fast', verb('down', true, 'fan')],
  [
    'increase|raise|boost|intensify|amplify|enhance|heighten|turn up|pump up|crank up|higher|turn it up|bump up|step up',
    verb('up'),
  ],
  ['up', particle('up')],
  [
    'dim|dimmer|dimmed|dimming|darken|darker|less bright|not so bright|less brighter|dull|dullen|low light',
    verb('down', true, 'light'),
  ],
  ['quieter|softer|less loud|more quiet', verb('down', true, 'media')],
  [
    'low|lower|decrease|reduce|diminish|weaken|soften|attenuate|lessen|drop|turn down|tone down|lower down|turn it down|bring down|cut down|decrease down',
    verb('down'),
  ],
  ['down', particle('down')],
  ['open up|raise up|roll up|lift', verb('open')],
  ['open', particle('open')],
  ['roll down|draw', verb('close')],
  // "shut the garage" closes it; "shut the lights" still switches them off.
  ['close|closed|shut', particle('close')],
  ['stop|halt|quit|end', verb('stop')],
  [
    'lock|lock up|secure|bolt|lock everything up|lock it all up|lock the house up|lock the place up|lock up everything',
    verb('lock'),
  ],
  // "lock up for the night": every lock.
  [
    'lock up|lock everything|lock all|lock everything up|lock it all up|lock the house up|lock the place up|lock up everything',
    { kind: 'all' },
  ],
  ['unlock|unbolt|unlatch', verb('unlock')],
  ['start|begin|run|commence|initiate|trigger|go ahead|brew|prepare|serve|pour|do', verb('start')],
  [
    'cleanup|clean|remove dust|remove the dust|suck up|vacuum|hoover|sweep|mop|dust|tidy|tidy up|clean up|clear the dust|vacuuming|cleaning|hoovering|sweeping',
    verb('clean'),
  ],
  ['play|resume|unpause|continue|carry on|keep going|start again|restart', verb('play')],
  ['pause|hold', verb('pause')],
  [
    'next|skip|next song|next track|skip song|skip track|skip this song|skip this track|play the next song|play the next track|play next song|play the next one|play something else',
    verb('next'),
  ],
  [
    'previous|go back|previous song|previous track|last song|last track|back|play the previous song|play the previous track|play the last song|play the last track|play that song again|play that again',
    verb('previous'),
  ],
  // "turn the light back on": back to how it was, not the previous track.
  ['back on', particle('on')],
  ['back off', particle('off')],
  // "too loud, back down a bit": down again, not the previous track.
  ['back down', particle('down')],
  // "let some light in": the blinds or curtains open, not the lights on.
  [
    'let some light in|let the light in|let some daylight in|let the daylight in|let the sun in|let some sun in|let some sunshine in|let the sunshine in',
    verb('open', true, 'window'),
  ],
  ['back up', particle('up')],
  [
    'to base|to its base|to the base|to the dock|to its dock|to the charger|to charge|dock|return home|go home|go back home|return to base|go to base|go back to base|return to dock|go charge|go and charge|go and recharge|go and dock|return|recharge|back to its charger|back to the charger|to its charger|back to its base|back to the base|back to base|back to its dock|back to the dock|back to dock|to its charging station|to the charging station|charging station|back to its station|to its station|back to charge|back home|go dock|docking station|to the docking station|back to the docking station|home base|to its home base|back to its home base|park|park itself|on charge|back on charge|on its charger|back on its charger|on the charger|back on the charger|on the dock|back on the dock|back on its dock',
    verb('dock'),
  ],
  ['mute|silence|on mute|put on mute|go on mute', verb('mute')],
  [
    'cancel|delete|clear|remove all|abort|dismiss|forget|get rid of|never mind|scrap|drop',
    verb('cancel'),
  ],
  ['add|extend|plus', verb('add')],
  ['take|subtract|remove|minus|take off|shorten|knock off|take away|cut back', verb('remove')],
  // Kinds of device.
  [
    'light|lights|lite|lites|lamp|lamps|lighting|lightings|bulb|bulbs|lightbulb|lightbulbs|light bulb|light bulbs|chandelier|sconce|sconces|led|leds|illumination|light fixture|light fixtures|luminosity|room light|room lights|no light|no lights|no lighting',
    LIGHT,
  ],
  ['fan|fans|ceiling fan|ventilator|ventilation', dom('fan', ['fan'])],
  ['blind|blinds', dom('blinds', ['cover'], ['blind'])],
  ['curtain|curtains|drapes', dom('curtains', ['cover'], ['curtain'])],
  ['shade|shades', dom('shades', ['cover'], ['shade', 'blind'])],
  ['shutter|shutters|roller shutter|roller shutters', dom('shutters', ['cover'], ['shutter'])],
  ['awning|awnings', dom('awning', ['cover'], ['awning'])],
  [
    'garage door|garage|garage doors',
    dom('garage door', ['cover', 'binary_sensor'], ['garage', 'garage_door'], true),
  ],
  ['gate|gates', dom('gate', ['cover'], ['gate'], true)],
  // A hatch or a skylight (class opening) answers "openings", not "windows" or "doors".
  ['window|windows', dom('windows', ['cover', 'binary_sensor'], ['window'], true)],
  [
    'door|doors|front door|back door',
    dom('door', ['lock', 'cover', 'binary_sensor'], ['door', 'garage_door', 'garage', 'lock']),
  ],
  [
    'opening|openings',
    dom(
      'openings',
      ['cover', 'binary_sensor'],
      ['window', 'door', 'garage_door', 'opening', 'garage'],
      true,
    ),
  ],
  [
    'heating|heater|heat|thermostat|radiator|radiators|furnace|climate|ac|a c|aircon|air conditioning|air conditioner|air con|cooling|hvac',
    dom('heating', ['climate']),
  ],
  ['lock|locks|deadbolt|door lock', dom('lock', ['lock'])],
  ['valve|valves|sprinkler|sprinklers|irrigation|tap', dom('valve', ['valve'])],
  ['tv|tvs|television|telly|tele', dom('tv', ['media_player'], ['tv'], true)],
  // "pause the film": what plays on a screen.
  [
    'film|movie|the film|the movie|programme|program|episode|the show',
    dom('tv', ['media_player'], ['tv'], true),
  ],
  [
    'speaker|speakers|music|song|songs|track|stereo|radio|sound system|audio|playlist',
    dom('speaker', ['media_player'], ['speaker']),
  ],
  ['media|media player', dom('media player', ['media_player'])],
  [
    'vacuum|vacuum cleaner|vacuums|hoover|robot vacuum|robot|roomba|robovac|cleaner|cleaning robot|robot cleaner|irobot|vacuum robot|robo vac|robo vacuum|vac',
    dom('vacuum', ['vacuum']),
  ],
  [
    'coffee|coffees|coffee machine|coffee maker|coffee pot|espresso|espressos|latte|lattes|cappuccino|cappuccinos|americano|mocha|macchiato|flat white|brew|brewing|cup of coffee|cup of joe|java|decaf|cortado|lungo',
    dom('coffee', ['appliance'], ['coffee_maker'], true),
  ],
  ['kettle|tea|hot water|cup of tea|cuppa', dom('kettle', ['appliance'], ['kettle'], true)],
  ['washing machine|washer|laundry|wash', dom('washer', ['appliance'], ['washer'], true)],
  ['dishwasher|dish washer|dishes', dom('dishwasher', ['appliance'], ['dishwasher'], true)],
  ['dryer|tumble dryer|drier', dom('dryer', ['appliance'], ['dryer'], true)],
  ['oven', dom('oven', ['appliance'], ['oven'], true)],
  [
    'plug|plugs|socket|sockets|outlet|outlets|smart plug|smart socket|power socket|wall socket|power strip|wemo|switch|switches',
    dom('plug', ['switch']),
  ],
  ['sensor|sensors', dom('sensor', ['sensor', 'binary_sensor'])],
  // Binary sensors by what they sense (home-file.md's class table).
  [
    'somebody|someone|anybody|anyone|people|person|occupied|occupancy',
    dom('motion sensor', ['binary_sensor'], ['motion', 'occupancy', 'presence'], true),
  ],
  // Movement is what motion sensors see; being at home is what presence sensors know.
  [
    'motion|motion sensor|motion sensors|movement|moving around|moving about|anyone moving|anybody moving|someone moving|somebody moving',
    dom('motion sensor', ['binary_sensor'], ['motion', 'occupancy'], true),
  ],
  [
    'presence|anyone home|anybody home|somebody home|someone home|anyone at home|anybody at home|who is home|who is at home|who is in|who is out|everyone home|everyone out|everybody home|everybody out|is everyone out|is everyone home|at home|out of the house|away from home',
    dom('presence sensor', ['binary_sensor'], ['presence'], true),
  ],
  ['who is home|who is at home|who is in|who is out', { kind: 'question', which: true }],
  // "have any of the leak sensors gone off", "has the back door been opened".
  [
    'have any|has any|have all|have any of the|has any of the|have all of the|have any of|has any of',
    { kind: 'question', which: false },
  ],
  [
    'have any|has any|have any of the|has any of the|have any of|has any of',
    { kind: 'quantifier', quantifier: 'any' },
  ],
  ['have all|have all of the', { kind: 'quantifier', quantifier: 'all' }],
  [
    'how much daylight|how much sunlight|how much natural light',
    { kind: 'question', which: false },
  ],
  [
    'is everyone out|is everyone home|is anyone home|is anybody home',
    { kind: 'question', which: false },
  ],
  [
    'water|leak|leaks|leaking|wet|flooding|flooded|moisture|water leak|leak sensor',
    dom('leak sensor', ['binary_sensor'], ['moisture'], true),
  ],
  // After the leak sensor: a question about water asks the sensor; "turn on the water" the valve.
  ['water|water supply|mains water', dom('valve', ['valve'])],
  [
    'battery|batteries|battery level|low battery|low batteries|new battery|new batteries|flat battery|flat batteries',
    dom('battery', ['binary_sensor', 'sensor'], ['battery'], true),
  ],
  ['charging|charged', dom('charger', ['binary_sensor'], ['battery_charging'], true)],
  [
    'smoke|fire|smoke alarm|smoke detector|smoke alarms|burning|something burning|on fire',
    dom('smoke alarm', ['binary_sensor'], ['smoke'], true),
  ],
  ['gas|gas leak', dom('gas sensor', ['binary_sensor'], ['gas'], true)],
  [
    'carbon monoxide|co|co alarm',
    dom('carbon monoxide alarm', ['binary_sensor'], ['carbon_monoxide'], true),
  ],
  [
    'frost|frosty|freezing|frozen|icy|freezing out|freezing outside|icy out|icy outside',
    dom('frost sensor', ['binary_sensor'], ['cold'], true),
  ],
  ['overheating|overheated', dom('heat sensor', ['binary_sensor'], ['heat'], true)],
  [
    'online|offline|connected|disconnected|connection|internet|the internet|broadband|wifi|wi fi|network',
    dom('connection', ['binary_sensor'], ['connectivity'], true),
  ],
  [
    'problem|problems|fault|faults|issue|issues|error|errors',
    dom('problem', ['binary_sensor'], ['problem', 'safety'], true),
  ],
  ['tampered|tampering|tamper', dom('tamper sensor', ['binary_sensor'], ['tamper'], true)],
  ['vibrating|vibration', dom('vibration sensor', ['binary_sensor'], ['vibration'], true)],
  ['moving|still moving|in motion', dom('movement sensor', ['binary_sensor'], ['moving'], true)],
  [
    'noise|noises|noisy|sound sensor|making a sound|making sounds|making a noise|making noise|making noises|crying',
    dom('sound sensor', ['binary_sensor'], ['sound'], true),
  ],
  [
    'update|updates|updating|need updating|needs updating|an update|firmware update|new firmware|update available|updates available',
    dom('update', ['binary_sensor'], ['update'], true),
  ],
  [
    'light outside|light out|light level outside|daylight sensor|dark outside|dark out|daytime|day time|night time|nighttime|still light|still dark|got dark|getting dark|gotten dark',
    dom('daylight sensor', ['binary_sensor'], ['light'], true),
  ],
  [
    // Bare "daylight" is also a white ("make the lights daylight").
    'daylight sensor|how much daylight|how much sunlight|how much natural light|sunlight|daylight level|daylight outside',
    dom('daylight sensor', ['binary_sensor', 'sensor'], ['light', 'illuminance'], true),
  ],
  ['plugged in|unplugged', dom('plug sensor', ['binary_sensor'], ['plug'], true)],
  ['appliance|appliances|machine|machines', dom('appliance', ['appliance'])],
  // "do the conservatory too": whatever was just done, there as well.
  [
    'do|do the same|the same for|same for|same with|the same with|same in|the same in',
    { kind: 'proverb' },
  ],
  // "not that one", "wrong one": the other one.
  [
    'not that one|not this one|no not that one|wrong one|the wrong one|that is the wrong one|not the right one|that is not the one|not that',
    { kind: 'other', plural: false },
  ],
  // "can I get some light in here": the lights on.
  [
    'some light|get some light|need some light|need light|want some light',
    verb('on', true, 'light'),
  ],
  // "I don't need the pizza timer any more": not "any" timer.
  ['any more|anymore|no more', { kind: 'filler' }],
  // "don't forget to lock the back door" asks for it to be done.
  ['do not forget to|do not forget|remember to|please remember to', { kind: 'filler' }],
  // "make sure there are no lights left on upstairs": none on is all off.
  [
    'no lights left on|no lights on|no light left on|no light on|no lamps on|no lamps left on',
    verb('off', true, 'light'),
  ],
  // Scope.
  [
    'all|both|every|everything|each|whole|entire|house|home|everywhere|anywhere|rooms|any room|apartment|flat|all over|throughout|every room|all rooms|all the rooms|whole house|whole home|entire house|in the house|the house|my house|the home|my home|my apartment|the apartment|my flat|the flat',
    { kind: 'all' },
  ],
  [
    'here|in here|this room|in this room|current room|the room|my room|room|where i am|around me|this place',
    { kind: 'here' },
  ],
  // Questions.
  [
    'is|are|was|were|what is|what are|what|how|tell me|check|do i have|did i leave|did i|is there|are there|status of|does|do|how warm|how hot|how cold|how humid|has|did|have i|have we|have you|did we|did you|has anyone|has somebody|has someone',
    { kind: 'question', which: false },
  ],
  ['which|which ones|which one|list|any|anything|something', { kind: 'question', which: true }],
  ['any|all of the', { kind: 'all' }],
  ['how many|how many of the|count the|number of', { kind: 'question', which: true, count: true }],
  [
    'every|each|all|all the|all of the|everything|all my|all our',
    { kind: 'quantifier', quantifier: 'all' },
  ],
  [
    'any|anyone|anybody|someone|somebody|any of the|is there a|is there any|are there any|is a|is an',
    { kind: 'quantifier', quantifier: 'any' },
  ],
  ['is there a|is there any|are there any|is a|is an', { kind: 'question', which: false }],
  ['?', { kind: 'question', which: false }],
  ['is there|are there', { kind: 'quantifier', quantifier: 'any' }],
  [
    'it is|this is|that is|there is|there are|its|it was|they are|these are|those are',
    { kind: 'filler' },
  ],
  [
    'temperature|temp|degrees inside|how hot|how cold|how warm',
    { kind: 'attribute', attribute: 'temperature' },
  ],
  ['humidity|humid|how humid|damp|how damp|dampness', { kind: 'attribute', attribute: 'humidity' }],
  // "how bright is the lamp": asks the brightness; "bright" alone would brighten it.
  // "is it warm in the den": asks the temperature; "warm" alone would warm the light.
  [
    'is it warm|is it hot|is it cold|is it cool|is it chilly|is it freezing|is it warm enough',
    { kind: 'question', which: false },
  ],
  [
    'is it warm|is it hot|is it cold|is it cool|is it chilly|is it freezing|is it warm enough',
    { kind: 'attribute', attribute: 'temperature' },
  ],
  // "is it freezing out": frost outside, not the heating's reading.
  [
    'is it freezing out|is it freezing outside|is it icy out|is it icy outside|is it frosty out|is it frosty outside',
    { kind: 'question', which: false },
  ],
  [
    'is it freezing out|is it freezing outside|is it icy out|is it icy outside|is it frosty out|is it frosty outside',
    dom('frost sensor', ['binary_sensor'], ['cold'], true),
  ],
  ['how bright|how dim|how light', { kind: 'question', which: false }],
  ['how bright|how dim|how light', { kind: 'attribute', attribute: 'brightness' }],
  ['how loud|how quiet', { kind: 'question', which: false }],
  ['how loud|how quiet', { kind: 'attribute', attribute: 'volume' }],
  ['how fast|how quickly', { kind: 'question', which: false }],
  ['how fast|how quickly', { kind: 'attribute', attribute: 'speed' }],
  ['how far open|how open|how far', { kind: 'question', which: false }],
  ['how far open|how open|how far', { kind: 'attribute', attribute: 'position' }],
  [
    'target temperature|set temperature|set point|setpoint|thermostat setting|heating set to|thermostat set to',
    { kind: 'attribute', attribute: 'target_temperature' },
  ],
  // "what is the heating set to": the heating is said, as well as its setting.
  ['thermostat setting|heating set to|thermostat set to', dom('heating', ['climate'])],
  [
    'brightness|intensity|light level|light intensity',
    { kind: 'attribute', attribute: 'brightness' },
  ],
  ['volume|sound', { kind: 'attribute', attribute: 'volume' }],
  ['position', { kind: 'attribute', attribute: 'position' }],
  ['speed', { kind: 'attribute', attribute: 'speed' }],
  ['colour|color|hue|shade of', { kind: 'attribute', attribute: 'color' }],
  ['timer|timers|countdown|count down', { kind: 'timer' }],
  [
    'time left|time is left|when will the timer go off|when does the timer go off|when is the timer going off|when will the timer be done|when will the timer finish|when will it go off|when does it go off|how long to go|how long is there to go|how long has it got left|how much time is left|how much time left|time remaining|time remains|time is remaining|how long left|how long is left|how much longer|how long until|how long till|how long before|left on the timer|left on my timer|remaining on the timer|remaining on my timer|have left|has left|status|how long does|how much time does',
    { kind: 'timer_status' },
  ],
  // Values.
  [
    'max|maximum|full|fully|100 percent|as bright as they go|as bright as they can go|as bright as they will go|as high as they go|as high as they can go|full power|full brightness|all the way|all the way up|brightest|highest|as bright as possible|top|max out|max it out|maxed out|as bright as it goes|as bright as it can go|as bright as it will go|as high as it goes|as high as it can go|as far as it goes|full whack|full blast',
    { kind: 'level', value: 100 },
  ],
  [
    'min|minimum|lowest|dimmest|least|all the way down|as dim as possible|bottom|as dim as they go|as dim as they can go|as low as they go|as dim as it goes|as dim as it can go|as low as it goes|as low as it can go',
    { kind: 'level', value: 1 },
  ],
  ['half|halfway|half way|midway|half brightness|medium', { kind: 'half' }],
  // Fractions said of a level (numbers come as digits: "three quarters" is "3 quarters").
  [
    'a quarter|quarter|1 quarter|quarter brightness|a quarter brightness|quarter way|a quarter of the way',
    { kind: 'level', value: 25 },
  ],
  ['3 quarters|3 quarter|3 quarters brightness|3 quarter brightness', { kind: 'level', value: 75 }],
  ['a third|1 third|a third brightness', { kind: 'level', value: 33 }],
  ['2 thirds|2 third', { kind: 'level', value: 67 }],
  [
    'a bit|a little|a little bit|a tad|tad|slightly|a touch|little|bit|somewhat|a notch|notch|some|a little more|a bit more',
    { kind: 'amount', size: 10 },
  ],
  ['a lot|lots|much|way|significantly|a great deal', { kind: 'amount', size: 40 }],
  // "it's a bit bright in here": a little too bright, so a little dimmer.
  ['a bit bright|a little bright|a bit too bright|bit bright', { kind: 'amount', size: 10 }],
  ['percent|per cent|pc|percentage|%', { kind: 'unit', unit: 'percent' }],
  ['degrees|degree|deg', { kind: 'unit', unit: 'degrees' }],
  // "72 fahrenheit" in a celsius home is 22 there.
  [
    'degrees c|celsius|centigrade|degrees celsius|degrees centigrade|c',
    { kind: 'unit', unit: 'degrees', scale: 'celsius' },
  ],
  [
    'degrees f|fahrenheit|degrees fahrenheit|f',
    { kind: 'unit', unit: 'degrees', scale: 'fahrenheit' },
  ],
  [
    'kelvin|degrees kelvin|colour temperature|color temperature|colour temp|color temp|white temperature|white tone|shade of white',
    { kind: 'unit', unit: 'kelvin' },
  ],
  ['second|seconds|sec|secs', { kind: 'time_unit', seconds: 1 }],
  ['minute|minutes|min|mins', { kind: 'time_unit', seconds: 60 }],
  ['hour|hours|hr|hrs', { kind: 'time_unit', seconds: 3600 }],
  ['to|into|at|unto|on to|onto|until|till|up to|down to|as', { kind: 'prep', prep: 'to' }],
  ['by', { kind: 'prep', prep: 'by' }],
  [
    'warm white|warm|soft white|warm yellow|yellowish white|candlelight|candle light|relax|cozy|cosy|warmer white|a warmer white|warm light|softer white',
    { kind: 'colortemp', kelvin: 2700 },
  ],
  [
    'cool white|cool|cold white|daylight|blue white|bluish white|day light|natural|natural light|bright white|daylight white|cooler white|a cooler white|cool light|colder white|a colder white|colder light|a colder light|whiter|a whiter light',
    { kind: 'colortemp', kelvin: 6500 },
  ],
  ['neutral white|neutral|natural white|pure white', { kind: 'colortemp', kelvin: 4000 }],
  [
    'and|then|and then|also|plus also|after that|afterwards|as well as|too|as well|,',
    { kind: 'conj' },
  ],
  ['not|dont|do not|never', { kind: 'negation' }],
  [
    'except|except for|apart from|other than|but not|excluding|aside from|save for|besides|not including|with the exception of|leaving out|leave out|but leave out',
    { kind: 'except' },
  ],
  ['but|however|although', { kind: 'but' }],
  [
    'make sure|ensure|be sure|see that|see to it that|make certain|double check that|i want|i would like|i need',
    { kind: 'ensure' },
  ],
  ['keep|leave|let', verb('keep', false)],
  // Answers and references to an earlier turn: "the other one", "the second one".
  ['other|the other|other one|the other one', { kind: 'other', plural: false }],
  [
    'others|the others|other ones|the other ones|the rest|the rest of them',
    { kind: 'other', plural: true },
  ],
  ['first|the first|first one|the first one', { kind: 'ordinal', index: 0 }],
  ['second|the second|second one|the second one', { kind: 'ordinal', index: 1 }],
  ['third|the third|third one|the third one', { kind: 'ordinal', index: 2 }],
  ['last|the last|last one|the last one|latter|the latter', { kind: 'ordinal', index: -1 }],
  [
    'what about|how about|and what about|same for|same with|the same for|do the same for|same in|same goes for|likewise',
    { kind: 'filler' },
  ],
  ['more|extra|further|additional|another|a further|some more|longer', { kind: 'more' }],
  // "you don't need to switch them on": not an order to switch them off.
  ['do not need to|dont need to|no need to|there is no need to', { kind: 'negation' }],
  [
    'a bit more|a little more|a little bit more|a tad more|slightly more|a touch more',
    { kind: 'more' },
  ],
  [
    'a bit less|a little less|a little bit less|a tad less|slightly less|a touch less',
    { kind: 'less' },
  ],
  [
    'a bit less|a little less|a little bit less|a tad less|slightly less|a touch less',
    { kind: 'amount', size: 10 },
  ],
  ['less|fewer|shorter', { kind: 'less' }],
  ['a lot more|much more|way more|lots more', { kind: 'more' }],
  ['a lot more|much more|way more|lots more', { kind: 'amount', size: 40 }],
  [
    'too bright|so bright|very bright|really bright|overly bright|a bit bright|a little bright|quite bright|rather bright|a bit too bright|bit bright|too much light|too light|blinding|glaring|is too much|are too much|too much',
    { kind: 'too', direction: 'bright' },
  ],
  [
    'dark|darkness|too dark|so dark|very dark|really dark|awfully dark|too dim|so dim|gloomy|can not see|cant see|can barely see|can hardly see|can not see a thing|cant see a thing|can barely see anything|can hardly see anything|pitch black|too dull',
    { kind: 'too', direction: 'dark' },
  ],
  ['too loud|so loud|very loud|too noisy', { kind: 'too', direction: 'loud' }],
  ['too quiet|so quiet|can not hear|cant hear|too soft', { kind: 'too', direction: 'quiet' }],
  [
    'too hot|so hot|too warm|boiling|a bit hot|really hot|stuffy|roasting|sweltering',
    { kind: 'too', direction: 'hot' },
  ],
  [
    'too cold|so cold|freezing|chilly|too cool|a bit cold|quite cold|really cold|cold|nippy',
    { kind: 'too', direction: 'cold' },
  ],
  // A climate device's modes: "set the radiator to heat", "heating mode".
  ['heat|heating|heat mode|heating mode|heater mode', { kind: 'mode', mode: 'heat' }],
  [
    'cool|cooling|cool mode|cooling mode|ac mode|air conditioning mode',
    { kind: 'mode', mode: 'cool' },
  ],
  ['auto|automatic|auto mode|automatic mode', { kind: 'mode', mode: 'auto' }],
  ['scene|scenes', { kind: 'scene_word' }],
  // The states binary sensors report, as questions say them ("are any batteries low").
  [
    'low|wet|dry|detected|clear|plugged in|unplugged|charging|connected|disconnected|online|offline|secure|secured|insecure|unsecured|safe|unsafe',
    { kind: 'state_word', state: 'class' },
  ],
  ['locked', { kind: 'state_word', state: 'locked' }],
  // "is anything still lit": on, and said only of lights.
  ['lit|lit up', { kind: 'state_word', state: 'lit' }],
  ['unlocked', { kind: 'state_word', state: 'unlocked' }],
  ['opened', { kind: 'state_word', state: 'open' }],
  // Participles a question asks about: "is the lamp turned on" never turns it on.
  ['turned on|switched on|left on|powered on|still on', { kind: 'state_word', state: 'on' }],
  ['turned off|switched off|left off|powered off|still off', { kind: 'state_word', state: 'off' }],
  ['left open|still open', { kind: 'state_word', state: 'open' }],
  ['left unlocked', { kind: 'state_word', state: 'unlocked' }],
  ['cleaning|vacuuming|hoovering', { kind: 'state_word', state: 'cleaning' }],
  [
    'docked|on its dock|on the dock|on its base|charging on its base',
    { kind: 'state_word', state: 'docked' },
  ],
  // "is alex home": a presence sensor's own word; a robot at home is docked.
  ['home|at home', { kind: 'state_word', state: 'home' }],
  ['away|not home', { kind: 'state_word', state: 'away' }],
  // "is Sam back yet": back home.
  ['back yet|home yet|back home yet|in yet', { kind: 'state_word', state: 'home' }],
  // "have any of the leak sensors gone off": an alarm that goes off is on.
  [
    'gone off|went off|going off|triggered|tripped|been triggered|been tripped|hearing anything|heard anything|hear anything|hearing something|heard something|detected anything|detected something|picked anything up|picked up anything|sensed anything|noticed anything',
    { kind: 'state_word', state: 'on' },
  ],
  // "is the bathroom empty": no one seen there.
  ['empty|unoccupied|vacant', { kind: 'state_word', state: 'clear' }],
  [
    'need changing|needs changing|need replacing|needs replacing|need to replace|replace any|need new|replace|replacing|need charging|needs charging|need swapping|running low|running out',
    { kind: 'state_word', state: 'low' },
  ],
  // "light up the hall" is said of a dark room: it switches the lights on.
  ['light up|light it up', verb('on', true, 'light')],
  ['lights up', verb('up', true, 'light')],
  ['shut|closed', { kind: 'state_word', state: 'closed' }],
  ['running', { kind: 'state_word', state: 'on' }],
];

export interface LexEntry {
  tokens: readonly string[];
  tag: LexTag;
}

export const LEXICON: readonly LexEntry[] = ENTRIES.flatMap(([phrases, tag]) =>
  phrases.split('|').map((p) => ({ tokens: p.trim().split(/\s+/), tag })),
);

/** Words that say nothing about the command; an unknown word beside a device word is not one. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the my our your his her their its this that these those some me us it them please ' +
    'pls plz kindly could can would will you u i we should shall must might may want wanted ' +
    'like love need needs wish id hey hi hello ok okay so just now right now immediately ' +
    'quickly asap for of in on at with from into be been being am is are let lets go going ' +
    'gonna wanna thanks thank thankyou cheers again also there here too very really quite ' +
    'bit little one ones smart main overhead ceiling big small new old current some any ' +
    'whole room rooms area space lighting level levels setting settings mode status state ' +
    'hearth assistant computer alexa google siri olly jarvis dear sir madam if possible ' +
    'able help arrange arrangements get got to do does did done time it is that which who ' +
    'how what where when why and or but then after before up down out over off about ' +
    'around inside indoors outside house home much many lot lots more less light lights ' +
    // Hesitations a transcript keeps ("um, turn the uh lamp on").
    'um umm uh uhh er erm ah oh ooh hmm hm mm eh'
  ).split(/\s+/),
);

/** Kinds of device a clause means when it names none ("dim", "louder", "clean"). */
export const IMPLIED_DOMAINS = {
  light: LIGHT.kind === 'domain' ? LIGHT.domain : { word: 'lights', types: ['light'] },
  media: { word: 'media player', types: ['media_player'] },
  vacuum: { word: 'vacuum', types: ['vacuum'] },
  everything: { word: 'device', types: ['light', 'switch', 'fan', 'media_player'] },
  lock: { word: 'lock', types: ['lock'] },
  climate: { word: 'heating', types: ['climate'] },
  fan: { word: 'fan', types: ['fan'] },
  /** "let some light in": what covers a window. */
  window: { word: 'blinds', types: ['cover'], classes: ['blind', 'shade', 'curtain', 'shutter'] },
  temperature: { word: 'temperature sensor', types: ['sensor', 'climate'] },
  /** "is the bathroom empty": what sees people there. */
  occupancy: {
    word: 'motion sensor',
    types: ['binary_sensor'],
    classes: ['motion', 'occupancy', 'presence'],
    strictClass: true,
  },
  /** "how bright is it in the hall": a light-level sensor there, else the lights. */
  lightLevel: { word: 'light level', types: ['sensor', 'light'] },
} as const satisfies Record<string, Domain>;
