import { describe, expect, it } from 'vitest';
import {
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
