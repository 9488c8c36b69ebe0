// Random but realistic home files (../shared/spec/home-file.md), built to contain the cases
// that break a planner tuned on one home: device names equal to kind words ("Light",
// "Lamp", "Fan", "Temperature", "Heater"), room words inside names ("Bathroom light" beside
// a second bathroom light), one name in several rooms, numbers, apostrophes and hyphens,
// scenes named like devices, floors with aliases, Fahrenheit, one device of a kind or many.
// Every home goes through the project's own loader, so a generated home is a valid file.
import type { Area, Device, Home } from '../../../src-main/core/home.ts';
import { parseHome } from '../../../src-main/home/loadHome.ts';
import { Rng } from './Rng.ts';

/** One device as written in a home file (before validation fills in defaults). */
export interface DeviceEntry {
  id: string;
  name: string;
  aliases?: string[];
  area?: string;
  type: Device['type'];
  class?: string;
  confirm?: boolean;
}

/** A home file as a plain object. */
export interface HomeFile {
  name: string;
  default_area?: string;
  unit: 'celsius' | 'fahrenheit';
  floors?: { id: string; name: string; aliases?: string[] }[];
  areas: { id: string; name: string; aliases?: string[]; floor?: string }[];
  devices: DeviceEntry[];
  scenes?: {
    id: string;
    name: string;
    aliases?: string[];
    actions: { device: string; command: string; value?: number | string }[];
  }[];
}

/** What the templates need to know about a home, recorded when it is generated. */
export interface HomeMeta {
  /** Type-light device ids per area id (every area is present, maybe with none). */
  lightsByArea: Record<string, string[]>;
  /** Area ids per floor id. */
  areasByFloor: Record<string, string[]>;
  /** The floor that "upstairs" / "downstairs" means, when the home has floors. */
  upstairs?: string;
  downstairs?: string;
  /** Lower-cased device names used by more than one device, and who uses them. */
  sharedNames: Record<string, string[]>;
  /** Climate devices: one for the whole home ("central") or one per some rooms. */
  climateLayout: 'none' | 'central' | 'radiators';
  /** An illuminance sensor named exactly "Light", per area that has one. */
  lightNamedSensors: string[];
  /** A fan and the light fitted to it, in the same room. */
  fanWithLight?: { fan: string; light: string };
  /** Scenes that share their name with a device: [scene id, device id]. */
  scenesNamedLikeDevices: [string, string][];
}

export interface GeneratedHome {
  seed: number;
  file: HomeFile;
  home: Home;
  meta: HomeMeta;
}

interface AreaSpec {
  id: string;
  name: string;
  aliases?: string[];
  upper: boolean | null; // null: either floor
  lights: [number, number];
}

const AREA_POOL: AreaSpec[] = [
  { id: 'kitchen', name: 'Kitchen', upper: false, lights: [1, 3] },
  {
    id: 'living_room',
    name: 'Living room',
    aliases: ['lounge', 'sitting room'],
    upper: false,
    lights: [1, 3],
  },
  { id: 'bedroom', name: 'Bedroom', upper: true, lights: [1, 3] },
  { id: 'bedroom_2', name: 'Bedroom 2', upper: true, lights: [1, 2] },
  { id: 'bathroom', name: 'Bathroom', upper: true, lights: [1, 2] },
  { id: 'dining_room', name: 'Dining room', upper: false, lights: [1, 2] },
  { id: 'hallway', name: 'Hallway', aliases: ['hall'], upper: false, lights: [1, 2] },
  { id: 'study', name: 'Study', aliases: ['office'], upper: null, lights: [1, 2] },
  { id: 'den', name: 'Den', upper: false, lights: [1, 2] },
  { id: 'guest_room', name: 'Guest room', upper: true, lights: [0, 2] },
  { id: 'mias_room', name: "Mia's room", upper: true, lights: [1, 2] },
  { id: 'nursery', name: 'Nursery', upper: true, lights: [1, 1] },
  { id: 'landing', name: 'Landing', upper: true, lights: [1, 1] },
  { id: 'garage', name: 'Garage', upper: false, lights: [0, 1] },
  { id: 'utility_room', name: 'Utility room', aliases: ['laundry'], upper: false, lights: [0, 1] },
];

