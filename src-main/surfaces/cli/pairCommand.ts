import { pairHueBridge } from '../../act/devices/hue/pairHueBridge.ts';
import { UsageError } from '../../core/errors.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

/** `hearth pair hue --host HOST`: gets an application key from a Hue bridge for the home file. */
export async function pairCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('hearth pair', {
    args,
    allowPositionals: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.pair);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'hue') {
    throw new UsageError('say which kind of device to pair: hearth pair hue --host BRIDGE_ADDRESS');
  }
  if (!values.host)
    throw new UsageError('give the bridge address: hearth pair hue --host 192.168.1.20');
  const port = values.port === undefined ? 80 : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`--port must be a port number (1-65535), not "${values.port}"`);
  }
  const username = await pairHueBridge({ host: values.host, port });
  await write(
    io.stdout,
    `Paired with the Hue bridge at ${values.host}. Add this to each Hue device in your home file:\n` +
      `    connection: { protocol: hue, host: ${values.host}${port === 80 ? '' : `, port: ${port}`}, username: ${username}, light: "1" }\n`,
  );
  return 0;
}
