import { describe, expect, it } from 'vitest';
import { SUPPORT_LEGEND, bpWordOfLevel, dailyIndices, gradeRuns, o2WordOfLevel } from './chart';
import { run } from './testing/simulations';

describe('dailyIndices', () => {
  const { sim } = run('');
  it('gives one sample per whole day, 0 to 28', () => {
    const days = dailyIndices(sim.series).map((i) => sim.series.t[i]);
    expect(days).toHaveLength(29);
    days.forEach((t, d) => expect(t).toBeCloseTo(d, 6));
  });
});

describe('gradeRuns', () => {
  it('tiles the time axis with runs of equal grade', () => {
    const t = [0, 1, 2, 3, 4, 5];
    expect(gradeRuns(t, [0, 0, 1, 2, 2, 0])).toEqual([
      { start: 0, end: 1.5, grade: 0 },
      { start: 1.5, end: 2.5, grade: 1 },
      { start: 2.5, end: 4.5, grade: 2 },
      { start: 4.5, end: 5, grade: 0 },
    ]);
    expect(gradeRuns([0, 1], [3, 3])).toEqual([{ start: 0, end: 1, grade: 3 }]);
    expect(gradeRuns([], [])).toEqual([]);
  });
});

describe('support levels in words', () => {
  it('word each level of the model, clamping stray ones', () => {
    expect([0, 1, 2, 3].map(bpWordOfLevel)).toEqual([
      'None',
      'Fluids',
      'One vasopressor',
      'Several vasopressors',
    ]);
    expect([0, 1, 2, 3].map(o2WordOfLevel)).toEqual([
      'None',
      'Low-flow oxygen',
      'High-flow oxygen',
      'Positive pressure',
    ]);
    expect(bpWordOfLevel(7)).toBe('Several vasopressors');
    expect(o2WordOfLevel(Number.NaN)).toBe('None');
  });

  it('say what the numbers in the bands stand for', () => {
    expect(SUPPORT_LEGEND).toBe(
      'Numbers in the bands: blood pressure 1 fluids, 2 one vasopressor, 3 several; oxygen 1 low-flow, 2 high-flow, 3 positive pressure.',
    );
  });
});
