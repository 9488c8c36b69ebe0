// "all the lights except the hallway", "everything but the fridge", "but leave the fan on":
// the devices an exception names are taken out of what the other clauses act on.
import type { Device } from '../../core/home.ts';
import type { Frame } from './Frame.ts';
import type { HomeIndex } from './HomeIndex.ts';
import { matchesDomain } from './HomeIndex.ts';
import type { Resolution } from './resolveTargets.ts';

type Targets = Extract<Resolution, { kind: 'targets' }>;

/** Whether an exception names this device: by name, by kind, by room, or by all of them together. */
function names(frame: Frame, index: HomeIndex, device: Device): boolean {
  const areaIds = index.areasOf([
    ...frame.areaIds,
    ...frame.mentions.flatMap((m) => (m.domain && m.areaIds && !m.deviceIds ? m.areaIds : [])),
  ]);
  const inArea = device.area !== undefined && areaIds.includes(device.area);
  const said = frame.mentions.filter((m) => m.deviceIds || m.sceneIds || (m.domain && !m.areaIds));
  if (said.length === 0) return inArea;
  const fits = said.some((m) =>
    m.deviceIds
      ? m.deviceIds.includes(device.id)
      : m.domain
        ? matchesDomain(device, m.domain)
        : false,
  );
  return fits && (areaIds.length === 0 || inArea || said.some((m) => m.deviceIds));
}

export function excludeFrom(
  targets: Targets,
  exclusions: readonly Frame[],
  index: HomeIndex,
): Resolution {
  const kept = targets.devices.filter((d) => !exclusions.some((f) => names(f, index, d)));
  const excludedScenes = new Set(
    exclusions.flatMap((f) => f.mentions.flatMap((m) => m.sceneIds ?? [])),
  );
  const sceneIds = targets.sceneIds.filter((id) => !excludedScenes.has(id));
  if (kept.length === 0 && sceneIds.length === 0) return { kind: 'nothing' };
  return { ...targets, devices: kept, sceneIds };
}
