// The home Hearth uses when no home file is given: a two-storey flat of virtual devices, so
// a first run can be talked to at once. It is YAML run through parseHome, exactly like a
// user's file, so it can never drift from what the loader accepts.
import type { Home } from '../core/home.ts';
import { parseHome } from './loadHome.ts';

export const DEMO_HOME_YAML = `# Hearth's demo home: every device is virtual (kept in memory), nothing on the network.
name: Demo flat
default_area: living_room
unit: celsius

floors:
  - id: ground_floor
    name: Ground floor
    aliases: [downstairs]
  - id: upstairs
    name: Upstairs
    aliases: [first floor]

areas:
  - id: living_room
    name: Living room
    aliases: [lounge, sitting room]
    floor: ground_floor
  - id: kitchen
    name: Kitchen
    floor: ground_floor
  - id: hallway
    name: Hallway
    aliases: [hall, entrance]
    floor: ground_floor
  - id: garage
    name: Garage
    floor: ground_floor
  - id: bedroom
    name: Bedroom
    aliases: [master bedroom]
    floor: upstairs
  - id: office
    name: Office
    aliases: [study]
    floor: upstairs

devices:
  # Lights: a ceiling light in most rooms, so "the lights" and "all the lights upstairs" mean something.
  - { id: living_room_ceiling, name: Ceiling light, area: living_room, type: light }
  - { id: living_room_lamp, name: Reading lamp, aliases: [floor lamp], area: living_room, type: light }
  - { id: kitchen_ceiling, name: Ceiling light, area: kitchen, type: light }
  - { id: kitchen_counter, name: Counter lights, aliases: [under-cabinet lights], area: kitchen, type: light }
  - { id: hallway_light, name: Hallway light, area: hallway, type: light }
  - { id: bedroom_ceiling, name: Ceiling light, area: bedroom, type: light }
  - { id: bedside_lamp, name: Bedside lamp, area: bedroom, type: light }
  - { id: office_ceiling, name: Ceiling light, area: office, type: light }
  - { id: desk_lamp, name: Desk lamp, area: office, type: light }

  - { id: christmas_lights, name: Christmas lights, aliases: [fairy lights], area: living_room, type: switch, class: plug }
  - { id: office_fan, name: Desk fan, aliases: [fan], area: office, type: fan }
  - { id: living_room_blind, name: Blind, aliases: [blinds], area: living_room, type: cover, class: blind }
  - { id: bedroom_curtains, name: Curtains, area: bedroom, type: cover, class: curtain }
  - { id: garage_door, name: Garage door, area: garage, type: cover, class: garage }
  - { id: front_door, name: Front door lock, aliases: [front door], area: hallway, type: lock }
  - id: thermostat
    name: Thermostat
    aliases: [heating]
    area: hallway
    type: climate
    connection: { protocol: virtual, initial: { state: 'on', temperature: 20.5, target_temperature: 21, mode: heat } }
  - { id: water_valve, name: Main water valve, aliases: [water], area: kitchen, type: valve, confirm: true }
  - { id: tv, name: TV, aliases: [television, telly], area: living_room, type: media_player, class: tv }
  - { id: kitchen_speaker, name: Kitchen speaker, aliases: [radio], area: kitchen, type: media_player, class: speaker }
  - { id: robot_vacuum, name: Robot vacuum, aliases: [hoover, vacuum cleaner], area: hallway, type: vacuum }
  - { id: kettle, name: Kettle, area: kitchen, type: appliance, class: kettle }
  - { id: washing_machine, name: Washing machine, aliases: [washer], area: kitchen, type: appliance, class: washer }
  - id: living_room_temperature
    name: Living room thermometer
    aliases: [thermometer]
    area: living_room
    type: sensor
    class: temperature
    connection: { protocol: virtual, initial: { temperature: 20.5 } }
  - id: bedroom_humidity
    name: Bedroom humidity sensor
    area: bedroom
    type: sensor
    class: humidity
    connection: { protocol: virtual, initial: { humidity: 48 } }
  - id: front_door_sensor
    name: Front door sensor
    area: hallway
    type: binary_sensor
    class: door
    connection: { protocol: virtual, initial: { state: closed } }
  # Motion only feeds the rules; the language model need not see it.
  - { id: hallway_motion, name: Hallway motion sensor, area: hallway, type: binary_sensor, class: motion, expose: false }

scenes:
  - id: movie_night
    name: Movie night
    aliases: [cinema mode, film night]
    actions:
      - { device: living_room_ceiling, command: turn_off }
      - { device: living_room_lamp, command: set_brightness, value: 20 }
      - { device: living_room_lamp, command: set_color, value: orange }
      - { device: living_room_blind, command: close }
      - { device: tv, command: turn_on }
  - id: good_night
    name: Good night
    aliases: [bedtime]
    actions:
      - { device: living_room_ceiling, command: turn_off }
      - { device: living_room_lamp, command: turn_off }
      - { device: kitchen_ceiling, command: turn_off }
      - { device: kitchen_counter, command: turn_off }
      - { device: hallway_light, command: turn_off }
      - { device: office_ceiling, command: turn_off }
      - { device: desk_lamp, command: turn_off }
      - { device: tv, command: turn_off }
      - { device: front_door, command: lock }
      - { device: thermostat, command: set_temperature, value: 17 }
      - { device: bedside_lamp, command: set_brightness, value: 30 }

favorites: [movie_night, good_night, living_room_ceiling, kettle, front_door]
`;

/** The embedded default home, parsed and validated afresh on each call (callers may mutate it). */
export function demoHome(): Home {
  return parseHome(DEMO_HOME_YAML, 'demo home');
}
