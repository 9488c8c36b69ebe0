// "all the lights except the hallway", "everything but the fridge", "but leave the fan on":
// the devices an exception names are taken out of what the other clauses act on.
import type { Device } from '../../core/home.ts';
import type { Frame } from './Frame.ts';
import type { HomeIndex } from './HomeIndex.ts';
import { matchesDomain } from './HomeIndex.ts';
import type { Resolution } from './resolveTargets.ts';

type Targets = Extract<Resolution, { kind: 'targets' }>;

/** Whether an exception names a device: by name, by kind, by room, or by all of them together. */
function namer(frame: Frame, index: HomeIndex): (device: Device) => boolean {
  const areaIds = new Set(
    index.areasOf([
      ...frame.areaIds,
      ...frame.mentions.flatMap((m) => (m.domain && m.areaIds && !m.deviceIds ? m.areaIds : [])),
    ]),
  );
  const said = frame.mentions.filter((m) => m.deviceIds || m.sceneIds || (m.domain && !m.areaIds));
  const byName = said.some((m) => m.deviceIds);
  return (device) => {
    const inArea = device.area !== undefined && areaIds.has(device.area);
    if (said.length === 0) return inArea;
    const fits = said.some((m) =>
      m.deviceIds
        ? m.deviceIds.includes(device.id)
        : m.domain
          ? matchesDomain(device, m.domain)
          : false,
    );
    return fits && (areaIds.size === 0 || inArea || byName);
  };
}

export function excludeFrom(
  targets: Targets,
  exclusions: readonly Frame[],
  index: HomeIndex,
): Resolution {
  const namers = exclusions.map((f) => namer(f, index));
  const kept = targets.devices.filter((d) => !namers.some((names) => names(d)));
  const excludedScenes = new Set(
    exclusions.flatMap((f) => f.mentions.flatMap((m) => m.sceneIds ?? [])),
  );
  const sceneIds = targets.sceneIds.filter((id) => !excludedScenes.has(id));
  if (kept.length === 0 && sceneIds.length === 0) return { kind: 'nothing' };
  return { ...targets, devices: kept, sceneIds };
}
