import type { HomeAssistantSimulator } from './HomeAssistantSimulator.ts';

// A small household as Home Assistant would hold it: two floors, three areas, devices in
// areas, entities with aliases, one hidden, one disabled, one not exposed to HA's assistant.

export function fillSampleHome(sim: HomeAssistantSimulator): void {
  sim.registries = {
    floors: [
      {
        floor_id: 'ground_floor',
        name: 'Ground floor',
        aliases: ['downstairs'],
        level: 0,
        icon: null,
      },
      { floor_id: 'first_floor', name: 'First floor', aliases: [], level: 1, icon: null },
    ],
    areas: [
      {
        area_id: 'kitchen',
        name: 'Kitchen',
        aliases: ['cooking area'],
        floor_id: 'ground_floor',
        icon: null,
        picture: null,
      },
      {
        area_id: 'living_room',
        name: 'Living room',
        aliases: ['lounge'],
        floor_id: 'ground_floor',
        icon: null,
        picture: null,
      },
      {
        area_id: 'bedroom',
        name: 'Bedroom',
        aliases: [],
        floor_id: 'first_floor',
        icon: null,
        picture: null,
      },
    ],
    devices: [
      {
        id: 'dev_hue_kitchen',
        name: 'Hue ceiling',
        name_by_user: 'Kitchen ceiling',
        area_id: 'kitchen',
        manufacturer: 'Signify',
        model: 'LCA001',
        disabled_by: null,
      },
      {
        id: 'dev_thermostat',
        name: 'Thermostat',
        name_by_user: null,
        area_id: 'living_room',
        manufacturer: 'ecobee',
        model: 'Smart',
        disabled_by: null,
      },
      {
        id: 'dev_blind',
        name: 'Bedroom blind',
        name_by_user: null,
        area_id: 'bedroom',
        manufacturer: 'IKEA',
        model: 'FYRTUR',
        disabled_by: null,
      },
    ],
    entities: [
      reg('light.kitchen_ceiling', {
        device_id: 'dev_hue_kitchen',
        name: null,
        original_name: 'Hue ceiling',
        aliases: ['big light'],
      }),
      reg('light.living_room_lamp', {
        area_id: 'living_room',
        name: 'Living room lamp',
        aliases: ['floor lamp'],
      }),
      reg('switch.coffee_maker', { area_id: 'kitchen', name: 'Coffee maker', exposed: false }),
      reg('fan.bedroom_fan', { area_id: 'bedroom', name: 'Bedroom fan' }),
      reg('cover.bedroom_blind', { device_id: 'dev_blind', original_name: 'Bedroom blind' }),
      reg('climate.thermostat', { device_id: 'dev_thermostat', original_name: 'Thermostat' }),
      reg('lock.front_door', {
        area_id: 'living_room',
        name: 'Front door',
        aliases: ['door lock'],
      }),
      reg('valve.garden_water', { name: 'Garden water' }),
      reg('media_player.living_room_tv', {
        area_id: 'living_room',
        name: 'TV',
        aliases: ['television'],
      }),
      reg('vacuum.robot', { area_id: 'living_room', name: 'Robot vacuum' }),
      reg('scene.movie_night', { name: 'Movie night', aliases: ['cinema mode'] }),
      reg('sensor.kitchen_temperature', {
        device_id: 'dev_hue_kitchen',
        name: 'Kitchen temperature',
        device_class: 'temperature',
      }),
      reg('binary_sensor.back_door', {
        area_id: 'kitchen',
        name: 'Back door',
        device_class: 'door',
      }),
      reg('light.hidden_strip', { area_id: 'kitchen', name: 'Hidden strip', hidden_by: 'user' }),
      reg('switch.old_plug', { area_id: 'kitchen', name: 'Old plug', disabled_by: 'user' }),
    ],
  };
  sim.addEntity('light.kitchen_ceiling', 'off', {
    friendly_name: 'Kitchen ceiling',
    brightness: null,
    supported_color_modes: ['color_temp', 'xy'],
  });
  sim.addEntity('light.living_room_lamp', 'on', {
    friendly_name: 'Living room lamp',
    brightness: 128,
    rgb_color: [255, 180, 100],
    color_temp_kelvin: 2700,
  });
  sim.addEntity('switch.coffee_maker', 'off', { friendly_name: 'Coffee maker' });
  sim.addEntity('fan.bedroom_fan', 'off', {
    friendly_name: 'Bedroom fan',
    percentage: 0,
    percentage_step: 1,
  });
  sim.addEntity('cover.bedroom_blind', 'closed', {
    friendly_name: 'Bedroom blind',
    current_position: 0,
    device_class: 'blind',
  });
  sim.addEntity('climate.thermostat', 'heat', {
    friendly_name: 'Thermostat',
    hvac_modes: ['off', 'heat', 'cool', 'heat_cool'],
    current_temperature: 20.5,
    temperature: 21,
  });
  sim.addEntity('lock.front_door', 'locked', { friendly_name: 'Front door' });
  sim.addEntity('valve.garden_water', 'closed', { friendly_name: 'Garden water' });
  sim.addEntity('media_player.living_room_tv', 'off', {
    friendly_name: 'TV',
    device_class: 'tv',
    volume_level: 0.2,
  });
  sim.addEntity('vacuum.robot', 'docked', { friendly_name: 'Robot vacuum' });
  sim.addEntity('scene.movie_night', '2026-12-01T20:00:00+00:00', { friendly_name: 'Movie night' });
  sim.addEntity('sensor.kitchen_temperature', '21.4', {
    friendly_name: 'Kitchen temperature',
    device_class: 'temperature',
    unit_of_measurement: '°C',
  });
  sim.addEntity('binary_sensor.back_door', 'off', {
    friendly_name: 'Back door',
    device_class: 'door',
  });
  sim.addEntity('light.hidden_strip', 'off', { friendly_name: 'Hidden strip' });
  sim.addEntity('switch.old_plug', 'off', { friendly_name: 'Old plug' });
}

function reg(
  entityId: string,
  fields: {
    name?: string | null;
    original_name?: string;
    device_id?: string;
    area_id?: string;
    aliases?: string[];
    exposed?: boolean;
    hidden_by?: string;
    disabled_by?: string;
    device_class?: string;
  },
): Record<string, unknown> {
  return {
    entity_id: entityId,
    id: `reg_${entityId.replace('.', '_')}`,
    name: fields.name ?? null,
    original_name: fields.original_name ?? null,
    device_id: fields.device_id ?? null,
    area_id: fields.area_id ?? null,
    aliases: fields.aliases ?? [],
    hidden_by: fields.hidden_by ?? null,
    disabled_by: fields.disabled_by ?? null,
    entity_category: null,
    device_class: null,
    original_device_class: fields.device_class ?? null,
    platform: 'demo',
    options: { conversation: { should_expose: fields.exposed ?? true } },
  };
}
