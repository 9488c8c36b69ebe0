import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHome } from '../../../src-main/home/loadHome.ts';
import { parseDurations } from '../../../src-main/understand/rules/durations.ts';
import { normalize } from '../../../src-main/understand/rules/normalize.ts';
import { parseNumbers } from '../../../src-main/understand/rules/numbers.ts';
import { takenBack, withoutRestarts } from '../../../src-main/understand/rules/restarts.ts';
import { Tagger } from '../../../src-main/understand/rules/Tagger.ts';
import { TEST_HOME_YAML } from '../fixtures/testHome.ts';

describe('normalize', () => {
  test('lower-cases, strips punctuation, expands contractions, keeps clause commas', () => {
    assert.deepEqual(normalize("What's the Temperature in Son's room?"), [
      'what',
      'is',
      'the',
      'temperature',
      'in',
      'sons',
      'room',
      '?',
    ]);
    assert.deepEqual(normalize('dim it, then lock'), ['dim', 'it', ',', 'then', 'lock']);
  });
  test('reads units written as symbols', () => {
    assert.deepEqual(normalize('50%'), ['50', 'percent']);
    assert.deepEqual(normalize('21.5°C'), ['21.5', 'degrees', 'c']);
    assert.deepEqual(normalize('2700K'), ['2700', 'kelvin']);
    assert.deepEqual(normalize('#FF8800'), ['hexff8800']);
  });
  test('hyphens and underscores split words', () => {
    assert.deepEqual(normalize('twenty-one living_room'), ['21', 'living', 'room']);
  });
});

describe('parseNumbers', () => {
  const cases: [string, string][] = [
    ['twenty one', '21'],
    ['one hundred and five', '105'],
    ['a hundred', '100'],
    ['two thousand seven hundred', '2700'],
    ['one and a half', '1.5'],
    ['twenty one point five', '21.5'],
    ['seventy', '70'],
  ];
  for (const [words, digits] of cases) {
    test(`${words} -> ${digits}`, () => assert.deepEqual(parseNumbers(words.split(' ')), [digits]));
  }
  test('separate numbers stay separate', () => {
    assert.deepEqual(parseNumbers(['one', 'two', 'three']), ['1', '2', '3']);
  });
});

describe('parseDurations', () => {
  const cases: [string, number][] = [
    ['an hour and a half', 5400],
    ['10 minutes', 600],
    ['half an hour', 1800],
    ['a quarter of an hour', 900],
    ['1 hour and 15 minutes', 4500],
    ['2 minutes 30 seconds', 150],
    ['a minute and a half', 90],
  ];
  for (const [words, seconds] of cases) {
    test(`${words} -> ${seconds} s`, () =>
      assert.deepEqual(parseDurations(normalize(words)), [`dur:${seconds}`]));
  }
  test('an ordinal is not a duration', () => {
    assert.deepEqual(parseDurations(['the', 'second', 'bedroom']), ['the', 'second', 'bedroom']);
  });
});

describe('Tagger', () => {
  const tagger = new Tagger(parseHome(TEST_HOME_YAML, 'test-home.yaml'));
  test('corrects small misspellings of known words', () => {
    assert.equal(tagger.correct('kitchn'), 'kitchen');
    assert.equal(tagger.correct('curtians'), 'curtains');
    assert.equal(tagger.correct('iroomba'), 'roomba');
  });
  test('leaves unknown and common words alone', () => {
    assert.equal(tagger.correct('night'), 'night');
    assert.equal(tagger.correct('weather'), 'weather');
    assert.equal(tagger.correct('please'), 'please');
  });
  test('an inflection is reduced to its stem, not "corrected"', () => {
    assert.equal(tagger.correct('raised'), 'raise');
    assert.equal(tagger.correct('toned'), 'toned');
  });
  test('prefers the longest phrase: a device name over a room and a device word', () => {
    const spans = tagger.tag(normalize('the kitchen speaker'));
    assert.deepEqual(
      spans.map((s) => s.tokens.join(' ')),
      ['the', 'kitchen speaker'],
    );
    assert.ok(spans[1]!.tags.some((t) => t.kind === 'device'));
  });
  test('a word with two readings keeps both', () => {
    const [garage] = tagger.tag(['garage']);
    const kinds = garage!.tags.map((t) => t.kind).sort();
    assert.deepEqual(kinds, ['area', 'domain']);
  });
});

describe('withoutRestarts', () => {
  test('a phrase left unfinished before a break is dropped', () => {
    assert.equal(
      withoutRestarts('turn on the... turn off the lights in the hall'),
      'turn off the lights in the hall',
    );
    assert.equal(withoutRestarts('set the lamp to - no, turn it off'), 'no, turn it off');
    assert.equal(withoutRestarts('turn on the\u2026 the desk lamp'), 'the desk lamp');
  });

  test('a finished phrase before a break stays', () => {
    assert.equal(withoutRestarts('turn off the lights...'), 'turn off the lights...');
    assert.equal(
      withoutRestarts('turn on the kitchen light \u2014 and the hall light'),
      'turn on the kitchen light \u2014 and the hall light',
    );
  });
});

describe('takenBack', () => {
  test('a command that ends in "never mind" is taken back', () => {
    assert.equal(takenBack('turn off the bedroom lights, actually never mind'), true);
    assert.equal(takenBack('Never mind.'), true);
    assert.equal(takenBack('unlock the front door... forget it'), true);
  });

  test('"cancel that" after a timer is a command, and a name is not a retraction', () => {
    assert.equal(takenBack('actually cancel that'), false);
    assert.equal(takenBack('turn on the never mind lamp please'), false);
  });
});
