import { describe, expect, it } from 'vitest';
import { translationLag } from './translation-lag';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a translation behind its English page', () => {
  it('is not behind when it follows the English review date', () => {
    const dates = { page: 'sintomas', from: 'symptoms-and-grading' };
    expect(
      translationLag({ ...dates, englishReviewed: at('2026-11-30'), translatedFrom: at('2026-11-30') }),
    ).toBeNull();
  });

  it('is not behind when the English date is older (a typo in the translation is not a lag)', () => {
    expect(
      translationLag({
        page: 'x',
        from: 'y',
        englishReviewed: at('2026-11-01'),
        translatedFrom: at('2026-11-30'),
      }),
    ).toBeNull();
  });

  it('warns, naming both pages and both dates, when the English page was reviewed later', () => {
    const warning = translationLag({
      page: 'sintomas',
      from: 'symptoms-and-grading',
      englishReviewed: at('2026-12-15'),
      translatedFrom: at('2026-11-30'),
    });
    expect(warning).toContain('es/sintomas');
    expect(warning).toContain('"symptoms-and-grading"');
    expect(warning).toContain('2026-11-30');
    expect(warning).toContain('2026-12-15');
  });

  it('compares days, not times of day', () => {
    expect(
      translationLag({
        page: 'x',
        from: 'y',
        englishReviewed: new Date('2026-11-30T23:00:00Z'),
        translatedFrom: at('2026-11-30'),
      }),
    ).toBeNull();
  });
});
