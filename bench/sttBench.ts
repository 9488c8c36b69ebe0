// Speech to text: the time to transcribe a 3-second command, with the model kept loaded in
// one hearth-whisper process against a new process (a model load) per command; empty models
// of tiny.en and base.en shape (real computation, no words), encoder window fitted to the
// audio or whisper's full 30 s. Targets (issue 4, 2 cores): kept loaded <= 150 ms tiny.en,
// <= 300 ms base.en. Run alone: node --import tsx bench/sttBench.ts
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WhisperRecognizer } from '../src-main/hear/stt/WhisperRecognizer.ts';
import { locateWhisperBinary } from '../src-main/hear/stt/locateWhisperBinary.ts';
import { writeEmptyWhisperModel } from '../test/fixtures/whisperModel.ts';
import type { WhisperShape } from '../test/fixtures/whisperModel.ts';
import { formatMs, percentile } from './percentiles.ts';

const SECONDS = 3;
const TARGET_MS: Partial<Record<WhisperShape, number>> = { 'tiny.en': 150, 'base.en': 300 };
const CLOCK_TICKS = 100; // Linux's USER_HZ: the unit of /proc/<pid>/stat times

/** 3 s of a voice-like signal: a buzzing pitch with syllable-rate loudness, and a little noise. */
function command(): Float32Array {
  let seed = 1;
  const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.01;
  return Float32Array.from({ length: SECONDS * 16_000 }, (_, i) => {
    const t = i / 16_000;
    const syllables = Math.max(0, Math.sin(2 * Math.PI * 4 * t));
    const voice = [1, 2, 3, 5].reduce((sum, h) => sum + Math.sin(2 * Math.PI * 130 * h * t) / h, 0);
    return 0.2 * syllables * voice + noise();
  });
}

/** CPU time (user + system) a process has used, in ms; undefined where /proc is missing. */
async function cpuMs(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

interface Measured {
  wall: number[];
  /** CPU time per command (kept loaded only): what a command costs, whatever else runs. */
  cpu: number | undefined;
}

async function measure(
  model: string,
  keepLoaded: boolean,
  audioContext: 'fit' | 'full',
  threads: number,
  runs: number,
): Promise<Measured> {
  const recognizer = new WhisperRecognizer({ model, keepLoaded, audioContext, threads });
  const audio = command();
  try {
    if (keepLoaded) {
      await recognizer.warmUp();
      await recognizer.transcribe(audio); // first run allocates whisper's buffers
    }
    const cpuBefore = await cpuMs(recognizer.stats.pid);
    const wall: number[] = [];
    for (let i = 0; i < runs; i++) wall.push((await recognizer.transcribe(audio)).elapsedMs);
    const cpuAfter = await cpuMs(recognizer.stats.pid);
    const cpu =
      cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / runs : undefined;
    return { wall, cpu };
  } finally {
    await recognizer.dispose();
  }
}

export async function benchStt(): Promise<void> {
  // Fixed, not 'auto': the bench's own back-to-back runs raise the load average it reads.
  const threads = Math.max(1, Math.min(4, availableParallelism()));
  console.log(
    `speech to text (hearth-whisper, whisper.cpp 1.5), ${SECONDS} s command, ${threads} threads, greedy:`,
  );
  try {
    locateWhisperBinary();
  } catch (error) {
    console.log(`  skipped: ${(error as Error).message}`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'hearth-stt-bench-'));
  try {
    for (const shape of ['tiny.en', 'base.en'] as const) {
      const model = await writeEmptyWhisperModel(join(dir, `${shape}.bin`), shape);
      const cases: ['fit' | 'full', boolean, number][] = [
        ['fit', true, threads],
        ...(threads > 1 ? [['fit', true, 1] as ['fit', boolean, number]] : []),
        ['fit', false, threads],
        ['full', true, threads],
        ['full', false, threads],
      ];
      for (const [audioContext, keepLoaded, n] of cases) {
        const runs = keepLoaded && audioContext === 'fit' ? 15 : 5;
        const { wall, cpu } = await measure(model, keepLoaded, audioContext, n, runs);
        const target = keepLoaded && audioContext === 'fit' ? TARGET_MS[shape] : undefined;
        const label =
          `${shape.padEnd(7)} ${audioContext === 'fit' ? 'fitted window' : '30 s window  '} ` +
          `${keepLoaded ? 'kept loaded' : 'reloaded   '} ${n} thread${n > 1 ? 's' : ' '}`;
        console.log(
          `  ${label}  p50 ${formatMs(percentile(wall, 50)).padStart(10)}  p90 ${formatMs(percentile(wall, 90)).padStart(10)}` +
            `${cpu !== undefined ? `  cpu ${formatMs(cpu).padStart(10)}` : ''}` +
            `  (${wall.length} runs${target ? `; target <= ${target} ms` : ''})`,
        );
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const [load] = loadavg();
  console.log(
    `  (empty models: real computation, no words; cpu = the process's CPU time per command;` +
      ` load average ${load?.toFixed(2)} on ${availableParallelism()} cores: other work slows whisper's` +
      ` spinning threads many times over)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchStt();
