import { describe, expect, it } from 'vitest';
import { simulate } from './cascade.ts';
import { makeScenario } from './scenario.ts';
import { round6, seriesToCsv } from './series-export.ts';
import { SERIES_KEYS } from './series.ts';

describe('series as CSV', () => {
  const sim = simulate(makeScenario({ burden: 80 }));
  const lines = seriesToCsv(sim.series).trimEnd().split('\n');

  it('has a header naming every series, then one row per time point', () => {
    expect(lines[0]?.split(',')).toEqual([...SERIES_KEYS]);
    expect(lines.length - 1).toBe(sim.series.t.length);
  });

  it('holds the simulated values to six significant digits', () => {
    const column = SERIES_KEYS.indexOf('il6');
    const row = 40;
    const cell = Number(lines[row + 1]?.split(',')[column]);
    expect(cell).toBe(round6(sim.series.il6[row] ?? Number.NaN));
    expect(cell).toBeCloseTo(sim.series.il6[row] ?? Number.NaN, 3);
  });

  it('leaves whole numbers (grades, days) exact', () => {
    expect(round6(3)).toBe(3);
    expect(round6(1234567.891)).toBe(1234570);
  });
});
