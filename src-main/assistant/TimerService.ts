import { TypedEmitter } from '../act/TypedEmitter.ts';
import type { Timer } from '../core/plan.ts';
import { formatDuration } from '../core/formatDuration.ts';

// Kitchen timers kept in memory: they live as long as the app does, like a cooker's.

export interface TimerServiceOptions {
  /** The clock, in ms. Default Date.now. */
  now?: () => number;
  /** Ring timers by themselves (setTimeout). Default true; false leaves it to `ringDue()`. */
  autoRing?: boolean;
}

export interface TimerInfo {
  id: number;
  name?: string;
  /** The duration it was set for, in seconds. */
  seconds: number;
  remainingSeconds: number;
  paused: boolean;
}

export interface TimerResult {
  /** False when nothing was done (no such timer, no duration given...). */
  ok: boolean;
  reply: string;
}

export type TimerEvents = {
  /** A timer reached zero. */
  ring: [timer: TimerInfo];
};

interface Entry {
  id: number;
  name?: string;
  seconds: number;
  /** When it ends; undefined while paused. */
  endsAt?: number;
  /** Left while paused, in ms. */
  leftMs: number;
  handle?: NodeJS.Timeout;
}

// setTimeout cannot wait longer than about 24.8 days.
const MAX_SECONDS = 7 * 24 * 3600;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export class TimerService extends TypedEmitter<TimerEvents> {
  private readonly now: () => number;
  private readonly autoRing: boolean;
  private readonly timers: Entry[] = [];
  private nextId = 1;

  constructor(options: TimerServiceOptions = {}) {
    super();
    this.now = options.now ?? Date.now;
    this.autoRing = options.autoRing ?? true;
  }

  list(): TimerInfo[] {
    return this.timers.map((t) => this.info(t));
  }

  apply(timer: Timer): TimerResult {
    if (timer.op === 'start') return this.start(timer.seconds, timer.name);
    if (timer.op === 'cancel_all') {
      const count = this.timers.length;
      if (count === 0) return { ok: false, reply: 'You have no timers.' };
      for (const t of this.timers.splice(0)) clearTimeout(t.handle);
      return {
        ok: true,
        reply: count === 1 ? 'Timer cancelled.' : `Cancelled all ${count} timers.`,
      };
    }
    if (timer.op === 'status' && !timer.name) return this.statusAll();
    const picked = this.pick(timer.name, timer.op);
    if (typeof picked === 'string') return { ok: false, reply: picked };
    const t = picked;
    const label = t.name ? `the ${t.name} timer` : 'the timer';
    switch (timer.op) {
      case 'cancel':
        this.remove(t);
        return { ok: true, reply: t.name ? `Cancelled the ${t.name} timer.` : 'Timer cancelled.' };
      case 'pause':
        if (t.endsAt === undefined)
          return { ok: false, reply: `${capitalise(label)} is already paused.` };
        t.leftMs = Math.max(0, t.endsAt - this.now());
        t.endsAt = undefined;
        clearTimeout(t.handle);
        return { ok: true, reply: `${capitalise(label)} is paused with ${this.left(t)} left.` };
      case 'resume':
        if (t.endsAt !== undefined)
          return { ok: false, reply: `${capitalise(label)} is already running.` };
        this.run(t, t.leftMs);
        return { ok: true, reply: `${capitalise(label)} is running again: ${this.left(t)} left.` };
      case 'add':
      case 'remove': {
        if (!timer.seconds || timer.seconds <= 0) {
          return {
            ok: false,
            reply: `How much time should I ${timer.op === 'add' ? 'add' : 'take off'}?`,
          };
        }
        const change = (timer.op === 'add' ? 1 : -1) * timer.seconds * 1000;
        const leftMs = Math.max(0, this.leftMs(t) + change);
        if (t.endsAt === undefined) t.leftMs = leftMs;
        else this.run(t, leftMs);
        const did = timer.op === 'add' ? 'Added' : 'Took off';
        if (leftMs === 0 && t.endsAt !== undefined) {
          this.ringDue();
          return { ok: true, reply: `${did} ${formatDuration(timer.seconds)}: ${label} is done.` };
        }
        return { ok: true, reply: `${did} ${formatDuration(timer.seconds)}. ${this.statusOf(t)}` };
      }
      default:
        return { ok: true, reply: this.statusOf(t) };
    }
  }

  /** Rings (removes and announces) every running timer whose time is up; returns them. */
  ringDue(): TimerInfo[] {
    const due = this.timers.filter((t) => t.endsAt !== undefined && t.endsAt <= this.now());
    const rung = due.map((t) => {
      this.remove(t);
      return { ...this.info(t), remainingSeconds: 0 };
    });
    for (const info of rung) this.emit('ring', info);
    return rung;
  }

  dispose(): void {
    for (const t of this.timers.splice(0)) clearTimeout(t.handle);
    this.removeAllListeners();
  }

  private start(seconds: number | undefined, name: string | undefined): TimerResult {
    if (!seconds || seconds <= 0) return { ok: false, reply: 'How long should the timer be?' };
    if (seconds > MAX_SECONDS) return { ok: false, reply: 'Timers can run for at most 7 days.' };
    const t: Entry = { id: this.nextId++, seconds, leftMs: seconds * 1000 };
    if (name) t.name = name;
    this.timers.push(t);
    this.run(t, seconds * 1000);
    const what = name ? `${capitalise(name)} timer` : 'Timer';
    return { ok: true, reply: `${what} set for ${formatDuration(seconds)}.` };
  }

  private statusAll(): TimerResult {
    if (this.timers.length === 0) return { ok: true, reply: 'You have no timers.' };
    const [only] = this.timers;
    if (this.timers.length === 1 && only) return { ok: true, reply: this.statusOf(only) };
    const each = this.timers.map(
      (t) =>
        `${this.label(t)} with ${this.left(t)} left${t.endsAt === undefined ? ' (paused)' : ''}`,
    );
    const list = `${each.slice(0, -1).join(', ')} and ${each.at(-1)}`;
    return { ok: true, reply: `You have ${this.timers.length} timers: ${list}.` };
  }

  private statusOf(t: Entry): string {
    const paused = t.endsAt === undefined ? ' (paused)' : '';
    if (t.name) return `The ${t.name} timer has ${this.left(t)} left${paused}.`;
    return `You have ${this.left(t)} left${paused}.`;
  }

  private pick(name: string | undefined, op: string): Entry | string {
    if (this.timers.length === 0) return 'You have no timers.';
    if (name) {
      // "the eggs" is the egg timer: one word's plural is the same timer.
      const found = this.timers.find((t) => t.name !== undefined && sameTimerName(t.name, name));
      return found ?? `You have no ${name} timer.`;
    }
    const [only] = this.timers;
    if (this.timers.length === 1 && only) return only;
    const labels = this.timers.map((t) => this.label(t));
    const verb = op === 'status' ? 'ask about' : op.replace('_', ' ');
    return `Which timer should I ${verb}: ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}?`;
  }

  private label(t: Entry): string {
    return t.name ? `the ${t.name} timer` : `the ${formatDuration(t.seconds, true)} timer`;
  }

  private run(t: Entry, leftMs: number): void {
    clearTimeout(t.handle);
    t.endsAt = this.now() + leftMs;
    t.leftMs = leftMs;
    if (!this.autoRing) return;
    t.handle = setTimeout(() => {
      this.ringDue();
      // A clock that disagrees with setTimeout by a millisecond must not lose the timer.
      if (this.timers.includes(t) && t.endsAt !== undefined) {
        this.run(t, Math.max(1, t.endsAt - this.now()));
      }
    }, leftMs);
    // A pending timer must not keep a command-line run alive.
    t.handle.unref();
  }

  private remove(t: Entry): void {
    clearTimeout(t.handle);
    const index = this.timers.indexOf(t);
    if (index >= 0) this.timers.splice(index, 1);
  }

  private leftMs(t: Entry): number {
    return t.endsAt === undefined ? t.leftMs : Math.max(0, t.endsAt - this.now());
  }

  private left(t: Entry): string {
    return formatDuration(Math.ceil(this.leftMs(t) / 1000));
  }

  private info(t: Entry): TimerInfo {
    return {
      id: t.id,
      ...(t.name ? { name: t.name } : {}),
      seconds: t.seconds,
      remainingSeconds: Math.ceil(this.leftMs(t) / 1000),
      paused: t.endsAt === undefined,
    };
  }
}

function sameTimerName(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || `${x}s` === y || `${y}s` === x || `${x}es` === y || `${y}es` === x;
}
