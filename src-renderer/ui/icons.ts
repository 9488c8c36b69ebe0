// Line icons (24×24, stroke currentColor), drawn from a few path strings. Decorative only:
// every control that shows one also has a text name.

const PATHS: Readonly<Record<string, string>> = {
  bulb: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z',
  plug: 'M9 2v6M15 2v6M6 8h12v3a6 6 0 0 1-12 0V8zM12 17v5',
  fan: 'M12 12c0-4 1-8 4-8s2 5-4 8zm0 0c4 0 8 1 8 4s-5 2-8-4zm0 0c0 4-1 8-4 8s-2-5 4-8zm0 0c-4 0-8-1-8-4s5-2 8 4z',
  blinds: 'M4 3h16M5 3v13M19 3v13M5 7h14M5 11h14M5 15h14M12 15v4',
  thermo: 'M14 14.8V5a2 2 0 0 0-4 0v9.8a4 4 0 1 0 4 0zM12 9v8',
  lock: 'M6 11h12v10H6zM8.5 11V7a3.5 3.5 0 0 1 7 0v4',
  unlock: 'M6 11h12v10H6zM8.5 11V7a3.5 3.5 0 0 1 6.8-1.2',
  drop: 'M12 3s6 6.5 6 11a6 6 0 0 1-12 0c0-4.5 6-11 6-11z',
  tv: 'M3 6h18v12H3zM8 21h8M12 18v3',
  vacuum: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  kettle: 'M5 20h12l-1-11H6L5 20zM8 9V6a3 3 0 0 1 6 0v3M17 12l3-3',
  sensor: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 3',
  door: 'M6 3h12v18H6zM14 12h1',
  mic: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3',
  send: 'M4 12l16-8-6 16-2-7-8-1z',
  sun: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z',
  gear: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM19 12l2-1-1-3-2 .3-1.2-1.2L17 5l-3-1-1 2h-2L10 4 7 5l.2 2.1L6 8.3 4 8l-1 3 2 1v0l-2 1 1 3 2-.3 1.2 1.2L7 19l3 1 1-2h2l1 2 3-1-.2-2.1 1.2-1.2 2 .3 1-3z',
  up: 'M6 15l6-6 6 6',
  down: 'M6 9l6 6 6-6',
  stop: 'M7 7h10v10H7z',
  play: 'M8 5l11 7-11 7z',
  pause: 'M8 5h3v14H8zM13 5h3v14h-3z',
  minus: 'M5 12h14',
  plus: 'M12 5v14M5 12h14',
  star: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z',
  close: 'M6 6l12 12M18 6L6 18',
  home: 'M3 11l9-8 9 8M5 10v10h14V10',
  check: 'M5 12l5 5 9-10',
  alert: 'M12 3l10 18H2zM12 10v5M12 18v.5',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2',
};

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name] ?? '');
  svg.appendChild(path);
  return svg;
}

/** The icon that shows a kind of device. */
export function deviceIcon(type: string, cls: string | undefined, on: boolean): SVGSVGElement {
  const byType: Record<string, IconName> = {
    light: 'bulb',
    switch: 'plug',
    fan: 'fan',
    cover: cls === 'garage' || cls === 'door' || cls === 'gate' ? 'door' : 'blinds',
    climate: 'thermo',
    lock: on ? 'unlock' : 'lock',
    valve: 'drop',
    media_player: 'tv',
    vacuum: 'vacuum',
    appliance: cls === 'kettle' ? 'kettle' : 'plug',
    sensor: cls === 'temperature' ? 'thermo' : cls === 'humidity' ? 'drop' : 'sensor',
    binary_sensor: cls === 'door' || cls === 'window' ? 'door' : 'sensor',
  };
  return icon(byType[type] ?? 'sensor', 'device-icon');
}
