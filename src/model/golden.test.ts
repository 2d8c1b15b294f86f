/**
 * The model's output against its golden trajectories (src/model/__fixtures__/, rounded to 4
 * significant digits). A failure lists every value that moved. If the change is intended, run
 * `npm run golden` and review the fixture diff; this test never writes the fixtures.
 */
import { describe, expect, it } from 'vitest';
import bispecific from './__fixtures__/bispecific-burden60.json' with { type: 'json' };
import tocilizumab from './__fixtures__/burden80-tocilizumab-grade2.json' with { type: 'json' };
import standard from './__fixtures__/default.json' with { type: 'json' };
import {
  GOLDEN_SCENARIOS,
  goldenDiff,
  goldenOf,
  type Golden,
  type GoldenName,
} from './testing/golden.ts';

const STORED: Readonly<Record<GoldenName, Golden>> = {
  default: standard,
  'burden80-tocilizumab-grade2': tocilizumab,
  'bispecific-burden60': bispecific,
};

describe('golden trajectories (npm run golden rewrites them; review the diff)', () => {
  it.each(Object.entries(GOLDEN_SCENARIOS) as [GoldenName, string][])(
    '%s (%j) matches its fixture',
    (name, query) => {
      const stored = STORED[name];
      expect(stored.query).toBe(query);
      expect(goldenDiff(stored, goldenOf(query))).toEqual([]);
    },
  );

  it('reports a drifted value by series and day', () => {
    const stored = STORED.default;
    const il6 = [...(stored.series.il6 ?? [])];
    il6[9] = 1;
    const moved = { ...stored, series: { ...stored.series, il6 } };
    expect(goldenDiff(moved, stored)).toEqual([
      `series il6 on day 4.5: stored 1, now ${String(stored.series.il6?.[9])}`,
    ]);
  });
});
