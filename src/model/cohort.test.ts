import { describe, expect, it } from 'vitest';
import { cohort, quantileOf, seededRandom } from './cohort.ts';
import { makeScenario } from './scenario.ts';

describe('the virtual cohort', () => {
  it('gives the same numbers for the same call, and others for another seed', () => {
    const scenario = makeScenario({ therapy: 'axi-cel' });
    const a = cohort(scenario, { n: 40, seed: 1 });
    expect(cohort(scenario, { n: 40, seed: 1 })).toEqual(a);
    expect(cohort(scenario, { n: 40, seed: 2 })).not.toEqual(a);
  });

  it('returns shares in 0–1, worst-grade shares that add up to 1, and ordered quartiles', () => {
    const r = cohort(makeScenario({ therapy: 'cart-cd28', burden: 60 }), { n: 60, seed: 3 });
    for (const side of [r.crs, r.icans]) {
      expect(side.any).toBeGreaterThanOrEqual(0);
      expect(side.any).toBeLessThanOrEqual(1);
      expect(side.grade3plus).toBeLessThanOrEqual(side.any);
      for (const spread of [side.onsetDays, side.durationDays]) {
        if (spread) expect(spread.q1 <= spread.median && spread.median <= spread.q3).toBe(true);
      }
    }
    for (const grades of [r.worstGrades.crs, r.worstGrades.icans]) {
      expect(grades).toHaveLength(5);
      expect(grades.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('a cohort with more tumor has no less CRS (generic CAR-T)', () => {
    const low = cohort(makeScenario({ therapy: 'cart-cd28', burden: 10 }), { n: 60, seed: 1 });
    const high = cohort(makeScenario({ therapy: 'cart-cd28', burden: 80 }), { n: 60, seed: 1 });
    expect(high.crs.any).toBeGreaterThanOrEqual(low.crs.any);
    expect(high.crs.grade3plus).toBeGreaterThanOrEqual(low.crs.grade3plus);
  });

  it('refuses a cohort of no patients or a fractional seed', () => {
    expect(() => cohort(makeScenario(), { n: 0, seed: 1 })).toThrow(RangeError);
    expect(() => cohort(makeScenario(), { n: 5, seed: 1.5 })).toThrow(RangeError);
  });

  it('draws uniform numbers in [0, 1) and interpolates quantiles', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const u = random();
      expect(u >= 0 && u < 1).toBe(true);
    }
    expect(quantileOf([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOf([1, 2, 3, 4], 0.25)).toBe(1.75);
  });
});
