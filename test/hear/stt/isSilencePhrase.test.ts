import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSilencePhrase, stripAnnotations } from '../../../src-main/hear/stt/isSilencePhrase.ts';
import { toTranscript } from '../../../src-main/hear/stt/toTranscript.ts';
import type { WhisperResult } from '../../../src-main/hear/stt/whisperProtocol.ts';

function result(...texts: string[]): WhisperResult {
  return {
    type: 'result',
    id: 1,
    text: texts.join(''),
    segments: texts.map((text, i) => ({ t0_ms: i * 1000, t1_ms: i * 1000 + 900, text })),
    language: 'en',
    audio_ctx: 214,
    prompt_tokens: 0,
    prompt_used: '',
    timings: { mel_ms: 1, total_ms: 2 },
  };
}

describe('isSilencePhrase', () => {
  it('recognises what whisper writes for silence, noise and music', () => {
    for (const text of [
      '',
      ' ',
      ' you',
      ' You.',
      ' Thank you.',
      'Thank you very much!',
      ' Thanks for watching!',
      '[BLANK_AUDIO]',
      ' [ Silence ]',
      ' (music)',
      '(wind blowing)',
      '*coughs*',
      ' ♪♪',
      ' ...',
      ' you you you',
      ' Thank you. Thank you.',
      '[MUSIC] Thank you.',
      ' Hmm.',
    ]) {
      assert.equal(isSilencePhrase(text), true, JSON.stringify(text));
    }
  });

  it('keeps commands, including ones that contain a silence phrase', () => {
    for (const text of [
      ' turn on the kitchen light',
      ' Thank you, turn off the lights.',
      ' you can lock the front door',
      ' lock the door, thank you',
      ' yes',
      ' no',
      ' okay',
      ' set a timer for ten minutes',
    ]) {
      assert.equal(isSilencePhrase(text), false, JSON.stringify(text));
    }
  });

  it('strips non-speech annotations from real words', () => {
    assert.equal(stripAnnotations(' [MUSIC] turn on the lamp (music) '), 'turn on the lamp');
  });
});

describe('toTranscript', () => {
  it('gives no text and no segments for a silence phrase', () => {
    const t = toTranscript(result(' Thank you.'), { audioSeconds: 3, elapsedMs: 5 });
    assert.deepEqual(t, { text: '', segments: [], audioSeconds: 3, elapsedMs: 5 });
  });

  it('drops silence segments around a command and converts times to seconds', () => {
    const t = toTranscript(result(' [BLANK_AUDIO]', ' Turn on the lamp.', ' you'), {
      audioSeconds: 3,
      elapsedMs: 5,
    });
    assert.equal(t.text, 'Turn on the lamp.');
    assert.deepEqual(t.segments, [{ start: 1, end: 1.9, text: 'Turn on the lamp.' }]);
  });

  it('keeps everything when asked to', () => {
    const t = toTranscript(result(' you'), {
      dropSilencePhrases: false,
      audioSeconds: 1,
      elapsedMs: 1,
    });
    assert.equal(t.text, 'you');
  });
});
