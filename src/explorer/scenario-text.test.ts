import { describe, expect, it } from 'vitest';
import type { DrugTiming } from '../model/scenario';
import { TIMING_WHEN } from '../model/words';
import { burdenValueText, timingOptions, timingWord } from './scenario-text';

describe('burdenValueText', () => {
  it('names the presets and the spaces between them', () => {
    expect(burdenValueText(40)).toBe('40% of a bulky reference, moderate');
    expect(burdenValueText(10)).toBe('10% of a bulky reference, low');
    expect(burdenValueText(55)).toBe('55% of a bulky reference, between moderate and high');
    expect(burdenValueText(0)).toBe('0% of a bulky reference, below low');
    expect(burdenValueText(95)).toBe('95% of a bulky reference, above high');
  });
});

describe('drug timings', () => {
  it('offer the usual timings, and a day a link set', () => {
    const usual = [
      ['off', 'Off'],
      ['day0', 'Prophylactic (from day 0)'],
      ['fever', 'At fever (CRS grade 1)'],
      ['grade2', 'At CRS grade 2'],
      ['grade3', 'At CRS grade 3'],
    ];
    const pairs = (timing: DrugTiming) => timingOptions(timing).map((o) => [o.value, o.label]);
    expect(pairs('off')).toEqual(usual);
    expect(pairs('day0')).toEqual(usual);
    expect(pairs('day5')).toEqual([...usual, ['day5', 'From day 5']]);
  });

  it('are worded inside a sentence', () => {
    expect(timingWord(TIMING_WHEN, 'day0')).toBe('from day 0 (prophylactic)');
    expect(timingWord(TIMING_WHEN, 'day12')).toBe('from day 12');
    expect(timingWord(TIMING_WHEN, 'fever')).toBe('at fever (CRS grade 1)');
    expect(timingWord(TIMING_WHEN, 'grade3')).toBe('at CRS grade 3');
  });
});
