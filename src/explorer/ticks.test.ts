import * as d3 from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nice, ticks } from './ticks';

describe('ticks and nice', () => {
  it('give round values within the domain', () => {
    expect(ticks(0, 649, 4)).toEqual([0, 200, 400, 600]);
    expect(ticks(36.5, 40, 4)).toEqual([37, 38, 39, 40]);
    expect(ticks(0, 0.03, 4)).toEqual([0, 0.01, 0.02, 0.03]);
    expect(ticks(5, 5, 4)).toEqual([5]);
    expect(nice(0, 649, 4)).toEqual([0, 800]);
    expect(nice(36.4, 40.2, 4)).toEqual([36, 41]);
  });

  // The numbers of d3-array, which the explorer no longer ships, exactly, for domains of the
  // sizes charts have (d3 itself fails on denormal ones).
  it("are d3-array's, for any increasing domain", () => {
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-6),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 5000 }),
    );
    fc.assert(
      fc.property(value, value, fc.integer({ min: 1, max: 10 }), (a, b, count) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ticks(lo, hi, count)).toEqual(d3.ticks(lo, hi, count));
        expect(nice(lo, hi, count)).toEqual(d3.nice(lo, hi, count));
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });
});
