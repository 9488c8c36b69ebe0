import { BlockList, isIP } from 'node:net';

// Hearth's first principle in one place: which hosts count as "the home network"
// (home-file.md: private, link-local and loopback addresses, and local names). Anything else
// is refused unless the home file says `allow_internet: true` for it, so that keys and
// passwords sent in clear text never cross the internet by mistake.

const HOME_RANGES = new BlockList();
HOME_RANGES.addSubnet('10.0.0.0', 8, 'ipv4');
HOME_RANGES.addSubnet('172.16.0.0', 12, 'ipv4');
HOME_RANGES.addSubnet('192.168.0.0', 16, 'ipv4');
HOME_RANGES.addSubnet('127.0.0.0', 8, 'ipv4');
HOME_RANGES.addSubnet('169.254.0.0', 16, 'ipv4');
HOME_RANGES.addSubnet('::1', 128, 'ipv6');
HOME_RANGES.addSubnet('fe80::', 10, 'ipv6');
HOME_RANGES.addSubnet('fc00::', 7, 'ipv6'); // unique local addresses

/**
 * Name suffixes that never resolve on the public internet: mDNS (.local), the home
 * networking zone (RFC 8375), the ICANN-reserved private zone (.internal), loopback names,
 * and the suffixes routers commonly hand out (.lan, .home, .localdomain).
 */
const LOCAL_SUFFIXES = [
  'local',
  'lan',
  'home',
  'home.arpa',
  'internal',
  'localdomain',
  'localhost',
];

/**
 * True when `host` (an address or a name, IPv6 with or without brackets) is on the home
 * network: a private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16,
 * fe80::/10) or loopback address, a single-label name (`hue-bridge`) or a name under one
 * of LOCAL_SUFFIXES (`kitchen.local`, `ha.home.arpa`).
 */
export function isHomeNetworkHost(host: string): boolean {
  let bare = host
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (bare.startsWith('::ffff:') && isIP(bare.slice(7)) === 4) bare = bare.slice(7);
  const family = isIP(bare);
  if (family !== 0) return HOME_RANGES.check(bare, family === 4 ? 'ipv4' : 'ipv6');
  if (bare.length === 0) return false;
  // A dotted all-numeric name (`8.8.8.8.`, `1.2`) is an address to resolvers, never local.
  if (/^[\d.]+$/.test(bare)) return false;
  if (!bare.includes('.')) return true;
  return LOCAL_SUFFIXES.some((suffix) => bare.endsWith(`.${suffix}`));
}

/**
 * Why `url` (a broker or server URL) is outside the home network, in words for the home
 * file's message, or undefined when it is inside (or not a URL at all: its own check says so).
 */
export function outsideHomeNetwork(url: string): string | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return isHomeNetworkHost(hostname) ? undefined : internetMessage(hostname);
}

/** The home file's message for a host outside the home network. */
export function internetMessage(host: string): string {
  return (
    `${host} is not on the home network (a private, link-local or loopback address, or a local name such as hub.local); ` +
    'Hearth sends keys and passwords to it, so it is refused: use a local address, or add `allow_internet: true` beside it if you mean it'
  );
}
