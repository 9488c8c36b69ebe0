import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkWhisperModel } from '../../../src-main/hear/stt/checkWhisperModel.ts';
import { ModelFileError } from '../../../src-main/hear/stt/sttErrors.ts';
import { emptyWhisperModelBytes, writeEmptyWhisperModel } from '../../fixtures/whisperModel.ts';

describe('checkWhisperModel', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-stt-check-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const rejectsWith = async (file: string, problem: string, words: RegExp) => {
    await assert.rejects(checkWhisperModel(file), (error: unknown) => {
      assert.ok(error instanceof ModelFileError);
      assert.equal(error.problem, problem);
      assert.equal(error.exitCode, 1);
      assert.match(error.message, words);
      assert.match(error.message, /hearth models download tiny\.en|permissions/);
      return true;
    });
  };

  it('reads the shape of an English and a multilingual model', async () => {
    const en = await checkWhisperModel(await writeEmptyWhisperModel(join(dir, 'tiny.en.bin')));
    assert.deepEqual(
      { multilingual: en.multilingual, state: en.audioState, layers: en.audioLayers },
      { multilingual: false, state: 384, layers: 4 },
    );
    const multi = await checkWhisperModel(
      await writeEmptyWhisperModel(join(dir, 'base.bin'), 'base'),
    );
    assert.deepEqual(
      { multilingual: multi.multilingual, state: multi.audioState, layers: multi.audioLayers },
      { multilingual: true, state: 512, layers: 6 },
    );
  });

  it('says plainly that a model file is missing and how to get one', async () => {
    await rejectsWith(join(dir, 'nope.bin'), 'missing', /does not exist/);
  });

  it('refuses a folder, a text file, a GGUF language model and a cut-off header', async () => {
    await mkdir(join(dir, 'folder.bin'));
    await rejectsWith(join(dir, 'folder.bin'), 'invalid', /not a file/);
    await writeFile(join(dir, 'notes.bin'), 'just some text, not a model at all');
    await rejectsWith(join(dir, 'notes.bin'), 'invalid', /not a whisper\.cpp/);
    await writeFile(join(dir, 'llm.gguf'), Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60)]));
    await rejectsWith(join(dir, 'llm.gguf'), 'invalid', /GGUF/);
    await writeFile(join(dir, 'short.bin'), emptyWhisperModelBytes().subarray(0, 30));
    await rejectsWith(join(dir, 'short.bin'), 'invalid', /cut short/);
    await writeFile(join(dir, 'empty.bin'), '');
    await rejectsWith(join(dir, 'empty.bin'), 'invalid', /not a whisper\.cpp/);
  });

  it('refuses impossible header values', async () => {
    const bytes = emptyWhisperModelBytes();
    bytes.writeInt32LE(7, 4 + 2 * 4); // n_audio_state 7 with 6 heads
    await writeFile(join(dir, 'damaged.bin'), bytes);
    await rejectsWith(join(dir, 'damaged.bin'), 'invalid', /damaged/);
  });

  it('refuses hostile filter counts and a header cut off before its vocabulary, at once', async () => {
    const huge = emptyWhisperModelBytes();
    huge.writeInt32LE(2 ** 30, 52); // n_fft of the mel filters
    await writeFile(join(dir, 'huge-fft.bin'), huge);
    await rejectsWith(join(dir, 'huge-fft.bin'), 'invalid', /damaged/);
    const mels = emptyWhisperModelBytes();
    mels.writeInt32LE(80_000, 4 + 9 * 4); // n_mels
    mels.writeInt32LE(80_000, 48);
    await writeFile(join(dir, 'mels.bin'), mels);
    await rejectsWith(join(dir, 'mels.bin'), 'invalid', /damaged/);
    await writeFile(join(dir, 'no-vocab.bin'), emptyWhisperModelBytes().subarray(0, 20000));
    await rejectsWith(join(dir, 'no-vocab.bin'), 'invalid', /damaged.*bytes/);
  });

  it(
    'reports a file it may not read',
    { skip: process.getuid?.() === 0 && 'root reads every file' },
    async () => {
      const file = await writeEmptyWhisperModel(join(dir, 'locked.bin'));
      await chmod(file, 0o000);
      await rejectsWith(file, 'unreadable', /EACCES|permission/i);
    },
  );
});
