import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WhisperRecognizer } from '../../../src-main/hear/stt/WhisperRecognizer.ts';
import type {
  RecognizerEvent,
  WhisperRecognizerOptions,
} from '../../../src-main/hear/stt/WhisperRecognizer.ts';
import {
  ModelFileError,
  RecognizerCrashedError,
  RecognizerDisposedError,
  RecognizerRequestError,
  RecognizerTimeoutError,
  RecognizerUnavailableError,
  WhisperBinaryMissingError,
} from '../../../src-main/hear/stt/sttErrors.ts';
import { emptyWhisperModelBytes, writeEmptyWhisperModel } from '../../fixtures/whisperModel.ts';
import { ensureWhisperBinary } from './support/ensureWhisperBinary.ts';
import { SPEECH_TOOLS_MISSING, hasSpeechTools, speech, tone } from './support/speechAudio.ts';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves with the first event of `kind` the recogniser reports. */
function nextEvent(events: RecognizerEvent[], kind: RecognizerEvent['kind']) {
  return new Promise<RecognizerEvent>((resolve) => {
    const poll = () => {
      const found = events.find((e) => e.kind === kind);
      if (found) resolve(found);
      else setTimeout(poll, 10);
    };
    poll();
  });
}

describe('WhisperRecognizer', () => {
  let dir: string;
  let binary: string;
  let model: string;
  const recognizers: WhisperRecognizer[] = [];
  const make = (options: Partial<WhisperRecognizerOptions> = {}) => {
    const events: RecognizerEvent[] = [];
    const recognizer = new WhisperRecognizer({
      model,
      binary,
      threads: 2,
      onEvent: (e) => events.push(e),
      ...options,
    });
    recognizers.push(recognizer);
    return { recognizer, events };
  };

  before(async () => {
    binary = await ensureWhisperBinary();
    dir = await mkdtemp(join(tmpdir(), 'hearth-stt-rec-'));
    model = await writeEmptyWhisperModel(join(dir, 'tiny.en.bin'));
  });
  after(async () => {
    await Promise.all(recognizers.map((r) => r.dispose()));
    await rm(dir, { recursive: true, force: true });
  });

  it('runs spoken commands end to end on an empty model: no words, valid shape', async (t) => {
    if (!(await hasSpeechTools())) return t.skip(SPEECH_TOOLS_MISSING);
    const { pcm } = await speech(dir, 'kitchen', 'turn on the kitchen light');
    const { recognizer } = make();
    const transcript = await recognizer.transcribe(pcm, { prompt: 'kitchen light, hall lamp' });
    assert.equal(transcript.text, '');
    assert.deepEqual(transcript.segments, []);
    assert.equal(transcript.audioSeconds, pcm.length / 16_000);
    assert.ok(transcript.elapsedMs > 0);
    assert.equal(recognizer.model?.tensors, 0);
  });

  it('keeps one process with the model loaded across requests, one at a time', async () => {
    const { recognizer, events } = make();
    await recognizer.transcribe(tone(1.5));
    const pid = recognizer.stats.pid;
    assert.ok(pid !== undefined && isRunning(pid));
    // Several at once are queued, not interleaved on the pipe.
    const all = await Promise.all([1, 2, 3].map((s) => recognizer.transcribe(tone(s))));
    assert.deepEqual(
      all.map((t) => t.audioSeconds),
      [1, 2, 3],
    );
    assert.equal(recognizer.stats.pid, pid);
    assert.equal(recognizer.stats.loads, 1);
    assert.equal(recognizer.stats.requests, 4);
    assert.deepEqual(
      events.map((e) => e.kind),
      ['started'],
    );
    await recognizer.dispose();
    assert.equal(isRunning(pid), false, 'dispose() ends the process');
    await assert.rejects(recognizer.transcribe(tone(1)), RecognizerDisposedError);
  });

  it('cuts any prompt to its token budget: a long one never breaks recognition', async () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Reading lamp ${i}`).join(', ');
    const { recognizer } = make();
    const transcript = await recognizer.transcribe(tone(1.5), { prompt: names });
    assert.equal(transcript.text, '');
    const byDefault = recognizer.stats.promptTokens ?? 0;
    assert.ok(byDefault > 40 && byDefault <= 64, `${byDefault}`);
    const { recognizer: small } = make({ prompt: names, maxPromptTokens: 16 });
    await small.transcribe(tone(1.5));
    assert.ok((small.stats.promptTokens ?? 99) <= 16);
    await small.transcribe(tone(1.5), { prompt: '' });
    assert.equal(small.stats.promptTokens, 0);
  });

  it('reloads the model for every call in one-shot mode', async () => {
    const { recognizer } = make({ keepLoaded: false });
    await recognizer.transcribe(tone(1));
    await recognizer.transcribe(tone(1));
    assert.equal(recognizer.stats.loads, 2);
    assert.equal(recognizer.stats.pid, undefined, 'no process is left running');
  });

  it('detects a killed process, rejects its request, and restarts on the next one', async () => {
    const { recognizer, events } = make();
    await recognizer.warmUp();
    const first = recognizer.stats.pid ?? 0;
    const pending = recognizer.transcribe(tone(3), { language: 'en' });
    process.kill(first, 'SIGKILL');
    await assert.rejects(pending, (error: unknown) => {
      assert.ok(error instanceof RecognizerCrashedError);
      assert.match(error.message, /SIGKILL.*restarts on the next command/);
      return true;
    });
    assert.equal((await nextEvent(events, 'crashed')).kind, 'crashed');

    const again = await recognizer.transcribe(tone(1));
    assert.equal(again.text, '');
    assert.notEqual(recognizer.stats.pid, first);
    assert.equal(recognizer.stats.loads, 2);
    assert.equal(recognizer.stats.failures, 1);
  });

  it('stops a hung process after the timeout, reports it, and recovers', async () => {
    // The timeout grows with the audio: 1 s for no audio, generous for the real request after.
    const { recognizer, events } = make({ timeoutMs: 1000, timeoutPerAudioSecondMs: 20_000 });
    await recognizer.warmUp();
    const hung = recognizer.stats.pid ?? 0;
    process.kill(hung, 'SIGSTOP');
    await assert.rejects(recognizer.transcribe(new Float32Array(0)), (error: unknown) => {
      assert.ok(error instanceof RecognizerTimeoutError);
      assert.match(error.message, /did not answer within 1\.0 s/);
      return true;
    });
    assert.equal(events.find((e) => e.kind === 'timeout')?.pid, hung);
    assert.equal(isRunning(hung), false, 'the hung process was killed');

    const recovered = await recognizer.transcribe(tone(1.5));
    assert.equal(recovered.text, '');
    assert.notEqual(recognizer.stats.pid, hung);
  });

  it('gives up for a while after failing again and again', async () => {
    const fails = ['/usr/bin/false', '/bin/false'].find((f) => existsSync(f));
    assert.ok(fails, 'a "false" program exists');
    const { recognizer } = make({
      binary: fails,
      maxConsecutiveFailures: 2,
      restartBackoffMs: 1,
    });
    await assert.rejects(recognizer.transcribe(tone(1)), /stopped unexpectedly \(exit code 1\)/);
    await assert.rejects(recognizer.transcribe(tone(1)), RecognizerCrashedError);
    await assert.rejects(recognizer.transcribe(tone(1)), (error: unknown) => {
      assert.ok(error instanceof RecognizerUnavailableError);
      assert.match(error.message, /failed 2 times in a row.*tries again in \d+ s/);
      return true;
    });
  });

  it('aborts a request without losing the process', async () => {
    const { recognizer } = make({ audioContext: 'full' });
    await recognizer.warmUp();
    const pid = recognizer.stats.pid;
    const controller = new AbortController();
    const pending = recognizer.transcribe(tone(10), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, { name: 'AbortError' });
    const after = await recognizer.transcribe(tone(1));
    assert.equal(after.text, '');
    assert.equal(recognizer.stats.pid, pid);
    assert.equal(recognizer.stats.loads, 1);
  });

  it('refuses a language the model does not know, and keeps going', async () => {
    const { recognizer } = make();
    await assert.rejects(recognizer.transcribe(tone(1), { language: 'de' }), (error: unknown) => {
      assert.ok(error instanceof RecognizerRequestError);
      assert.equal(error.code, 'language_unsupported');
      assert.match(error.message, /only English/);
      return true;
    });
    assert.equal((await recognizer.transcribe(tone(1))).text, '');
    assert.equal(recognizer.stats.loads, 1);

    const multi = await writeEmptyWhisperModel(join(dir, 'tiny.bin'), 'tiny');
    const german = make({ model: multi, language: 'de' }).recognizer;
    assert.equal((await german.transcribe(tone(1))).text, '');
  });

  it('explains a missing, cut-off or foreign model file', async () => {
    const expect = async (file: string, problem: string, words: RegExp) => {
      await assert.rejects(
        make({ model: file }).recognizer.transcribe(tone(1)),
        (error: unknown) => {
          assert.ok(error instanceof ModelFileError, String(error));
          assert.equal(error.problem, problem);
          assert.match(error.message, words);
          return true;
        },
      );
    };
    await expect(
      join(dir, 'none.bin'),
      'missing',
      /does not exist; get one with: hearth models download tiny\.en/,
    );
    const bytes = emptyWhisperModelBytes();
    await writeFile(join(dir, 'cut.bin'), bytes.subarray(0, bytes.length - 100));
    await expect(join(dir, 'cut.bin'), 'invalid', /truncated or corrupt.*download it again/);
    await writeFile(join(dir, 'photo.bin'), Buffer.from('\x89PNG\r\n\x1a\n not a model', 'latin1'));
    await expect(join(dir, 'photo.bin'), 'invalid', /not a whisper\.cpp/);
  });

  it('says to build hearth-whisper when the binary is missing', async () => {
    const missing = join(dir, 'no-such-binary');
    await assert.rejects(
      make({ binary: missing }).recognizer.transcribe(tone(1)),
      (error: unknown) => {
        assert.ok(error instanceof WhisperBinaryMissingError);
        assert.match(error.message, /npm run build:whisper/);
        return true;
      },
    );
  });
});
