import { joinList } from '../act/answerQueries.ts';
import type { DeviceView, HomeView } from '../core/assistantApi.ts';
import type { Home } from '../core/home.ts';
import type { Action } from '../core/plan.ts';
import type { DeviceState } from '../core/state.ts';
import { describeAction } from './composeReply.ts';

// How the service shows a home to a user interface: plain data, nothing live.

export function deviceView(
  home: Home,
  deviceId: string,
  state: DeviceState | undefined,
): DeviceView | undefined {
  const device = home.devices.find((d) => d.id === deviceId);
  if (!device) return undefined;
  const area = home.areas.find((a) => a.id === device.area);
  return {
    id: device.id,
    name: device.name,
    ...(device.area !== undefined ? { area: device.area } : {}),
    ...(area ? { areaName: area.name } : {}),
    type: device.type,
    ...(device.class !== undefined ? { class: device.class } : {}),
    state: state ? { ...state } : { available: false },
    favorite: home.favorites.includes(device.id),
    ...(state ? {} : { pending: true }),
  };
}

export function homeView(
  home: Home,
  states: ReadonlyMap<string, DeviceState>,
  file: string | undefined,
): HomeView {
  return {
    ...(home.name !== undefined ? { name: home.name } : {}),
    areas: home.areas.map((a) => ({ id: a.id, name: a.name })),
    devices: home.devices.flatMap((d) => deviceView(home, d.id, states.get(d.id)) ?? []),
    scenes: home.scenes.map((s) => ({
      id: s.id,
      name: s.name,
      favorite: home.favorites.includes(s.id),
    })),
    unit: home.unit,
    ...(file !== undefined ? { file } : {}),
  };
}

/** The question a confirmation dialog asks: "Do you want me to unlock the front door?" */
export function confirmationPrompt(home: Home, actions: readonly Action[]): string {
  return `Do you want me to ${joinList(actions.map((a) => describeAction(home, a)))}?`;
}
