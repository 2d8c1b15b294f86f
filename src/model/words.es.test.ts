import { describe, expect, it } from 'vitest';
import { VOCABULARY } from './words.ts';
import { VOCABULARY_ES } from './words.es.ts';

/** A vocabulary's shape: every vocabulary, register and key, and which entries are functions. */
function shape(vocabulary: object): string[] {
  return Object.entries(vocabulary).flatMap(([name, registers]) =>
    Object.entries(registers as object).flatMap(([register, words]) =>
      Object.entries(words as object).map(
        ([key, word]) => `${name}.${register}.${key}:${typeof word}`,
      ),
    ),
  );
}

describe('the Spanish vocabulary', () => {
  it('has exactly the vocabularies, registers and keys of the English one', () => {
    expect(shape(VOCABULARY_ES).sort()).toEqual(shape(VOCABULARY).sort());
  });

  it('words every value in Spanish, not left in English', () => {
    for (const [name, registers] of Object.entries(VOCABULARY_ES)) {
      for (const [register, words] of Object.entries(registers)) {
        const english = (
          VOCABULARY as unknown as Record<string, Record<string, Record<string, unknown>>>
        )[name]?.[register];
        for (const [key, word] of Object.entries(words as Record<string, unknown>)) {
          if (typeof word !== 'string') continue;
          expect(word.trim(), `${name}.${register}.${key}`).not.toBe('');
          // Drug names that are the same in both languages are the only words left as they are.
          if (!(name === 'drug' && register === 'short'))
            expect(word, `${name}.${register}.${key}`).not.toBe(english?.[key]);
        }
      }
    }
  });

  it('words a later day of a drug timing in Spanish', () => {
    expect(VOCABULARY_ES.timing.short.day(5)).toBe('Desde el día 5');
    expect(VOCABULARY_ES.timing.patient.day(12)).toMatch(/\bdía 12$/);
  });
});
