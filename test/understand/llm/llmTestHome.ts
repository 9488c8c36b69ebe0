import type { Device, Home } from '../../../src-main/core/home.ts';

// A small home written out as the loader would return it, so these tests depend on the
// language model code alone.

type DeviceSpec = Pick<Device, 'id' | 'name' | 'type'> & Partial<Device>;

export function device(spec: DeviceSpec): Device {
  return { aliases: [], confirm: false, expose: true, ...spec };
}

export function llmTestHome(extra: Device[] = []): Home {
  return {
    name: 'Test flat',
    default_area: 'living_room',
    unit: 'celsius',
    floors: [],
    areas: [
      { id: 'living_room', name: 'Living room', aliases: [] },
      { id: 'kitchen', name: 'Kitchen', aliases: [] },
      { id: 'hall', name: 'Hall', aliases: [] },
    ],
    devices: [
      device({ id: 'living_room_lamp', name: 'Reading lamp', type: 'light', area: 'living_room' }),
      device({ id: 'kitchen_light', name: 'Kitchen light', type: 'light', area: 'kitchen' }),
      device({
        id: 'living_room_blinds',
        name: 'Blinds',
        type: 'cover',
        class: 'blind',
        area: 'living_room',
      }),
      device({ id: 'thermostat', name: 'Thermostat', type: 'climate', area: 'hall' }),
      device({
        id: 'speaker',
        name: 'Speaker',
        type: 'media_player',
        class: 'speaker',
        area: 'living_room',
      }),
      device({ id: 'front_door', name: 'Front door', type: 'lock', area: 'hall' }),
      device({
        id: 'garage_door',
        name: 'Garage door',
        type: 'cover',
        class: 'garage',
        area: 'hall',
      }),
      device({
        id: 'kettle',
        name: 'Kettle',
        type: 'appliance',
        class: 'kettle',
        area: 'kitchen',
        confirm: true,
      }),
      device({ id: 'safe', name: 'Safe', type: 'lock', area: 'hall', expose: false }),
      device({
        id: 'hall_temperature',
        name: 'Hall temperature',
        type: 'sensor',
        class: 'temperature',
        area: 'hall',
      }),
      ...extra,
    ],
    favorites: [],
    scenes: [
      {
        id: 'movie_night',
        name: 'Movie night',
        aliases: [],
        actions: [{ device: 'living_room_lamp', command: 'set_brightness', value: 20 }],
      },
      {
        id: 'leave_home',
        name: 'Leave home',
        aliases: [],
        actions: [{ device: 'safe', command: 'lock' }],
      },
    ],
  };
}
