import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { voicePrompt } from '../../../src-main/assistant/VoicePrompt.ts';
import { parseHome } from '../../../src-main/home/loadHome.ts';

// The recogniser keeps the names that fit its token budget from the start of the prompt, so
// the order of voicePrompt's names decides which ones whisper is told about.

const HOME = parseHome(
  `
default_area: kitchen
floors:
  - { id: ground, name: Ground floor, aliases: [downstairs] }
areas:
  - { id: kitchen, name: Kitchen, floor: ground }
  - { id: snug, name: The snug, floor: ground }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: nanoleaf, name: Nanoleaf, aliases: [reading lamp], area: snug, type: light }
  - { id: telly, name: TV, area: snug, type: media_player }
  - { id: front_door, name: Front door, area: kitchen, type: lock }
scenes:
  - { id: movie, name: Cinema night, actions: [] }
`,
  'voice prompt test home',
);

describe('voicePrompt', () => {
  it('names first the devices and scenes that only their own names identify, then the rest, then rooms', () => {
    assert.equal(
      voicePrompt(HOME),
      'Nanoleaf, reading lamp, Cinema night, Kitchen light, TV, Front door, Kitchen, The snug, Ground floor, downstairs.',
    );
  });

  it('is empty for a home without names, and stays under its character bound', () => {
    assert.equal(voicePrompt(parseHome('devices: []\n', 'empty')), '');
    const many = parseHome(
      `devices:\n${Array.from({ length: 200 }, (_, i) => `  - { id: d${i}, name: Lamp number ${i}, type: light }`).join('\n')}\n`,
      'many',
    );
    const prompt = voicePrompt(many);
    assert.ok(prompt.length <= 801 && prompt.endsWith('.'));
    assert.ok(prompt.startsWith('Lamp number 0, Lamp number 1,'));
  });
});
