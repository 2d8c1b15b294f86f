import { describe, expect, it } from 'vitest';
import {
  cytokineScale,
  dayTicks,
  describeLine,
  linePath,
  lineYScale,
  linearScale,
  maxOf,
  minPositiveOf,
  xScale,
  yTicks,
  type Box,
} from './chart-geometry';

const box: Box = { width: 600, height: 200, top: 10, right: 20, bottom: 30, left: 50 };

describe('scales', () => {
  it('maps days 0–28 across the plot area', () => {
    const x = xScale(box);
    expect(x(0)).toBe(50);
    expect(x(28)).toBe(580);
  });

  it('ticks every 2, 4 or 7 days depending on room, always ending at 28', () => {
    expect(dayTicks(box)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28]);
    expect(dayTicks({ ...box, width: 400 })).toEqual([0, 4, 8, 12, 16, 20, 24, 28]);
    expect(dayTicks({ ...box, width: 300 })).toEqual([0, 7, 14, 21, 28]);
  });

  it('runs a linear cytokine scale from 0 to a nice top', () => {
    const y = cytokineScale('linear', box, 649, 3);
    expect(y.domain()[0]).toBe(0);
    expect(y.domain()[1]).toBeGreaterThanOrEqual(649);
    expect(y(0)).toBe(170);
    expect(yTicks(y).length).toBeGreaterThanOrEqual(3);
  });

  it('runs a log cytokine scale over whole decades and clamps', () => {
    const y = cytokineScale('log', box, 2400, 3);
    expect(y.domain()).toEqual([1, 10000]);
    expect(yTicks(y)).toEqual([1, 10, 100, 1000, 10000]);
    expect(y(0.001)).toBe(170);
  });

  it('makes a nice linear scale', () => {
    const y = linearScale(box, 36.4, 40.2);
    const [lo = Number.NaN, hi = Number.NaN] = y.domain();
    expect(lo).toBeLessThanOrEqual(36.4);
    expect(hi).toBeGreaterThanOrEqual(40.2);
    expect(y(lo)).toBe(170);
    expect(y(hi)).toBe(10);
  });

  it('shows the fever line on every temperature chart, and cytokines as asked', () => {
    const calm = lineYScale('temperature', 'log', box, [[36.9, 37.2]]);
    expect(calm.domain()[0]).toBeLessThanOrEqual(36.5);
    expect(calm.domain()[1]).toBeGreaterThanOrEqual(40);
    // Linear whatever the cytokine setting: equal steps of temperature, equal distances.
    expect(calm(37) - calm(38)).toBeCloseTo(calm(38) - calm(39), 9);
    const hot = lineYScale('temperature', 'linear', box, [[36, 37], [41.3]]);
    expect(hot.domain()[0]).toBeLessThanOrEqual(36);
    expect(hot.domain()[1]).toBeGreaterThanOrEqual(41.3);
    expect(lineYScale('cytokine', 'log', box, [[3, 2400], [0]]).domain()).toEqual([1, 10000]);
    expect(lineYScale('cytokine', 'linear', box, [[0, 1420]]).domain()).toEqual(
      cytokineScale('linear', box, 1420, 1).domain(),
    );
  });
});

describe('lines', () => {
  const t = [0, 1, 2, 3, 4];
  const v = [0, 10, 20, 10, 0];
  const x = xScale(box);
  const y = linearScale(box, 0, 20);

  it('draws every stride-th point and always the last', () => {
    const path = linePath(t, v, x, y, 3);
    expect(path.match(/[ML]/g)).toHaveLength(3);
    expect(linePath(t, v, x, y).match(/[ML]/g)).toHaveLength(5);
  });

  it('skips non-finite values', () => {
    expect(linePath([0, 1, 2], [1, Number.NaN, 2], x, y)).toMatch(/^M[^M]+M/);
  });

  it('leaves a gap where a value is not a finite number, closing a lone point', () => {
    const wide: Box = { width: 560, height: 204, top: 26, right: 14, bottom: 28, left: 56 };
    const [wx, wy] = [xScale(wide), linearScale(wide, 0, 20)];
    expect(linePath([0, 14, 28], [1, Number.NaN, 2], wx, wy)).toBe('M56,168.5ZM546,161Z');
    expect(linePath([0, 7, 14, 21], [1, 2, Number.NaN, 3], wx, wy)).toBe(
      'M56,168.5L178.5,161M423.5,153.5Z',
    );
    expect(linePath([0, 14], [Number.NaN, Number.POSITIVE_INFINITY], wx, wy)).toBe('');
    expect(linePath([], [], wx, wy)).toBe('');
  });

  it('finds the largest and smallest positive values', () => {
    expect(maxOf([1, 5], [3, Number.NaN])).toBe(5);
    expect(minPositiveOf([0, 5], [3])).toBe(3);
    expect(minPositiveOf([])).toBe(1);
  });

  it('describes a line in a sentence', () => {
    expect(describeLine('IL-6', ' pg/mL', t, v)).toBe(
      'IL-6 peaks at 20 pg/mL on day 2 and is 0 pg/mL by day 4.',
    );
    expect(describeLine('IL-6', '', [], [])).toBe('IL-6: no data.');
  });
});
