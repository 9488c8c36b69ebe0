// The fast path's latency on a generated home of 200 devices in 20 areas (issue 2: p99 < 1 ms).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Device, DeviceType, Home } from '../src-main/core/home.ts';
import { RulesPlanner } from '../src-main/understand/rules/RulesPlanner.ts';
import { formatMs, percentile } from './percentiles.ts';

const ROOMS = [
  'Living room',
  'Kitchen',
  'Hallway',
  'Bedroom',
  'Office',
  'Bathroom',
  'Dining room',
  'Garage',
  'Garden',
  'Nursery',
  'Guest room',
  'Laundry',
  'Attic',
  'Basement',
  'Den',
  'Porch',
  'Patio',
  'Study',
  'Playroom',
  'Pantry',
];
const KINDS: [DeviceType, string, string?][] = [
  ['light', 'Ceiling light'],
  ['light', 'Lamp'],
  ['light', 'Spotlights'],
  ['light', 'Led strip'],
  ['switch', 'Plug', 'plug'],
  ['fan', 'Fan'],
  ['cover', 'Blinds', 'blind'],
  ['media_player', 'Speaker', 'speaker'],
  ['sensor', 'Temperature', 'temperature'],
  ['light', 'Wall light'],
];

export function generatedHome(): Home {
  const areas = ROOMS.map((name) => ({
    id: name.toLowerCase().replace(/ /g, '_'),
    name,
    aliases: [],
  }));
  const devices: Device[] = [];
  for (const area of areas) {
    for (const [type, name, cls] of KINDS) {
      devices.push({
        id: `${area.id}_${name.toLowerCase().replace(/ /g, '_')}`,
        name: `${area.name} ${name.toLowerCase()}`,
        aliases: [],
        area: area.id,
        type,
        ...(cls ? { class: cls } : {}),
        confirm: false,
        expose: true,
      });
    }
  }
  return {
    unit: 'celsius',
    default_area: 'living_room',
    floors: [],
    areas,
    devices,
    favorites: [],
    scenes: [],
  };
}

const UTTERANCES = [
  'turn off the kitchen lights',
  'turn on the lamp in the guest room',
  'hey hearth could you please dim the bedroom lights to thirty percent',
  'set the office ceiling light to blue',
  'turn off all the lights',
  'what is the temperature in the nursery',
  'open the blinds in the dining room and turn on the fan',
  'set a timer for an hour and a half',
  'turn of the kitchn lights',
  'make it brighter in here',
  'turn the basement speaker up',
  'which lights are on',
  'what is the weather like tomorrow',
  'turn on the plug in the laundry then close the patio blinds',
];

export function benchRules(): void {
  const home = generatedHome();
  const t0 = performance.now();
  const planner = new RulesPlanner(home);
  const compileMs = performance.now() - t0;
  for (let i = 0; i < 2000; i++) planner.plan(UTTERANCES[i % UTTERANCES.length]!);
  const samples: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const text = UTTERANCES[i % UTTERANCES.length]!;
    const start = performance.now();
    planner.plan(text);
    samples.push(performance.now() - start);
  }
  console.log('fast path (rules engine), 200 devices in 20 areas:');
  console.log(`  compile once:      ${formatMs(compileMs)}`);
  console.log(`  plan p50:          ${formatMs(percentile(samples, 50))}`);
  console.log(`  plan p99:          ${formatMs(percentile(samples, 99))}   (target < 1 ms)`);
  console.log(`  plan max:          ${formatMs(Math.max(...samples))}`);
  console.log(`  samples:           ${samples.length} over ${UTTERANCES.length} utterances`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchRules();
