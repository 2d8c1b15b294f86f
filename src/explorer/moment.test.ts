import { describe, expect, it } from 'vitest';
import { makeScenario } from '../model/scenario';
import { careWords, indexAt, momentAt, summarySentence, type Moment } from './moment';
import { peakIndex, run } from './testing/simulations';

describe('indexAt', () => {
  const { sim } = run('');
  it('maps days to the 0.1-day sample grid, clamped', () => {
    expect(indexAt(sim.series, 0)).toBe(0);
    expect(sim.series.t[indexAt(sim.series, 3.4)]).toBeCloseTo(3.4, 6);
    expect(indexAt(sim.series, -5)).toBe(0);
    expect(indexAt(sim.series, 99)).toBe(sim.series.t.length - 1);
  });
});

describe('momentAt', () => {
  const scenarios = [
    '',
    'burden=80',
    'burden=80&tocilizumab=grade2',
    'burden=80&anakinra=day0&antipyretic=fever',
    'burden=100&dexamethasone=day3&siltuximab=grade3',
    'therapy=bispecific&burden=60&tocilizumab=fever',
  ];

  it('grades every sample exactly as the model did', () => {
    for (const query of scenarios) {
      const { sim } = run(query);
      for (let i = 0; i < sim.series.t.length; i++) {
        const m = momentAt(sim, i);
        expect(m.crs.grade, `${query} crs at t=${m.day}`).toBe(m.crsGrade);
        expect(m.icans.grade, `${query} icans at t=${m.day}`).toBe(m.icansGrade);
      }
    }
  });

  it('lists the drugs that have started and their effect', () => {
    const { sim } = run('burden=80&tocilizumab=grade2');
    const start = sim.drugStarts.tocilizumab ?? Infinity;
    const before = momentAt(sim, indexAt(sim.series, start - 0.5));
    const after = momentAt(sim, indexAt(sim.series, start + 1));
    expect(before.drugs).toEqual([]);
    expect(after.drugs.map((d) => d.drug)).toEqual(['tocilizumab']);
    expect(after.drugs[0]?.effect).toBeGreaterThan(0.5);
    expect(after.masked).toBe(true);
    expect(before.masked).toBe(false);
  });

  it('links the moment to the calculators with its inputs', () => {
    const { sim } = run('burden=80');
    const m = momentAt(sim, peakIndex(sim.series.crsGrade));
    expect(m.crsToolHref).toMatch(/^\/tools\/crs-grade\/\?temp=\d+(\.\d)?/);
    expect(m.icansToolHref).toMatch(/^\/tools\/icans-grade\/\?/);
  });

  it('reports symptoms in plain words with a severity', () => {
    const { sim } = run('burden=80');
    const m = momentAt(sim, peakIndex(sim.series.crsGrade));
    expect(m.symptoms.length).toBeGreaterThan(5);
    const fever = m.symptoms.find((s) => s.id === 'fever');
    expect(fever?.severity).toBeGreaterThan(0);
    expect(['mild', 'moderate', 'severe']).toContain(fever?.severityLabel);
  });
});

describe('summarySentence', () => {
  it('names the day, the temperature in both units, the support and the grade', () => {
    const { sim } = run('burden=80');
    const m = momentAt(sim, peakIndex(sim.series.crsGrade));
    const text = summarySentence(m);
    expect(text).toMatch(
      /^Day \d+(\.\d)?: fever \d\d\.\d °C \(\d{2,3}\.\d °F\), needs .+ — CRS grade \d/,
    );
  });

  it('is calm on a quiet day', () => {
    const { sim } = run('burden=10');
    expect(summarySentence(momentAt(sim, 0))).toMatch(
      /^Day 0: temperature 3\d\.\d °C \(\d+\.\d °F\) — no CRS\.$/,
    );
  });

  it('words each support level', () => {
    const base = momentAt(run('burden=80').sim, 40);
    const moment = (patch: Partial<Moment>): string => summarySentence({ ...base, ...patch });
    expect(
      moment({ fever: true, bp: 'one-pressor', o2: 'none', crsGrade: 3, icansGrade: 0 }),
    ).toContain('needs one vasopressor — CRS grade 3.');
    expect(moment({ bp: 'fluids', o2: 'high-flow', crsGrade: 3, icansGrade: 2 })).toContain(
      'needs fluids for low blood pressure and high-flow oxygen — CRS grade 3, ICANS grade 2.',
    );
    expect(moment({ fever: false, masked: true, bp: 'fluids', o2: 'none', crsGrade: 2 })).toContain(
      'fever hidden by drugs',
    );
  });
});

it('makeScenario matches parse for the test scenarios', () => {
  expect(run('burden=80&tocilizumab=grade2').scenario).toEqual(
    makeScenario({ burden: 80, drugs: { tocilizumab: 'grade2' } }),
  );
});

describe('careWords', () => {
  it('says what the care team might be giving, in plain words', () => {
    const base = momentAt(run('burden=80').sim, 40);
    const care = (patch: Partial<Moment>) => careWords({ ...base, ...patch });
    expect(care({ bp: 'none', o2: 'none' })).toEqual([]);
    expect(care({ bp: 'fluids', o2: 'high-flow' })).toEqual([
      'fluids through a drip to support blood pressure',
      'more oxygen, through a high-flow tube or a mask',
    ]);
    expect(care({ bp: 'one-pressor', o2: 'none' })).toEqual([
      'a medicine that raises blood pressure (a vasopressor)',
    ]);
  });
});
