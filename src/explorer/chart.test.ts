import { describe, expect, it } from 'vitest';
import { formatDay } from '../lib/format';
import {
  SUPPORT_LEGEND,
  bpWordOfLevel,
  dailyIndices,
  drugMarks,
  drugStartsSentence,
  gradeRuns,
  o2WordOfLevel,
  type Run,
} from './chart';
import { run as course } from './testing/simulations';

describe('dailyIndices', () => {
  const { sim } = course('');
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
    expect([0, 1, 2, 3].map((level) => bpWordOfLevel(level))).toEqual([
      'None',
      'Fluids',
      'One vasopressor',
      'Several vasopressors',
    ]);
    expect([0, 1, 2, 3].map((level) => o2WordOfLevel(level))).toEqual([
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

describe('drugMarks', () => {
  const run = (id: string, label: string, query: string, style: Run['style'] = 'main'): Run => ({
    id,
    label,
    sim: course(query).sim,
    style,
  });

  it('marks each drug where it starts, with labels in rows that do not overlap', () => {
    const runs = [
      run(
        'main',
        'This scenario',
        'burden=80&tocilizumab=grade2&anakinra=grade2&dexamethasone=day9',
      ),
    ];
    const marks = drugMarks(runs, 30);
    const start = runs[0]!.sim.drugStarts;
    expect(marks.map((m) => [m.label, m.day, m.row])).toEqual([
      ['Tocilizumab', start.tocilizumab, 0],
      ['Anakinra', start.anakinra, 1],
      ['Dexamethasone', 9, 0],
    ]);
    // On a narrow chart a label apart in time can need a row of its own too.
    expect(drugMarks(runs, 10).map((m) => m.row)).toEqual([0, 1, 2]);
    expect(drugStartsSentence(marks)).toBe(
      `Tocilizumab starts on day ${formatDay(start.tocilizumab ?? 0)}. Anakinra starts on day ${formatDay(start.anakinra ?? 0)}. Dexamethasone starts on day 9.`,
    );
  });

  it('says which scenario beside B, and skips drugs that never start', () => {
    const runs = [
      run('main', 'Scenario A', 'burden=80&tocilizumab=grade2'),
      run('b', 'Scenario B', 'burden=80&anakinra=grade2&siltuximab=grade3', 'arm2'),
    ];
    const marks = drugMarks(runs, 10);
    expect(marks.map((m) => [m.label, m.style])).toEqual(
      expect.arrayContaining([
        ['A: Tocilizumab', 'main'],
        ['B: Anakinra', 'arm2'],
      ]),
    );
    expect(marks.some((m) => m.label.includes('Siltuximab'))).toBe(
      runs[1]!.sim.drugStarts.siltuximab !== null,
    );
    expect(drugMarks([run('none', 'No drug', 'burden=80')], 10)).toEqual([]);
  });
});
