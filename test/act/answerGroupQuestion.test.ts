import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQueries } from '../../src-main/act/answerQueries.ts';
import type { DeviceState } from '../../src-main/core/state.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

// Group questions are answered as asked, in the class's own words (home-file.md).
const home = parseHome(
  `
areas: [{ id: kitchen, name: Kitchen }, { id: bath, name: Bathroom }, { id: hall, name: Hall }]
devices:
  - { id: kw, name: Kitchen window, area: kitchen, type: binary_sensor, class: window }
  - { id: bw, name: Bathroom window, area: bath, type: binary_sensor, class: window }
  - { id: front, name: Front door, area: hall, type: lock }
  - { id: back, name: Back door, area: kitchen, type: lock }
  - { id: leak, name: Sink sensor, area: kitchen, type: binary_sensor, class: moisture }
  - { id: pres, name: Hall presence, area: hall, type: binary_sensor, class: occupancy }
`,
  'group.yaml',
);
const on = (state: string): DeviceState => ({ available: true, state });
const windows = [
  { device: 'kw', attribute: 'state' },
  { device: 'bw', attribute: 'state' },
];

describe('answers to group questions', () => {
  it('counts, naming the ones that match', () => {
    const states = new Map([
      ['kw', on('on')],
      ['bw', on('open')],
    ]);
    assert.equal(
      answerQueries(home, windows, states, { form: 'count', state: 'open' }),
      'Two windows are open: the kitchen window and the bathroom window.',
    );
    const closed = new Map([
      ['kw', on('off')],
      ['bw', on('closed')],
    ]);
    assert.equal(
      answerQueries(home, windows, closed, { form: 'count', state: 'open' }),
      'No windows are open.',
    );
  });

  it('says yes or no for "every" and names the exceptions', () => {
    const locks = [
      { device: 'front', attribute: 'state' },
      { device: 'back', attribute: 'state' },
    ];
    const states = new Map([
      ['front', on('locked')],
      ['back', on('unlocked')],
    ]);
    assert.equal(
      answerQueries(home, locks, states, { form: 'all', state: 'locked' }),
      'No, the back door is unlocked.',
    );
    states.set('back', on('locked'));
    assert.equal(
      answerQueries(home, locks, states, { form: 'all', state: 'locked' }),
      'Yes, both locks are locked.',
    );
  });

  it('answers a sensor question in the class words, and names a silent device', () => {
    const leak = [{ device: 'leak', attribute: 'state' }];
    assert.equal(
      answerQueries(home, leak, new Map([['leak', on('on')]]), { form: 'any' }),
      'Yes, the sink sensor is wet.',
    );
    assert.equal(
      answerQueries(home, leak, new Map([['leak', on('off')]]), { form: 'any' }),
      'No, the sink sensor is dry.',
    );
    const someone = [{ device: 'pres', attribute: 'state' }];
    assert.equal(
      answerQueries(home, someone, new Map([['pres', on('on')]]), { form: 'any' }),
      'Yes, the hall presence detects someone.',
    );
    assert.equal(
      answerQueries(home, windows, new Map([['kw', on('on')]]), { form: 'which', state: 'open' }),
      'The kitchen window is open. The bathroom window is not answering.',
    );
  });
});
