// "1 hour 30 minutes", "4 minutes 10 seconds"; as an adjective "5 minute" ("the 5 minute timer").

const UNITS = [
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
] as const;

export function formatDuration(totalSeconds: number, adjective = false): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  if (rest === 0) return adjective ? '0 second' : 'less than a second';
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${n} ${unit}${n === 1 || adjective ? '' : 's'}`);
  }
  return parts.join(' ');
}
