// The fast path's latency on a generated home of 200 devices in 20 areas (issue 2: p99 < 1 ms).
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/** Names that are kind words, rooms inside names, plurals and numbers: what readings must sort out. */
const HARD_KINDS: [DeviceType, string, string?][] = [
  ['light', 'Light'],
  ['light', 'Lamp'],
  ['light', '{room} light'],
  ['light', 'Lamp 2'],
  ['sensor', 'Light', 'illuminance'],
  ['sensor', 'Temperature', 'temperature'],
  ['binary_sensor', 'Window', 'window'],
  ['binary_sensor', '{room} leak sensor', 'moisture'],
  ['climate', 'Radiator'],
  ['fan', 'Fan'],
];

/** 1,000 devices in 100 rooms, every room with the hard names. */
export function hardHome(): Home {
  const areas = Array.from({ length: 100 }, (_, i) => ({
    id: `room_${i}`,
    name: `${ROOMS[i % ROOMS.length]}${i >= ROOMS.length ? ` ${Math.floor(i / ROOMS.length) + 1}` : ''}`,
    aliases: [],
  }));
  const devices: Device[] = [];
  for (const area of areas) {
    HARD_KINDS.forEach(([type, name, cls], k) => {
      devices.push({
        id: `${area.id}_${k}`,
        name: name.replace('{room}', area.name),
        aliases: [],
        area: area.id,
        type,
        ...(cls ? { class: cls } : {}),
        confirm: false,
        expose: true,
      });
    });
  }
  return {
    unit: 'celsius',
    default_area: 'room_0',
    floors: [],
    areas,
    devices,
    favorites: [],
    scenes: [],
  };
}

const HARD_UTTERANCES = [
  'switch the kitchen lights off',
  'kill all the lights',
  'what lights are still on',
  'put the temperature in the den to 19',
  'set the radiator to heat mode',
  'is there water under the sink',
  'how many windows are open',
  'turn off all the lights except the hallway',
  'crank the heating up a notch',
  'turn on the lamp 2 in the study',
];

function measure(label: string, home: Home, utterances: readonly string[]): void {
  const t0 = performance.now();
  const planner = new RulesPlanner(home);
  const compileMs = performance.now() - t0;
  for (let i = 0; i < 2000; i++) planner.plan(utterances[i % utterances.length]!);
  const samples: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const text = utterances[i % utterances.length]!;
    const start = performance.now();
    planner.plan(text);
    samples.push(performance.now() - start);
  }
  console.log(`fast path (rules engine), ${label}:`);
  console.log(`  compile once:      ${formatMs(compileMs)}   (target < 100 ms for 1,000 devices)`);
  console.log(`  plan p50:          ${formatMs(percentile(samples, 50))}`);
  console.log(`  plan p99:          ${formatMs(percentile(samples, 99))}   (target < 1 ms)`);
  console.log(`  plan max:          ${formatMs(Math.max(...samples))}`);
  console.log(`  samples:           ${samples.length} over ${utterances.length} utterances`);
}

/** Lines per second through the real `hearth plan` process (start-up included once). */
function measurePlanCommand(home: Home, utterances: readonly string[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  const file = join(dir, 'home.json');
  writeFileSync(file, JSON.stringify(home));
  const lines = Array.from({ length: 20_000 }, (_, i) => utterances[i % utterances.length]).join(
    '\n',
  );
  const bin = fileURLToPath(new URL('../bin/hearth.mjs', import.meta.url));
  const run = (input: string) => {
    const start = performance.now();
    const out = execFileSync(process.execPath, [bin, 'plan', '--home', file, '--no-llm'], {
      input,
      maxBuffer: 1 << 30,
    });
    return { ms: performance.now() - start, count: out.toString().split('\n').length - 1 };
  };
  const empty = run(utterances[0]!);
  const full = run(lines);
  rmSync(dir, { recursive: true, force: true });
  const perSecond = ((full.count - 1) / (full.ms - empty.ms)) * 1000;
  console.log('hearth plan (a process, 1,000-device home):');
  console.log(`  start-up + one line: ${formatMs(empty.ms)}`);
  console.log(
    `  lines per second:    ${Math.round(perSecond)}   (${full.count} lines; target >= 5,000)`,
  );
}

export function benchRules(): void {
  measure('200 devices in 20 areas', generatedHome(), UTTERANCES);
  measure('1,000 devices in 100 areas with hard names', hardHome(), [
    ...HARD_UTTERANCES,
    ...UTTERANCES,
  ]);
  measurePlanCommand(hardHome(), [...HARD_UTTERANCES, ...UTTERANCES]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchRules();
