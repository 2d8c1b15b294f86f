import { describe, expect, it } from 'vitest';
import { iconCounts, iconGrades, inHundred } from './cohort-icons.ts';
import { cohort } from './cohort.ts';
import { makeScenario } from './scenario.ts';

describe('icon counts', () => {
  it('rounds by largest remainder so the counts add up to the total', () => {
    expect(iconCounts([0.333, 0.333, 0.334])).toEqual([33, 33, 34]);
    expect(iconCounts([0.005, 0.995])).toEqual([1, 99]);
    // equal remainders: the lower grade gets the person
    expect(iconCounts([0.25, 0.25, 0.5], 10)).toEqual([3, 2, 5]);
    expect(iconCounts([0, 0, 1, 0, 0])).toEqual([0, 0, 100, 0, 0]);
  });

  it('keeps every count within one person of its share, for real cohorts', () => {
    for (const therapy of ['cart-cd28', 'teclistamab', 'cart-41bb'] as const) {
      const { worstGrades } = cohort(makeScenario({ therapy, burden: 60 }), { n: 37, seed: 4 });
      const counts = iconCounts(worstGrades.crs);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(100);
      worstGrades.crs.forEach((share, grade) =>
        expect(Math.abs(counts[grade]! - 100 * share)).toBeLessThan(1),
      );
    }
  });

  it('refuses shares it cannot count', () => {
    expect(() => iconCounts([])).toThrow(RangeError);
    expect(() => iconCounts([0, 0])).toThrow(RangeError);
    expect(() => iconCounts([0.5, Number.NaN])).toThrow(RangeError);
    expect(() => iconCounts([1], 0)).toThrow(RangeError);
  });

  it('lists the icons grade by grade', () => {
    expect(iconGrades([2, 0, 1, 0, 1])).toEqual([0, 0, 2, 4]);
  });
});

describe('a published share in words', () => {
  it.each([
    [0.13, 108, 'about 13 in 100'],
    [0.049, 267, 'about 5 in 100'],
    [0.006, 165, 'fewer than 1 in 100'],
    [0, 123, 'none of the 123'],
  ])('%s of %s → %s', (share, n, words) => expect(inHundred(share, n)).toBe(words));
});
