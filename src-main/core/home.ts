// The household as the rest of Hearth sees it: the validated form of the home file
// (../shared/spec/home-file.md). Keys keep the home file's own spelling.

export const DEVICE_TYPES = [
  'light',
  'switch',
  'fan',
  'cover',
  'climate',
  'lock',
  'valve',
  'media_player',
  'vacuum',
  'appliance',
  'sensor',
  'binary_sensor',
] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

export const PROTOCOLS = [
  'hue',
  'shelly',
  'tasmota',
  'zigbee2mqtt',
  'wled',
  'kasa',
  'mqtt',
  'home_assistant',
  'virtual',
] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export interface Floor {
  id: string;
  name: string;
  aliases: string[];
}

export interface Area {
  id: string;
  name: string;
  aliases: string[];
  floor?: string;
}

/** Protocol-specific keys; each adapter validates its own (issue 3). */
export interface Connection {
  protocol: Protocol;
  [key: string]: unknown;
}

export interface Device {
  id: string;
  name: string;
  aliases: string[];
  area?: string;
  type: DeviceType;
  class?: string;
  /** Every action on this device needs the user's confirmation. */
  confirm: boolean;
  /** False hides the device from the language model (the fast rules still know it). */
  expose: boolean;
  /** Absent: a virtual device kept in memory. */
  connection?: Connection;
}

export interface SceneAction {
  device: string;
  command: string;
  value?: number | string;
}

export interface Scene {
  id: string;
  name: string;
  aliases: string[];
  actions: SceneAction[];
}

export interface MqttBroker {
  url: string;
  username?: string;
  password?: string;
}

/** The Home Assistant server a home's `home_assistant` devices live in. */
export interface HomeAssistantServer {
  /** http(s)://host:port; the WebSocket API is at /api/websocket. */
  url: string;
  /** A file holding a long-lived access token (`~` is the user's home folder). */
  token_file?: string;
  /** The token itself, when written into the home file. */
  token?: string;
  allow_internet?: boolean;
}

export interface Home {
  name?: string;
  default_area?: string;
  unit: 'celsius' | 'fahrenheit';
  floors: Floor[];
  areas: Area[];
  devices: Device[];
  mqtt?: MqttBroker;
  home_assistant?: HomeAssistantServer;
  favorites: string[];
  scenes: Scene[];
}
