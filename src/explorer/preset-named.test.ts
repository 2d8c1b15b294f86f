import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS } from './presets';
import { presetNamed } from './preset-named';

describe('presetNamed', () => {
  it('finds every preset by its name', () => {
    for (const id of PRESET_IDS) expect(presetNamed(id)).toBe(PRESETS[id]);
  });

  it('throws on a name that is not a preset, naming the ones that are', () => {
    expect(() => presetNamed('burdon')).toThrow(
      'Unknown explorer preset "burdon": use one of full, default, burden, drugs, research-arms, cascade-steps.',
    );
    expect(() => presetNamed('')).toThrow(/Unknown explorer preset ""/);
    // Names an object has by inheritance are not presets either.
    expect(() => presetNamed('toString')).toThrow(/Unknown explorer preset "toString"/);
  });
});
