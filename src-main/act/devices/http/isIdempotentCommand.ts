// Commands that leave the device in the same state however often they arrive. Only these are
// retried: a second "brighter by 20%" after a lost reply would make it 40%.
const ABSOLUTE = new Set([
  'turn_on',
  'turn_off',
  'open',
  'close',
  'stop',
  'lock',
  'unlock',
  'play',
  'pause',
  'return_home',
]);

export function isIdempotentCommand(command: string): boolean {
  return ABSOLUTE.has(command) || command.startsWith('set_');
}
