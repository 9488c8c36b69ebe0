import type { DownloadProgress } from './downloadModel.ts';
import { formatBytes } from './formatBytes.ts';

export interface ProgressLineOptions {
  /** Where to draw: stderr, so stdout stays clean for anything piped. */
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Redraw one line in place (a terminal) or print a plain line per 10%. Default: stream.isTTY. */
  tty?: boolean;
  /** Least time between redraws on a terminal. Default: 100 ms. */
  intervalMs?: number;
}

const BAR_WIDTH = 24;

/**
 * A download's progress on one line: a bar, percent, sizes, speed and time left on a terminal;
 * plain lines at every tenth when the output is a file or a pipe (a log should not fill with
 * carriage returns).
 */
export class ProgressLine {
  private readonly stream: ProgressLineOptions['stream'];
  private readonly tty: boolean;
  private readonly intervalMs: number;
  private lastDraw = 0;
  private lastTenth = -1;
  private drawn = false;
  private startedAt = Date.now();
  private startBytes = 0;

  constructor(options: ProgressLineOptions) {
    this.stream = options.stream;
    this.tty = options.tty ?? options.stream.isTTY === true;
    this.intervalMs = options.intervalMs ?? 100;
  }

  update(progress: DownloadProgress): void {
    const { received, total } = progress;
    if (received === progress.resumedFrom) {
      // A new request: speed counts from here, not from the resumed bytes.
      this.startedAt = Date.now();
      this.startBytes = received;
    }
    const fraction = total > 0 ? Math.min(1, received / total) : 0;
    const percent = Math.floor(fraction * 100);
    if (!this.tty) {
      const tenth = Math.floor(fraction * 10);
      if (tenth === this.lastTenth) return;
      this.lastTenth = tenth;
      const from =
        received === progress.resumedFrom && received > 0 ? ' (resuming a partial download)' : '';
      this.stream.write(
        `${progress.name}: ${percent}% (${formatBytes(received)} of ${formatBytes(total)})${from}\n`,
      );
      return;
    }
    const now = Date.now();
    if (received < total && now - this.lastDraw < this.intervalMs) return;
    this.lastDraw = now;
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = `${'='.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}`;
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0.5 ? (received - this.startBytes) / seconds : 0;
    const speed = rate > 0 ? `  ${formatBytes(Math.round(rate))}/s` : '';
    const left = rate > 0 && received < total ? `  ${clock((total - received) / rate)} left` : '';
    const line = `${progress.name} [${bar}] ${String(percent).padStart(3)}%  ${formatBytes(received)} / ${formatBytes(total)}${speed}${left}`;
    const width = this.stream.columns || 100;
    this.stream.write(`\r\x1b[2K${line.slice(0, Math.max(20, width - 1))}`);
    this.drawn = true;
  }

  /** Prints a line of text without breaking the bar (it is redrawn by the next update). */
  note(text: string): void {
    this.end();
    this.stream.write(`${text}\n`);
  }

  /** Ends the bar's line; call once the download is over, whatever its outcome. */
  end(): void {
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}

function clock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
