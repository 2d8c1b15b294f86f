import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGrouped, locales } from './locale';

const intlLocale = { en: 'en-US', es: 'es' } as const;

describe('formatGrouped', () => {
  it('prints what Intl.NumberFormat prints, in both languages, for any number and 0–3 decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e22, max: 1e22 }),
          fc.double({ min: -20_000, max: 20_000 }),
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
          fc.constantFrom(0, -0, 0.005, 1.005, 2.5, -2.5, 999.95, 9999.5, 99_999.5, 1e21),
        ),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...locales),
        (value, digits, locale) => {
          const intl = new Intl.NumberFormat(intlLocale[locale], {
            maximumFractionDigits: digits,
          }).format(value);
          expect(formatGrouped(value, digits, locale)).toBe(intl);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('groups English from four digits and Spanish from five', () => {
    expect(formatGrouped(1420.04, 0)).toBe('1,420');
    expect(formatGrouped(1420.04, 0, 'es')).toBe('1420');
    expect(formatGrouped(12_345.6, 1, 'es')).toBe('12.345,6');
    expect(formatGrouped(1_234_567, 0)).toBe('1,234,567');
    expect(formatGrouped(0.125, 2)).toBe('0.13');
    expect(formatGrouped(9.6, 2, 'es')).toBe('9,6');
  });
});
