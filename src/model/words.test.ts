import { describe, expect, it } from 'vitest';
import { DRUGS } from './drugs.ts';
import { GRADING_LEVELS } from './grading.ts';
import { DRUG_TRIGGERS } from './scenario.ts';
import { THERAPIES } from './therapies.ts';
import { REGISTERS, VOCABULARY, type TimingWords } from './words.ts';

/** The values each vocabulary words: the model's lists (timings: the triggers and day 0). */
const VALUES: Readonly<Record<keyof typeof VOCABULARY, readonly string[]>> = {
  ...GRADING_LEVELS,
  timing: [...DRUG_TRIGGERS, 'day0'],
  drug: DRUGS,
  therapy: THERAPIES,
};

describe('the vocabulary', () => {
  it.each(Object.entries(VOCABULARY))('%s has the registers every vocabulary has', (_, words) => {
    for (const register of REGISTERS) expect(Object.keys(words)).toContain(register);
  });

  it.each(
    Object.entries(VOCABULARY).flatMap(([name, registers]) =>
      Object.entries(registers).map(([register, words]) => [name, register, words] as const),
    ),
  )('%s, %s: a non-empty word for every value, and for no other', (name, _, words) => {
    const values = VALUES[name as keyof typeof VOCABULARY];
    const worded = Object.keys(words).filter((key) => key !== 'day');
    expect(worded.sort()).toEqual([...values].sort());
    for (const value of values) {
      const word = (words as Readonly<Record<string, string>>)[value] ?? '';
      expect(word.trim(), value).not.toBe('');
    }
    if (name === 'timing') expect((words as TimingWords).day(5)).toMatch(/\bday 5$/);
  });
});
