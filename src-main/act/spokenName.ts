import type { Device, Home } from '../core/home.ts';

// How replies name a device mid-sentence: "the reading lamp", not "the Reading lamp", and
// "the kitchen ceiling light" when another room has a "Ceiling light" too.

/** Lower-cases capitalised words but keeps acronyms ("TV") and words with inner capitals. */
export function lowerWords(text: string): string {
  return text
    .split(' ')
    .map((word) => (/^[A-Z][a-z'’-]*$/.test(word) ? word.toLowerCase() : word))
    .join(' ');
}

/** The device's name as said after "the", made unique with its area when the name is shared. */
export function spokenName(home: Home, device: Device): string {
  const name = lowerWords(device.name);
  const shared = home.devices.some(
    (other) => other !== device && other.name.toLowerCase() === device.name.toLowerCase(),
  );
  if (!shared || !device.area) return name;
  const area = home.areas.find((a) => a.id === device.area);
  if (!area) return name;
  const areaName = lowerWords(area.name);
  return name.toLowerCase().includes(areaName.toLowerCase()) ? name : `${areaName} ${name}`;
}
