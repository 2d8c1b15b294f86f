import { describe, expect, it } from 'vitest';
import { simulate } from './cascade.ts';
import { gradeCrs, gradeIcans } from './grading.ts';
import { feverMaskedAt, gradingInputsAt } from './grading-inputs.ts';
import { parse } from './scenario.ts';
import type { Series } from './series.ts';

/** The explorer's agreement scenarios, and a few more drug timings. */
const QUERIES = [
  '',
  'burden=80',
  'burden=80&tocilizumab=grade2',
  'burden=80&anakinra=day0&antipyretic=fever',
  'burden=100&dexamethasone=day3&siltuximab=grade3',
  'burden=100&dexamethasone=fever&antipyretic=fever',
  'therapy=bispecific&burden=60&tocilizumab=fever',
  'therapy=bispecific&burden=60&anakinra=day0&antipyretic=fever',
  'therapy=intratumoral&burden=90&dose=high&siltuximab=grade3',
];

describe('gradingInputsAt: the model decodes its own series for the graders', () => {
  it.each(QUERIES)('grades every sample exactly as the model did (%j)', (query) => {
    const sim = simulate(parse(query).scenario);
    for (let i = 0; i < sim.series.t.length; i++) {
      const { crs, icans } = gradingInputsAt(sim, i);
      const day = sim.series.t[i];
      expect(gradeCrs(crs).grade, `crs on day ${day}`).toBe(sim.series.crsGrade[i]);
      expect(gradeIcans(icans).grade, `icans on day ${day}`).toBe(sim.series.icansGrade[i]);
    }
  });

  it('marks fever masked from the day the model did, never before', () => {
    const sim = simulate(parse('burden=80&tocilizumab=grade2').scenario);
    const from = sim.feverMaskedFrom;
    expect(from).not.toBeNull();
    sim.series.t.forEach((t, i) => {
      expect(gradingInputsAt(sim, i).crs.masked, `day ${t}`).toBe(t >= from! - 1e-9);
    });
    expect(feverMaskedAt({ ...sim, feverMaskedFrom: null }, 28)).toBe(false);
  });

  it('decodes levels by name, rounding and clamping stray values, and clamps the index', () => {
    const one = (value: number) => [value];
    const series = {
      t: one(3),
      temperature: one(38.26),
      bpSupport: one(2),
      o2Support: one(7),
      ice: one(4.4),
      consciousness: one(2),
      seizure: one(-1),
      edema: one(1),
    } as unknown as Series;
    const inputs = gradingInputsAt({ series, feverMaskedFrom: 2.5 }, 5);
    expect(inputs).toEqual({
      crs: { temperature: 38.26, bp: 'one-pressor', o2: 'positive-pressure', masked: true },
      icans: {
        ice: 4,
        consciousness: 'voice',
        seizure: 'none',
        motor: 'none',
        edema: 'focal',
      },
    });
  });
});
