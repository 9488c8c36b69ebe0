// Speech to text: the time to transcribe a 3-second command, with and without the home's
// names as the prompt (voicePrompt of the demo home, cut by hearth-whisper to its token
// budget), with the model kept loaded in one hearth-whisper process or a new process (a model
// load) per command, the encoder window fitted to the audio or whisper's full 30 s; empty
// models of tiny.en and base.en shape (real computation, no words). Targets (issue 4, 2 cores):
// kept loaded <= 150 ms tiny.en, <= 300 ms base.en. Run alone: node --import tsx bench/sttBench.ts
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { voicePrompt } from '../src-main/assistant/VoicePrompt.ts';
import { WhisperRecognizer } from '../src-main/hear/stt/WhisperRecognizer.ts';
import { locateWhisperBinary } from '../src-main/hear/stt/locateWhisperBinary.ts';
import { demoHome } from '../src-main/home/demoHome.ts';
import { writeEmptyWhisperModel } from '../test/fixtures/whisperModel.ts';
import type { WhisperShape } from '../test/fixtures/whisperModel.ts';
import { formatMs, percentile } from './percentiles.ts';

const TARGET_MS: Partial<Record<WhisperShape, number>> = { 'tiny.en': 150, 'base.en': 300 };
const CLOCK_TICKS = 100; // Linux's USER_HZ: the unit of /proc/<pid>/stat times

/** `seconds` of a voice-like signal: a buzzing pitch with syllable-rate loudness, and a little noise. */
function command(seconds: number): Float32Array {
  let seed = 1;
  const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.01;
  return Float32Array.from({ length: seconds * 16_000 }, (_, i) => {
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

interface Case {
  label: string;
  seconds: number;
  audioContext: 'fit' | 'full';
  keepLoaded: boolean;
  threads: number;
  prompt: string;
  maxPromptTokens?: number;
  temperatureFallback?: boolean;
  runs: number;
  target?: boolean;
}

interface Measured {
  wall: number[];
  /** CPU time per command (kept loaded only): what a command costs, whatever else runs. */
  cpu: number | undefined;
  promptTokens: number | undefined;
}

async function measure(model: string, c: Case): Promise<Measured> {
  const { keepLoaded, audioContext, threads, prompt, maxPromptTokens, temperatureFallback } = c;
  const recognizer = new WhisperRecognizer({
    model,
    keepLoaded,
    audioContext,
    threads,
    prompt,
    ...(maxPromptTokens !== undefined ? { maxPromptTokens } : {}),
    ...(temperatureFallback !== undefined ? { temperatureFallback } : {}),
  });
  const audio = command(c.seconds);
  try {
    if (keepLoaded) {
      await recognizer.warmUp();
      await recognizer.transcribe(audio); // first run allocates whisper's buffers
    }
    const cpuBefore = await cpuMs(recognizer.stats.pid);
    const wall: number[] = [];
    for (let i = 0; i < c.runs; i++) wall.push((await recognizer.transcribe(audio)).elapsedMs);
    const cpuAfter = await cpuMs(recognizer.stats.pid);
    const cpu =
      cpuBefore !== undefined && cpuAfter !== undefined
        ? (cpuAfter - cpuBefore) / c.runs
        : undefined;
    return { wall, cpu, promptTokens: recognizer.stats.promptTokens };
  } finally {
    await recognizer.dispose();
  }
}

function cases(threads: number, home: string): Case[] {
  const loaded = { seconds: 3, audioContext: 'fit', keepLoaded: true, threads } as const;
  return [
    { ...loaded, label: 'no prompt', prompt: '', runs: 15, target: true },
    { ...loaded, label: 'home prompt', prompt: home, runs: 15, target: true },
    ...(threads > 1
      ? [{ ...loaded, label: 'home prompt, 1 thread', prompt: home, threads: 1, runs: 9 }]
      : []),
    {
      ...loaded,
      label: "home prompt, whisper's 224 tokens",
      prompt: home,
      maxPromptTokens: 224,
      runs: 5,
    },
    // Over 3 s, and unsure (an empty model always is): the fallback's worst case.
    { ...loaded, label: '4 s command, home prompt', seconds: 4, prompt: home, runs: 5 },
    {
      ...loaded,
      label: '4 s command, home prompt, temperature fallback',
      seconds: 4,
      prompt: home,
      temperatureFallback: true,
      runs: 5,
    },
    {
      ...loaded,
      label: 'home prompt, reloaded each time',
      prompt: home,
      keepLoaded: false,
      runs: 5,
    },
    { ...loaded, label: 'home prompt, 30 s window', prompt: home, audioContext: 'full', runs: 5 },
  ];
}

export async function benchStt(): Promise<void> {
  // Fixed, not 'auto': the bench's own back-to-back runs raise the load average it reads.
  const threads = Math.max(1, Math.min(4, availableParallelism()));
  console.log(
    `speech to text (hearth-whisper, whisper.cpp 1.5), 3 s command unless said, ${threads} threads, greedy, fitted window, kept loaded unless said:`,
  );
  try {
    locateWhisperBinary();
  } catch (error) {
    console.log(`  skipped: ${(error as Error).message}`);
    return;
  }
  const home = voicePrompt(demoHome());
  const dir = await mkdtemp(join(tmpdir(), 'hearth-stt-bench-'));
  try {
    for (const shape of ['tiny.en', 'base.en'] as const) {
      const model = await writeEmptyWhisperModel(join(dir, `${shape}.bin`), shape);
      for (const c of cases(threads, home)) {
        const { wall, cpu, promptTokens } = await measure(model, c);
        const target = c.target ? TARGET_MS[shape] : undefined;
        const label = `${shape.padEnd(7)} ${c.label}${c.prompt ? ` (${promptTokens ?? '?'} tokens)` : ''}`;
        console.log(
          `  ${label.padEnd(72)} p50 ${formatMs(percentile(wall, 50)).padStart(10)}  p90 ${formatMs(percentile(wall, 90)).padStart(10)}` +
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
    `  (home prompt: the demo home's ${home.length} characters of names; hearth-whisper keeps the names that fit` +
      ` in 64 tokens, about 250 characters with a real model's vocabulary, 60-odd with the empty model's byte-sized one.` +
      ` Empty models: real computation, but no words: a real model adds one decoder pass per token it writes.` +
      ` cpu = the process's CPU time per command; load average ${load?.toFixed(2)} on ${availableParallelism()} cores:` +
      ` other work slows whisper's spinning threads many times over)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchStt();
