import { describe, expect, it } from 'vitest';
import {
  cpuSlowdownFor,
  failedAudits,
  median,
  medianFigures,
  missedGoals,
  runFigures,
  type RunFigures,
} from './lighthouse-summary';

const run = (figures: Partial<RunFigures>): RunFigures => ({
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  lcp: 800,
  tbt: 0,
  cls: 0,
  ...figures,
});

describe('Lighthouse medians', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(() => median([])).toThrow();
  });

  it('takes each figure median on its own, so one slow run does not decide', () => {
    const runs = [
      run({ performance: 99, lcp: 900 }),
      run({ performance: 70, lcp: 4000 }),
      run({ performance: 98, lcp: 1000 }),
    ];
    expect(medianFigures(runs)).toMatchObject({ performance: 98, lcp: 1000 });
  });

  it('names the figures that miss the goals: scores below, timings and shift above', () => {
    expect(missedGoals(run({}))).toEqual([]);
    expect(missedGoals(run({ performance: 97, seo: 92, lcp: 1501, tbt: 50, cls: 0.02 }))).toEqual([
      'performance',
      'seo',
      'lcp',
      'cls',
    ]);
  });

  it('reads scores as 0–100 and the metrics from their audits', () => {
    const figures = runFigures({
      categories: {
        performance: { score: 0.976 },
        accessibility: { score: 1 },
        seo: { score: null },
      },
      audits: {
        'largest-contentful-paint': { numericValue: 1234 },
        'total-blocking-time': { numericValue: 12 },
        'cumulative-layout-shift': { numericValue: 0.005 },
      },
    });
    expect(figures).toEqual({
      performance: 98,
      accessibility: 100,
      'best-practices': 0,
      seo: 0,
      lcp: 1234,
      tbt: 12,
      cls: 0.005,
    });
  });

  it('names the weighted audits that failed, not informative or passing ones', () => {
    const lhr = {
      categories: {
        seo: {
          auditRefs: [
            { id: 'canonical', weight: 1 },
            { id: 'hreflang', weight: 1 },
            { id: 'structured-data', weight: 0 },
            { id: 'robots-txt', weight: 1 },
          ],
        },
      },
      audits: {
        canonical: { score: 0 },
        hreflang: { score: 1 },
        'structured-data': { score: 0 },
        'robots-txt': { score: null, scoreDisplayMode: 'notApplicable' },
      },
    };
    expect(failedAudits(lhr, ['seo', 'accessibility'])).toEqual(['seo:canonical']);
  });
});

describe('CPU slowdown from the benchmark index', () => {
  it('meets the published calibration at its points: 150 → 1×, 800 → 2×, 1300 → 3×, 2000 → 6×', () => {
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(2000)).toBeCloseTo(6, 1);
    // Lighthouse's fixed 4× is right for a machine of index about 1533.
    expect(cpuSlowdownFor(1533)).toBeCloseTo(4, 2);
  });

  it('interpolates between the points and keeps rising with the index', () => {
    expect(cpuSlowdownFor(1050)).toBeCloseTo(2.5, 10);
    expect(cpuSlowdownFor(475)).toBeCloseTo(1.5, 10);
    const indices = [100, 150, 400, 799, 800, 1299, 1300, 1700, 2600];
    const slowdowns = indices.map(cpuSlowdownFor);
    for (let i = 1; i < slowdowns.length; i++) {
      expect(slowdowns[i]).toBeGreaterThanOrEqual(slowdowns[i - 1]!);
    }
  });

  it('never asks for less than 1× (a slow machine cannot be sped up)', () => {
    expect(cpuSlowdownFor(40)).toBe(1);
  });

  it('refuses an index that is not a positive number', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => cpuSlowdownFor(bad)).toThrow(RangeError);
    }
  });
});
