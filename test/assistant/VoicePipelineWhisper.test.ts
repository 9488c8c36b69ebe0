import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Assistant } from '../../src-main/assistant/Assistant.ts';
import { VoicePipeline } from '../../src-main/assistant/VoicePipeline.ts';
import type { VoicePipelineEvent } from '../../src-main/assistant/VoicePipelineEvent.ts';
import { WavFrameSource } from '../../src-main/hear/audio/WavFrameSource.ts';
import { WhisperRecognizer } from '../../src-main/hear/stt/WhisperRecognizer.ts';
import { StreamingVad } from '../../src-main/hear/vad/StreamingVad.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { speechFixture } from '../fixtures/speech.ts';
import { writeEmptyWhisperModel } from '../fixtures/whisperModel.ts';
import { ensureWhisperBinary } from '../hear/stt/support/ensureWhisperBinary.ts';

// The voice pipeline end to end with the real whisper.cpp (hearth-whisper) and an empty
// tiny.en model the test writes: real compute, empty words. Speech from espeak-ng and sox.

const HOME = parseHome(
  `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
`,
  'voice test home',
);

let vad: StreamingVad;

async function listen(
  file: string,
  options: { recognizer: WhisperRecognizer; assistant: Assistant },
) {
  const events: VoicePipelineEvent[] = [];
  const pipeline = await VoicePipeline.create({
    vad,
    ...options,
    onEvent: (e) => void events.push(e),
  });
  const summary = await pipeline.run(await WavFrameSource.open(file));
  await pipeline.dispose();
  return { events, summary, kinds: events.map((e) => e.event) };
}

describe(
  'VoicePipeline with the real whisper.cpp recogniser (empty tiny.en model)',
  { timeout: 600_000 },
  () => {
    let dir = '';
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'hearth-voice-'));
      vad = await StreamingVad.create();
    });
    after(async () => {
      await vad.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it('reports the speech, and its empty transcript causes no action', async () => {
      const recognizer = new WhisperRecognizer({
        model: await writeEmptyWhisperModel(join(dir, 'empty-tiny.en.bin')),
        binary: await ensureWhisperBinary(),
      });
      const assistant = new Assistant(HOME);
      try {
        const statesBefore = await assistant.devices.states();
        const fixture = speechFixture({
          parts: [{ silence: 1 }, { say: 'turn on the kitchen light' }, { silence: 1.5 }],
          noise: 'white',
        });
        const { events, kinds, summary } = await listen(fixture.path, { recognizer, assistant });
        assert.deepEqual(kinds, ['speech_start', 'speech_end', 'transcript']);
        const transcript = events.find((e) => e.event === 'transcript');
        assert.equal(transcript?.text, '');
        assert.equal(summary.errors, 0);
        assert.deepEqual(await assistant.devices.states(), statesBefore);
      } finally {
        await recognizer.dispose();
        await assistant.dispose();
      }
    });
  },
);
