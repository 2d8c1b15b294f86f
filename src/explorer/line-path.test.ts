import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePath as d3LinePath, linearScale, xScale, type Box } from './chart-geometry';
import { linePath } from './line-path';

const box: Box = { width: 560, height: 204, top: 26, right: 14, bottom: 28, left: 56 };
const x = xScale(box);
const y = linearScale(box, 0, 20);

describe('linePath', () => {
  it('draws every stride-th point and always the last, rounded to 0.1', () => {
    const t = [0, 7, 14, 21, 28];
    const v = [0, 10, 20, 10, 0];
    expect(linePath(t, v, x, y)).toBe('M56,176L178.5,101L301,26L423.5,101L546,176');
    expect(linePath(t, v, x, y, 3)).toBe('M56,176L423.5,101L546,176');
    expect(linePath(t, v, x, y, 2)).toBe('M56,176L301,26L546,176');
  });

  it('leaves a gap where a value is not a finite number, closing a lone point', () => {
    expect(linePath([0, 14, 28], [1, Number.NaN, 2], x, y)).toBe('M56,168.5ZM546,161Z');
    expect(linePath([0, 7, 14, 21], [1, 2, Number.NaN, 3], x, y)).toBe(
      'M56,168.5L178.5,161M423.5,153.5Z',
    );
    expect(linePath([0, 14], [Number.NaN, Number.POSITIVE_INFINITY], x, y)).toBe('');
    expect(linePath([], [], x, y)).toBe('');
  });

  // The path d3-shape's line() drew (chart-geometry.ts), to the character. Drop this check
  // together with that function.
  it('is the path d3-shape drew, for any series and stride', () => {
    const value = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -5, max: 25, noNaN: true }) },
      { weight: 1, arbitrary: fc.constant(Number.NaN) },
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (v, s) => {
        const t = v.map((_, i) => (i * 28) / Math.max(1, v.length - 1));
        expect(linePath(t, v, x, y, s)).toBe(d3LinePath(t, v, x, y, s));
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
