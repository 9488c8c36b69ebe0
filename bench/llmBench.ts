// The on-device language model's speed (issue 5: a plan within 1.5 s on 2 cores), on a
// random-weight model with the real shapes of Qwen2.5-0.5B (24 layers, 896 wide, 14 heads,
// 2 KV heads, 4864 FFN, its 151,936-token vocabulary, Q8_0: about 530 MB, written once into
// the temp folder; the published Q4_K_M file is 491 MB, as 0.5B's 896-wide rows mostly cannot
// use 4-bit K-quants). Its words are noise: it picks branches, ids and numbers at random, so
// the figures show the cost of an answer's shape, not the quality of its choices.
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { LlamaChatSession, LlamaLogLevel, getLlama } from 'node-llama-cpp';
import type { Home } from '../src-main/core/home.ts';
import type { LlmGenerator } from '../src-main/understand/llm/LlmGenerator.ts';
import { MAX_REPLY_CHARS } from '../src-main/understand/llm/llmCatalogue.ts';
import { LlmPlanner } from '../src-main/understand/llm/LlmPlanner.ts';
import { LlmSession } from '../src-main/understand/llm/LlmSession.ts';
import { tinyGguf } from '../test/fixtures/tinyGguf.ts';
import { formatMs, percentile } from './percentiles.ts';
import { generatedHome } from './rulesBench.ts';

const QWEN_05B = {
  layers: 24,
  width: 896,
  heads: 14,
  kvHeads: 2,
  ffn: 4864,
  weightType: 'q8_0',
} as const;

const REQUESTS = [
  'make the place feel like a cinema',
  'what can you do?',
  'it is a bit gloomy in the office',
  'I am off to bed',
  'tell me a joke',
  'get the room ready for guests',
  'it is too warm in here',
  'we are having dinner',
  'is anything still on downstairs?',
  'good morning',
  'make the kitchen cosy',
  'I cannot see a thing',
];

function fiftyDeviceHome(): Home {
  const home = generatedHome();
  const devices = home.devices.slice(0, 50);
  const areas = home.areas.filter((a) => devices.some((d) => d.area === a.id));
  return { ...home, areas, devices };
}