const ALWAYS = ['kitchen', 'living_room', 'bedroom', 'bathroom'];

/** Light names that suit a room, beyond the shared ones. */
const ROOM_LIGHTS: Record<string, string[]> = {
  kitchen: ['Spotlights', 'Under-cabinet lights', 'Pendant', 'Island light'],
  living_room: ['Reading lamp', 'Floor lamp', 'Corner lamp', 'Wall lights'],
  bedroom: ['Bedside lamp', 'Dressing table lamp', 'Wardrobe light'],
  bedroom_2: ['Bedside lamp', 'Reading light'],
  bathroom: ['Mirror light', 'Shower light'],
  dining_room: ['Pendant', 'Chandelier', 'Sideboard lamp'],
  hallway: ['Porch light', 'Hall light'],
  study: ['Desk lamp', 'Bookshelf light'],
  den: ['Floor lamp', 'LED strip'],
  guest_room: ['Bedside lamp', 'Guest lamp'],
  mias_room: ["Mia's lamp", 'Night light', 'Star projector'],
  nursery: ['Night light'],
  landing: ['Landing light'],
  garage: ['Garage light', 'Workbench light'],
  utility_room: ['Strip light'],
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

class Builder {
  readonly devices: DeviceEntry[] = [];
  private readonly ids = new Set<string>();

  constructor(readonly rng: Rng) {}

  id(base: string): string {
    let id = slug(base);
    for (let n = 2; this.ids.has(id); n++) id = `${slug(base)}_${n}`;
    this.ids.add(id);
    return id;
  }

  add(entry: Omit<DeviceEntry, 'id'>, idBase?: string): string {
    const id = this.id(idBase ?? `${entry.area ?? 'home'} ${entry.name}`);
    this.devices.push({ id, ...entry });
    return id;
  }

  namesIn(area: string): Set<string> {
    return new Set(this.devices.filter((d) => d.area === area).map((d) => d.name.toLowerCase()));
  }
}

/** Options that add cases to a home; without them every seed gives the home it always gave. */
export interface GenerateHomeOptions {
  /**
   * More kind words as names beside devices of their kind: a portable "Heater" beside the
   * radiators, a "Speaker" beside a second speaker. Drawn from a stream of their own, after
   * the rest of the home. Default false.
   */
  moreKindWords?: boolean;
  /**
   * Everyday cases the base generator lacks, for the fresh templates: rooms such as "Kids'
   * room", "Bedroom 3", "Mum and Dad's room", "Upstairs bathroom"; names with hyphens and
   * apostrophes ("Grandma's lamp", "Tumble-dryer"); binary sensors of the spec's other
   * classes (gas, presence, sound, running, ...). Drawn from a stream of their own, after
   * everything else (moreKindWords included). Default false.
   */
  freshCases?: boolean;
}

/** Generates the home for `seed`; the same seed (and options) always gives the same home. */
export function generateHome(seed: number, options: GenerateHomeOptions = {}): GeneratedHome {
  const rng = new Rng(seed);
  const b = new Builder(rng);

  // ----- areas and floors
  const extra = rng.sample(
    AREA_POOL.filter((a) => !ALWAYS.includes(a.id)),
    rng.int(1, 6),
  );
  const specs = AREA_POOL.filter((a) => ALWAYS.includes(a.id) || extra.includes(a));
  const hasFloors = rng.chance(0.65);
  const floors: NonNullable<HomeFile['floors']> = [];
  if (hasFloors) {
    floors.push({ id: 'ground_floor', name: 'Ground floor', aliases: ['downstairs'] });
    floors.push(
      rng.chance(0.5)
        ? { id: 'first_floor', name: 'First floor', aliases: ['upstairs'] }
        : { id: 'upstairs', name: 'Upstairs', aliases: ['first floor'] },
    );
  }
  const upperId = floors[1]?.id;
  const areas: HomeFile['areas'] = specs.map((s) => {
    const area: HomeFile['areas'][number] = { id: s.id, name: s.name };
    if (s.aliases && rng.chance(0.8)) area.aliases = [...s.aliases];
    if (hasFloors) {
      const upper = s.upper ?? rng.chance(0.5);
      area.floor = upper ? upperId! : 'ground_floor';
    }
    return area;
  });
  const areaIds = areas.map((a) => a.id);
  const nameOf = (id: string) => areas.find((a) => a.id === id)!.name;
  const present = (id: string) => areaIds.includes(id);

  // ----- illuminance sensors named "Light" (decided first: no light in that room is "Light")
  const lightSensorAreas = rng.chance(0.5) ? rng.sample(areaIds, rng.int(1, 2)) : [];

  // ----- lights
  const ceilingRooms = rng.chance(0.7)
    ? rng.sample(
        areaIds.filter((a) => a !== 'bathroom'),
        rng.int(2, 4),
      )
    : [];
  const numberedRoom = rng.chance(0.4) ? rng.pick(areaIds) : undefined;
  // Half the households name lights after what they are: "Lamp", "Light".
  const kindNames = rng.chance(0.5);
  // British homes call the ceiling light "the big light".
  const bigLight = rng.chance(0.3);
  for (const spec of specs) {
    const area = spec.id;
    const names: string[] = [];
    const want = rng.int(spec.lights[0], spec.lights[1]);
    if (area === 'bathroom') {
      // The issue's case: "Bathroom light" with a second bathroom light beside it.
      names.push('Bathroom light');
      if (rng.chance(0.7)) names.push(rng.pick(ROOM_LIGHTS.bathroom!));
    }
    if (ceilingRooms.includes(area)) names.push('Ceiling light');
    if (numberedRoom === area) names.push('Lamp 1', 'Lamp 2');
    const options = [
      ...(ROOM_LIGHTS[area] ?? []),
      ...(/s_room|\d/.test(area) ? [] : [`${spec.name} light`, `${spec.name} lamp`]),
      ...(kindNames ? ['Lamp'] : []),
      ...(kindNames && !lightSensorAreas.includes(area) ? ['Light'] : []),
    ];
    while (names.length < want) {
      const name = rng.pick(options);
      if (
        !names.includes(name) &&
        !(name.startsWith('Lamp') && names.some((n) => n.startsWith('Lamp')))
      )
        names.push(name);
    }
    for (const name of names) {
      const entry: Omit<DeviceEntry, 'id'> = { name, area, type: 'light' };
      if (name === 'Spotlights' && rng.chance(0.5)) entry.aliases = ['downlights'];
      if (name === 'Ceiling light' && bigLight) entry.aliases = ['big light'];
      if (name === 'Reading lamp' && rng.chance(0.5)) entry.aliases = ['the big lamp'];
      b.add(entry);
    }
  }

  // ----- sensors
  for (const area of lightSensorAreas)
    b.add({
      name: 'Light',
      area,
      type: 'sensor',
      class: 'illuminance',
    });
  for (const area of rng.sample(areaIds, rng.int(1, 3))) {
    const name = rng.pick(['Temperature', `${nameOf(area)} temperature`, 'Thermometer']);
    b.add({ name, area, type: 'sensor', class: 'temperature' });
  }
  if (rng.chance(0.6))
    b.add({
      name: rng.pick(['Humidity', 'Bathroom humidity']),
      area: 'bathroom',
      type: 'sensor',
      class: 'humidity',
    });

  const batteryFor: string[] = [];
  for (const area of rng.sample(areaIds, rng.int(0, 3))) {
    const occupancy = rng.chance(0.3);
    const name = occupancy
      ? 'Occupancy sensor'
      : rng.pick(['Motion', 'Motion sensor', `${nameOf(area)} motion`]);
    b.add({ name, area, type: 'binary_sensor', class: occupancy ? 'occupancy' : 'motion' });
    if (rng.chance(0.5))
      batteryFor.push(
        name.startsWith(nameOf(area)) ? name : `${nameOf(area)} ${name.toLowerCase()}`,
      );
  }
  for (const area of rng.sample(areaIds, rng.int(0, 4))) {
    const name = rng.pick(['Window', `${nameOf(area)} window`, 'Window sensor']);
    b.add({ name, area, type: 'binary_sensor', class: 'window' });
  }
  const doorSensors: [string, string][] = [
    ['living_room', 'Patio door'],
    ['hallway', 'Cellar door'],
    ['kitchen', 'Side door'],
  ];
  for (const [area, name] of doorSensors)
    if (present(area) && rng.chance(0.35))
      b.add({ name, area, type: 'binary_sensor', class: 'door' });
  const moisture = rng.int(0, 2);
  if (moisture >= 1) {
    const name = rng.pick(['Leak sensor', 'Under-sink sensor', 'Sink leak sensor']);
    b.add({ name, area: 'kitchen', type: 'binary_sensor', class: 'moisture' });
    if (rng.chance(0.6)) batteryFor.push('Kitchen leak sensor');
  }
  if (moisture >= 2)
    b.add({ name: 'Water sensor', area: 'bathroom', type: 'binary_sensor', class: 'moisture' });
  const smokeAreas = rng.sample(
    areaIds.filter((a) => ['kitchen', 'hallway', 'landing', 'living_room'].includes(a)),
    rng.int(0, 2),
  );
  for (const area of smokeAreas)
    b.add({
      name: smokeAreas.length > 1 ? `${nameOf(area)} smoke alarm` : 'Smoke alarm',
      area,
      type: 'binary_sensor',
      class: 'smoke',
    });
  if (rng.chance(0.3))
    b.add({ name: 'CO alarm', area: 'kitchen', type: 'binary_sensor', class: 'carbon_monoxide' });
  for (const name of batteryFor)
    b.add({ name: `${name} battery`, type: 'binary_sensor', class: 'battery' }, `battery ${name}`);
  if (rng.chance(0.3)) b.add({ name: 'Daylight', type: 'binary_sensor', class: 'light' });

  // ----- locks, doors
  if (rng.chance(0.85))
    b.add({ name: 'Front door', area: present('hallway') ? 'hallway' : undefined, type: 'lock' });
  if (rng.chance(0.5)) b.add({ name: 'Back door', area: 'kitchen', type: 'lock' });
  if (present('garage') && rng.chance(0.8))
    b.add({ name: 'Garage door', area: 'garage', type: 'cover', class: 'garage' });

  // ----- climate
  const climateLayout: HomeMeta['climateLayout'] = rng.pick([
    'none',
    'central',
    'central',
    'radiators',
    'radiators',
  ]);
  if (climateLayout === 'central') {
    b.add({
      name: rng.pick(['Heating', 'Thermostat', 'Heater']),
      area: rng.chance(0.5) ? rng.pick(areaIds) : undefined,
      type: 'climate',
    });
  } else if (climateLayout === 'radiators') {
    const own = rng.chance(0.5);
    for (const area of rng.sample(areaIds, rng.int(2, 3)))
      b.add({ name: own ? `${nameOf(area)} radiator` : 'Radiator', area, type: 'climate' });
  }

  // ----- fans, covers
  let fanWithLight: HomeMeta['fanWithLight'];
  for (const area of rng.sample(areaIds, rng.int(0, 2))) {
    const name = rng.pick(['Fan', 'Ceiling fan', 'Desk fan', `${nameOf(area)} fan`]);
    if (b.namesIn(area).has(name.toLowerCase())) continue;
    const fan = b.add({ name, area, type: 'fan' });
    if (
      !fanWithLight &&
      name === 'Ceiling fan' &&
      rng.chance(0.6) &&
      !b.namesIn(area).has('fan light')
    )
      fanWithLight = { fan, light: b.add({ name: 'Fan light', area, type: 'light' }) };
  }
  for (const area of rng.sample(areaIds, rng.int(0, 3))) {
    const [name, cls] = rng.pick([
      ['Blinds', 'blind'],
      [`${nameOf(area)} blinds`, 'blind'],
      ['Shutters', 'shutter'],
      ['Curtains', 'curtain'],
      ['Roller blind', 'blind'],
    ] as const);
    b.add({ name, area, type: 'cover', class: cls });
  }

  // ----- the rest of a household
  if (rng.chance(0.55))
    b.add({
      name: rng.pick(['Robot vacuum', 'Roomba', 'Vacuum', 'Hoover']),
      area: rng.chance(0.5) ? 'living_room' : undefined,
      type: 'vacuum',
    });
  if (rng.chance(0.7))
    b.add({
      name: rng.pick(['TV', 'Television']),
      area: 'living_room',
      type: 'media_player',
      class: 'tv',
    });
  if (rng.chance(0.5))
    b.add({
      name: rng.pick(['Kitchen speaker', 'Speaker']),
      area: 'kitchen',
      type: 'media_player',
      class: 'speaker',
    });
  if (rng.chance(0.5))
    b.add({ name: 'Wi-Fi plug', area: rng.pick(areaIds), type: 'switch', class: 'plug' });
  if (rng.chance(0.3))
    b.add({ name: 'Christmas tree', area: 'living_room', type: 'switch', class: 'outlet' });
  if (rng.chance(0.4))
    b.add({ name: 'Coffee machine', area: 'kitchen', type: 'appliance', class: 'coffee_maker' });
  if (rng.chance(0.3))
    b.add({ name: 'Kettle', area: 'kitchen', type: 'appliance', class: 'kettle' });

  // ----- scenes, some named like a device
  const scenes: NonNullable<HomeFile['scenes']> = [];
  const lights = b.devices.filter((d) => d.type === 'light');
  const usedScene = new Set<string>();
  for (const name of rng.sample(
    ['Movie night', 'Dinner', 'Bedtime', 'Good morning', 'Party'],
    rng.int(0, 3),
  )) {
    const targets = rng.sample(lights, rng.int(1, 3));
    const id = b.id(`scene ${name}`);
    usedScene.add(name.toLowerCase());
    scenes.push({
      id,
      name,
      ...(name === 'Movie night' ? { aliases: ['cinema mode'] } : {}),
      actions: targets.map((t) => ({
        device: t.id,
        command: 'set_brightness',
        value: rng.pick([10, 20, 40]),
      })),
    });
  }
  const scenesNamedLikeDevices: [string, string][] = [];
  const counts = countNames(b.devices);
  const uniqueLights = lights.filter(
    (d) => counts.get(d.name.toLowerCase()) === 1 && d.name !== 'Light',
  );
  if (uniqueLights.length && rng.chance(0.35)) {
    const device = rng.pick(uniqueLights);
    const id = b.id(`scene ${device.name}`);
    scenes.push({ id, name: device.name, actions: [{ device: device.id, command: 'turn_on' }] });
    scenesNamedLikeDevices.push([id, device.id]);
  }

  const withLights = areaIds.filter((a) =>
    b.devices.some((d) => d.area === a && d.type === 'light'),
  );
  const file: HomeFile = {
    name: `Generated home ${seed}`,
    unit: rng.chance(0.25) ? 'fahrenheit' : 'celsius',
    ...(rng.chance(0.5) ? { default_area: rng.pick(withLights) } : {}),
    ...(floors.length ? { floors } : {}),
    areas,
    devices: b.devices.map((d) => (d.area === undefined ? omitArea(d) : d)),
    ...(scenes.length ? { scenes } : {}),
  };
  if (options.moreKindWords) addKindWordNames(file, Rng.derive(seed, 'more-kind-words'));
  if (options.freshCases) addFreshCases(file, Rng.derive(seed, 'fresh-cases'));
  const home = parseHome(JSON.stringify(file, null, 1), `generated-home-${seed}.json`);
  return {
    seed,
    file,
    home,
    meta: metaOf(home, { climateLayout, fanWithLight, scenesNamedLikeDevices }),
  };
}

/** Adds devices named after their kind beside others of that kind (GenerateHomeOptions.moreKindWords). */
function addKindWordNames(file: HomeFile, rng: Rng): void {
  const taken = new Set([
    ...file.devices.map((d) => d.id),
    ...(file.scenes ?? []).map((s) => s.id),
  ]);
  const add = (entry: Omit<DeviceEntry, 'id'>) => {
    let id = slug(`${entry.area ?? 'home'} ${entry.name}`);
    for (let n = 2; taken.has(id); n++)
      id = `${slug(`${entry.area ?? 'home'} ${entry.name}`)}_${n}`;
    taken.add(id);
    file.devices.push({ id, ...entry });
  };
  const areaIds = file.areas.map((a) => a.id);
  const climate = file.devices.filter((d) => d.type === 'climate');
  if (climate.length >= 2 && rng.chance(0.6)) {
    const free = areaIds.filter(
      (a) =>
        !climate.some((c) => c.area === a) &&
        !file.devices.some((d) => d.area === a && d.name === 'Heater'),
    );
    if (free.length) add({ name: 'Heater', area: rng.pick(free), type: 'climate' });
  }
  const speakers = file.devices.filter((d) => d.type === 'media_player' && d.class === 'speaker');
  if (speakers.length === 1 && rng.chance(0.6)) {
    if (speakers[0]!.name === 'Speaker')
      add({ name: 'Bedroom speaker', area: 'bedroom', type: 'media_player', class: 'speaker' });
    else add({ name: 'Speaker', area: 'living_room', type: 'media_player', class: 'speaker' });
  }
}

const FRESH_ROOMS: {
  id: string;
  name: string;
  aliases?: string[];
  upper: boolean;
  lights: string[];
}[] = [
  { id: 'kids_room', name: "Kids' room", upper: true, lights: ['Fairy lights', 'Lava lamp'] },
  { id: 'bedroom_3', name: 'Bedroom 3', upper: true, lights: ['Bedside lamp', 'Ceiling light'] },
  {
    id: 'mum_and_dads_room',
    name: "Mum and Dad's room",
    upper: true,
    lights: ["Mum's lamp", "Dad's lamp"],
  },
  {
    id: 'upstairs_bathroom',
    name: 'Upstairs bathroom',
    upper: true,
    lights: ['Vanity light', 'Shower light'],
  },
  {
    id: 'conservatory',
    name: 'Conservatory',
    aliases: ['sunroom'],
    upper: false,
    lights: ['Wall lights', 'Lantern'],
  },
];

/** Binary sensors of the spec's classes the base generator leaves out: [name, class, area]. */
const FRESH_SENSORS: [string, string, string | undefined][] = [
  ['Sam', 'presence', undefined],
  ['Alex', 'presence', undefined],
  ['Gas detector', 'gas', 'kitchen'],
  ['Frost sensor', 'cold', undefined],
  ['Heat alarm', 'heat', 'kitchen'],
  ['Broadband', 'connectivity', undefined],
  ['Car charger', 'plug', 'garage'],
  ['E-bike', 'battery_charging', undefined],
  ['Fridge', 'power', 'kitchen'],
  ['Boiler', 'problem', undefined],
  ['Alarm panel', 'tamper', 'hallway'],
  ['Stair gate', 'safety', 'landing'],
  ['Baby monitor', 'sound', 'nursery'],
  ['Router firmware', 'update', undefined],
  ['Washing machine', 'vibration', 'utility_room'],
  ['Dishwasher', 'running', 'kitchen'],
  ['Shed lock', 'lock', undefined],
  ['Loft hatch', 'opening', 'landing'],
  ['Garage door', 'garage_door', 'garage'],
  ['Driveway gate', 'moving', undefined],
];

/** Adds everyday rooms, names and sensor classes (GenerateHomeOptions.freshCases). */
function addFreshCases(file: HomeFile, rng: Rng): void {
  const taken = new Set([
    ...file.devices.map((d) => d.id),
    ...(file.scenes ?? []).map((s) => s.id),
  ]);
  const names = new Set(file.devices.map((d) => d.name.toLowerCase()));
  const add = (entry: Omit<DeviceEntry, 'id'>) => {
    if (names.has(entry.name.toLowerCase())) return;
    const base = slug(`${entry.area ?? 'home'} ${entry.name}`);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    names.add(entry.name.toLowerCase());
    file.devices.push({ id, ...entry });
  };
  const has = (area: string) => file.areas.some((a) => a.id === area);
  const upper = file.floors?.[1]?.id;
  const rooms = FRESH_ROOMS.filter((r) => r.id !== 'upstairs_bathroom' || upper);
  for (const room of rng.sample(rooms, rng.chance(0.6) ? rng.int(1, 2) : 0)) {
    file.areas.push({
      id: room.id,
      name: room.name,
      ...(room.aliases ? { aliases: [...room.aliases] } : {}),
      ...(file.floors ? { floor: room.upper ? upper! : 'ground_floor' } : {}),
    });
    // Shared names ("Bedside lamp", "Ceiling light") stay shared: that is the case.
    for (const name of rng.sample(room.lights, rng.int(1, room.lights.length))) {
      const base = slug(`${room.id} ${name}`);
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
      taken.add(id);
      file.devices.push({ id, name, area: room.id, type: 'light' });
    }
  }
  if (has('living_room') && rng.chance(0.4))
    add({ name: "Grandma's lamp", area: 'living_room', type: 'light' });
  if (rng.chance(0.4))
    add({
      name: 'Tumble-dryer',
      area: has('utility_room') ? 'utility_room' : 'kitchen',
      type: 'appliance',
      class: 'dryer',
    });
  // A device named like a room the home does not have.
  if (rng.chance(0.35)) add({ name: 'Greenhouse', type: 'switch', class: 'outlet' });
  for (const [name, cls, area] of rng.sample(FRESH_SENSORS, rng.int(4, 10))) {
    const where = area && has(area) ? area : cls === 'vibration' ? 'kitchen' : undefined;
    add({ name, ...(where ? { area: where } : {}), type: 'binary_sensor', class: cls });
  }
}

function omitArea(d: DeviceEntry): DeviceEntry {
  const copy = { ...d };
  delete copy.area;
  return copy;
}

function countNames(devices: readonly { name: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of devices)
    counts.set(d.name.toLowerCase(), (counts.get(d.name.toLowerCase()) ?? 0) + 1);
  return counts;
}

function metaOf(
  home: Home,
  known: Pick<HomeMeta, 'climateLayout' | 'fanWithLight' | 'scenesNamedLikeDevices'>,
): HomeMeta {
  const lightsByArea: Record<string, string[]> = {};
  for (const a of home.areas)
    lightsByArea[a.id] = home.devices
      .filter((d) => d.area === a.id && d.type === 'light')
      .map((d) => d.id);
  const areasByFloor: Record<string, string[]> = {};
  for (const f of home.floors)
    areasByFloor[f.id] = home.areas.filter((a: Area) => a.floor === f.id).map((a) => a.id);
  const sharedNames: Record<string, string[]> = {};
  for (const d of home.devices) (sharedNames[d.name.toLowerCase()] ??= []).push(d.id);
  for (const [name, ids] of Object.entries(sharedNames))
    if (ids.length < 2) delete sharedNames[name];
  const floorWith = (alias: string) =>
    home.floors.find((f) => f.aliases.includes(alias) || f.name.toLowerCase() === alias)?.id;
  return {
    lightsByArea,
    areasByFloor,
    ...(floorWith('upstairs') ? { upstairs: floorWith('upstairs')! } : {}),
    ...(floorWith('downstairs') ? { downstairs: floorWith('downstairs')! } : {}),
    sharedNames,
    lightNamedSensors: home.devices
      .filter((d) => d.type === 'sensor' && d.name === 'Light')
      .map((d) => d.id),
    ...known,
  };
}

/** The homes the tests and the score script use: seeds 1..count. */
export function generateHomes(
  count: number,
  firstSeed = 1,
  options: GenerateHomeOptions = {},
): GeneratedHome[] {
  return Array.from({ length: count }, (_, i) => generateHome(firstSeed + i, options));
}
