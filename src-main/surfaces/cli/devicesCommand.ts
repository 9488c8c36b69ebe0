import { DeviceSet } from '../../act/DeviceSet.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { formatState } from './formatState.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { loadCliHome } from './loadCliHome.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

/** `hearth devices`: every device with its area, type, availability and state now. */
export async function devicesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('hearth devices', {
    args,
    options: {
      home: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.devices);
    return 0;
  }
  const home = loadCliHome(values.home);
  const devices = new DeviceSet(home);
  try {
    const states = await devices.states();
    const rows = home.devices.map((d) => {
      const state = states[d.id] ?? { available: false };
      return { device: d, state };
    });
    if (values.json) {
      const list = rows.map(({ device: d, state }) => ({
        id: d.id,
        name: d.name,
        area: d.area ?? null,
        type: d.type,
        ...(d.class !== undefined ? { class: d.class } : {}),
        available: state.available,
        state,
      }));
      await write(io.stdout, `${JSON.stringify(list)}\n`);
      return 0;
    }
    const table = [
      ['ID', 'NAME', 'AREA', 'TYPE', 'AVAILABLE', 'STATE'],
      ...rows.map(({ device: d, state }) => [
        d.id,
        d.name,
        d.area ?? '-',
        d.class ? `${d.type} (${d.class})` : d.type,
        state.available ? 'yes' : 'no',
        formatState(state, home.unit),
      ]),
    ];
    const widths = table[0]?.map((_, col) =>
      Math.max(...table.map((row) => row[col]?.length ?? 0)),
    );
    const lines = table.map((row) =>
      row
        .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths?.[col] ?? 0)))
        .join('  '),
    );
    await write(io.stdout, `${lines.join('\n')}\n`);
    return 0;
  } finally {
    await devices.dispose();
  }
}