export async function benchLlm(): Promise<void> {
  const threads = Number(process.env.HEARTH_LLM_THREADS) || availableParallelism();
  console.log(`language model, random weights in Qwen2.5-0.5B shapes (Q8_0), ${threads} threads:`);
  let start = performance.now();
  const modelPath = await tinyGguf(QWEN_05B);
  const writeMs = performance.now() - start;
  const load = loadavg()[0]!;

  // Sampled rather than greedy: the same noise at temperature 0 takes the same branch for
  // most requests, and a mix of action plans, queries and replies is what is to be timed.
  const session = new LlmSession({ modelPath, threads, temperature: 1, seed: 1 });
  let firstText: number;
  let pieces = 0;
  let answer = '';
  // The first piece is the answer's fixed opening; the second is the model's first choice,
  // made once the request has been evaluated.
  const timed: LlmGenerator = {
    load: () => session.load(),
    prepare: (prompt, signal) => session.prepare(prompt, signal),
    generate: (request) =>
      session.generate({
        ...request,
        onText: (text) => {
          if (++pieces === 2) firstText = performance.now();
          answer += text;
          request.onText?.(text);
        },
      }),
  };
  try {
    start = performance.now();
    await session.load();
    const loadMs = performance.now() - start;

    const planner = new LlmPlanner(fiftyDeviceHome(), timed);
    start = performance.now();
    let cpu = process.cpuUsage();
    await planner.warmUp();
    const promptMs = performance.now() - start;
    const promptCpuMs = cpuMs(cpu);
    const promptTokens = session.promptTokens(planner.systemPrompt) ?? 0;

    await planner.plan('good evening'); // the first use of the grammar
    const plans: Sample[] = [];
    const replies: Sample[] = [];
    const ask = async (on: LlmPlanner, text: string): Promise<void> => {
      const generatedBefore = session.generatedTokens;
      let firstWords = 0;
      firstText = 0;
      pieces = 0;
      answer = '';
      start = performance.now();
      const plan = await on.plan(text, {
        onToken: () => (firstWords ||= performance.now()),
      });
      const end = performance.now();
      const sample = {
        ms: end - start,
        firstMs: (firstText || end) - start,
        firstWordsMs: (firstWords || end) - start,
        generated: session.generatedTokens - generatedBefore,
        valid: plan.source === 'llm',
      };
      (answer.startsWith('{"reply"') ? replies : plans).push(sample);
    };
    cpu = process.cpuUsage();
    for (const text of REQUESTS) await ask(planner, text);
    const requestCpuMs = cpuMs(cpu) / REQUESTS.length;
    // The noise seldom picks a word reply; in a home with nothing exposed it is the only form.
    const hidden = fiftyDeviceHome();
    const talker = new LlmPlanner(
      { ...hidden, devices: hidden.devices.map((d) => ({ ...d, expose: false })), scenes: [] },
      timed,
    );
    await talker.warmUp();
    for (const text of REQUESTS.slice(0, 4)) await ask(talker, text);
    await session.dispose();
    const free = await freeGeneration(modelPath, threads);

    const row = (label: string, value: string) => console.log(`  ${label.padEnd(30)} ${value}`);
    const all = [...plans, ...replies];
    row('model file', writeMs > 1000 ? `written in ${formatMs(writeMs)}` : 'cached');
    row('load', formatMs(loadMs));
    row(
      'system prompt, 50 devices',
      `${formatMs(promptMs)} (CPU ${formatMs(promptCpuMs)}) for ${promptTokens} tokens, once per home`,
    );
    row(
      'request read, first choice',
      `p50 ${formatMs(
        percentile(
          all.map((s) => s.firstMs),
          50,
        ),
      )}`,
    );
    row('CPU time per request', formatMs(requestCpuMs));
    row('request to validated plan', `${summary(plans)}   (target <= 1500 ms)`);
    row('request to full word reply', `${summary(replies)} (up to ${MAX_REPLY_CHARS} characters)`);
    row(
      'request to first reply words',
      replies.length
        ? `p50 ${formatMs(
            percentile(
              replies.map((s) => s.firstWordsMs),
              50,
            ),
          )}`
        : '-',
    );
    row(
      'per token without grammar',
      `${formatMs(free)} (node-llama-cpp's own chat session; for comparison)`,
    );
    row(
      'machine load at start',
      `${load.toFixed(1)} (1-minute average; wall times suffer when above 0)`,
    );
  } finally {
    await session.dispose();
  }
}

interface Sample {
  ms: number;
  firstMs: number;
  firstWordsMs: number;
  generated: number;
  valid: boolean;
}

function summary(samples: Sample[]): string {
  if (!samples.length) return 'none this run (the noise chose otherwise)';
  const tokens = samples.reduce((n, s) => n + s.generated, 0) / samples.length;
  const valid = samples.filter((s) => s.valid).length;
  return `p50 ${formatMs(
    percentile(
      samples.map((s) => s.ms),
      50,
    ),
  )}, max ${formatMs(Math.max(...samples.map((s) => s.ms)))}; ${samples.length} answers, ${tokens.toFixed(1)} tokens generated each, ${valid} valid`;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Generation speed without a grammar, straight through node-llama-cpp. */
async function freeGeneration(modelPath: string, threads: number): Promise<number> {
  const llama = await getLlama({
    gpu: false,
    build: 'never',
    maxThreads: threads,
    logLevel: LlamaLogLevel.error,
  });
  try {
    const model = await llama.loadModel({ modelPath, gpuLayers: 0 });
    const context = await model.createContext({ contextSize: 512, batchSize: 128, threads });
    const chat = new LlamaChatSession({ contextSequence: context.getSequence() });
    let first = 0;
    let count = 0;
    await chat.prompt('Say something.', {
      maxTokens: 33,
      temperature: 0,
      onToken: (t) => {
        first ||= performance.now();
        count += t.length;
      },
    });
    return (performance.now() - first) / Math.max(1, count - 1);
  } finally {
    await llama.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchLlm();
