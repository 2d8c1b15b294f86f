/**
 * Grading against the ASTCT 2019 consensus tables (Lee et al. 2019, medical-facts.md §3).
 * The vignettes are our own, one per row of each table plus the edge cases.
 */
import { describe, expect, it } from 'vitest';
import {
  GRADING_LEVELS as LEVELS,
  crsGradeOf,
  gradeCrs,
  gradeIcans,
  icansGradeOf,
  temperatureTenths,
} from './grading.ts';
import { crs, icans } from './testing/patients.ts';

describe('CRS grade: one vignette per row of the ASTCT table', () => {
  it('grade 0: no fever, no drug', () => {
    const r = gradeCrs(crs({ temperature: 37.4 }));
    expect(r).toMatchObject({ grade: 0, criterion: 'none' });
    expect(r.because).toMatch(/no fever/i);
  });

  it('grade 1: fever 38.6 °C without hypotension or hypoxia', () => {
    expect(gradeCrs(crs({ temperature: 38.6 }))).toMatchObject({ grade: 1, criterion: 'fever' });
  });

  it('grade 2 by hypotension: fever with a fluid bolus, no vasopressor', () => {
    expect(gradeCrs(crs({ temperature: 39.1, bp: 'fluids' }))).toMatchObject({
      grade: 2,
      criterion: 'hypotension',
    });
  });

  it('grade 2 by hypoxia: fever with low-flow nasal cannula (≤ 6 L/min)', () => {
    expect(gradeCrs(crs({ temperature: 38.4, o2: 'low-flow' }))).toMatchObject({
      grade: 2,
      criterion: 'hypoxia',
    });
  });

  it('grade 3 by hypotension: one vasopressor (vasopressin alongside still counts as one)', () => {
    expect(gradeCrs(crs({ temperature: 38.2, bp: 'one-pressor' }))).toMatchObject({
      grade: 3,
      criterion: 'hypotension',
    });
  });

  it('grade 3 by hypoxia: high-flow oxygen (> 6 L/min)', () => {
    expect(gradeCrs(crs({ temperature: 39.5, o2: 'high-flow' }))).toMatchObject({
      grade: 3,
      criterion: 'hypoxia',
    });
  });

  it('grade 4 by hypotension: several vasopressors', () => {
    expect(gradeCrs(crs({ temperature: 40.1, bp: 'multiple-pressors' }))).toMatchObject({
      grade: 4,
      criterion: 'hypotension',
    });
  });

  it('grade 4 by hypoxia: positive pressure (CPAP, BiPAP, ventilation)', () => {
    expect(gradeCrs(crs({ temperature: 38.8, o2: 'positive-pressure' }))).toMatchObject({
      grade: 4,
      criterion: 'hypoxia',
    });
  });
});

describe('CRS grade: consensus rules and edge cases', () => {
  it('exactly 38.0 °C is fever; 37.9 °C is not', () => {
    expect(gradeCrs(crs({ temperature: 38.0 })).grade).toBe(1);
    expect(gradeCrs(crs({ temperature: 37.9 })).grade).toBe(0);
  });

  it('the worse of hypotension and hypoxia sets the grade (the issue example: grade 3)', () => {
    const r = gradeCrs(crs({ temperature: 38.9, bp: 'one-pressor', o2: 'low-flow' }));
    expect(r).toMatchObject({ grade: 3, criterion: 'hypotension', criteria: ['hypotension'] });
    const s = gradeCrs(crs({ temperature: 38.9, bp: 'fluids', o2: 'positive-pressure' }));
    expect(s).toMatchObject({ grade: 4, criterion: 'hypoxia' });
  });

  it('a tie names both criteria', () => {
    const r = gradeCrs(crs({ temperature: 39, bp: 'one-pressor', o2: 'high-flow' }));
    expect(r.criteria).toEqual(['hypotension', 'hypoxia']);
  });

  it('masked fever: hypotension and hypoxia still grade without a fever', () => {
    expect(gradeCrs(crs({ temperature: 37.2, bp: 'one-pressor', masked: true })).grade).toBe(3);
    expect(gradeCrs(crs({ temperature: 36.8, o2: 'low-flow', masked: true })).grade).toBe(2);
  });

  it('masked fever: grade 1 still needs a measured temperature of 38.0 °C or more', () => {
    expect(gradeCrs(crs({ temperature: 37.5, masked: true }))).toMatchObject({ grade: 0 });
    expect(gradeCrs(crs({ temperature: 38.0, masked: true }))).toMatchObject({ grade: 1 });
  });

  it('without fever and without a masking drug, hypotension alone is not CRS', () => {
    const r = gradeCrs(crs({ temperature: 37, bp: 'multiple-pressors' }));
    expect(r.grade).toBe(0);
    expect(r.because).toMatch(/not graded as CRS/);
  });

  it('every result explains itself in one sentence', () => {
    for (const bp of LEVELS.bp) {
      for (const o2 of LEVELS.o2) {
        const r = gradeCrs(crs({ temperature: 38.5, bp, o2 }));
        expect(r.because).toMatch(/^[A-Z].*\.$/);
        expect(r.because).toContain(`grade ${r.grade}`);
      }
    }
  });

  it('the allocation-free crsGradeOf agrees with gradeCrs on every input combination', () => {
    for (const temperature of [36.5, 37.99, 38, 38.01, 40.5]) {
      for (const masked of [false, true]) {
        LEVELS.bp.forEach((bp, b) => {
          LEVELS.o2.forEach((o2, o) => {
            expect(crsGradeOf(temperature, b, o, masked)).toBe(
              gradeCrs({ temperature, bp, o2, masked }).grade,
            );
          });
        });
      }
    }
  });
});

describe('ICANS grade: one vignette per cell of the ASTCT table', () => {
  it('no ICANS: ICE 10, alert', () => {
    expect(gradeIcans(icans({}))).toMatchObject({ grade: 0, criterion: 'none' });
  });

  it('ICE domain: 7–9 is grade 1, 3–6 grade 2, 0–2 grade 3', () => {
    for (const [ice, grade] of [
      [9, 1],
      [7, 1],
      [6, 2],
      [3, 2],
      [2, 3],
      [0, 3],
    ] as const) {
      expect(gradeIcans(icans({ ice }))).toMatchObject({ grade, criterion: 'ice' });
    }
  });

  it('ICE 0 while unarousable is grade 4; ICE 0 while awake (e.g. global aphasia) is grade 3', () => {
    const asleep = gradeIcans(icans({ ice: 0, consciousness: 'unarousable' }));
    expect(asleep.grade).toBe(4);
    expect(asleep.criteria).toEqual(['ice', 'consciousness']);
    expect(gradeIcans(icans({ ice: 0, consciousness: 'awake' })).grade).toBe(3);
    // Rousable by vigorous touch: ICE 0 is the ICE domain's grade 3; consciousness sets 4.
    const vigorous = gradeIcans(icans({ ice: 0, consciousness: 'vigorous' }));
    expect(vigorous.domainGrades.ice).toBe(3);
    expect(vigorous).toMatchObject({ grade: 4, criteria: ['consciousness'] });
  });

  it('consciousness: wakes spontaneously 1, to voice 2, to touch 3, to vigorous touch or unarousable 4', () => {
    for (const [consciousness, grade] of [
      ['spontaneous', 1],
      ['voice', 2],
      ['touch', 3],
      ['vigorous', 4],
      ['unarousable', 4],
    ] as const) {
      expect(gradeIcans(icans({ ice: 10, consciousness }))).toMatchObject({
        grade,
        criterion: 'consciousness',
      });
    }
  });

  it('seizure: a focal or generalized seizure that resolves quickly is 3; prolonged is 4', () => {
    expect(gradeIcans(icans({ seizure: 'focal-resolves' }))).toMatchObject({
      grade: 3,
      criterion: 'seizure',
    });
    expect(gradeIcans(icans({ seizure: 'generalized' }))).toMatchObject({
      grade: 3,
      criterion: 'seizure',
    });
    expect(gradeIcans(icans({ seizure: 'prolonged' }))).toMatchObject({
      grade: 4,
      criterion: 'seizure',
    });
  });

  it('motor: deep focal weakness is grade 4', () => {
    expect(gradeIcans(icans({ motor: 'weakness' }))).toMatchObject({
      grade: 4,
      criterion: 'motor',
    });
  });

  it('edema: focal on imaging is 3; diffuse is 4', () => {
    expect(gradeIcans(icans({ edema: 'focal' }))).toMatchObject({ grade: 3, criterion: 'edema' });
    expect(gradeIcans(icans({ edema: 'diffuse' }))).toMatchObject({ grade: 4, criterion: 'edema' });
  });

  it('the most severe domain decides (the issue example: ICE 6 and wakes to voice is grade 2)', () => {
    const r = gradeIcans(icans({ ice: 6, consciousness: 'voice' }));
    expect(r).toMatchObject({ grade: 2, criteria: ['ice', 'consciousness'] });
    const s = gradeIcans(icans({ ice: 8, consciousness: 'spontaneous', edema: 'focal' }));
    expect(s).toMatchObject({ grade: 3, criterion: 'edema' });
    expect(s.domainGrades).toEqual({ ice: 1, consciousness: 1, seizure: 0, motor: 0, edema: 3 });
  });

  it('rejects an impossible ICE score', () => {
    expect(() => gradeIcans(icans({ ice: 11 }))).toThrow(RangeError);
    expect(() => gradeIcans(icans({ ice: 4.5 }))).toThrow(RangeError);
  });

  it('the allocation-free icansGradeOf agrees with gradeIcans on every combination', () => {
    for (let ice = 0; ice <= 10; ice++) {
      LEVELS.consciousness.forEach((consciousness, c) => {
        LEVELS.seizure.forEach((seizure, s) => {
          LEVELS.motor.forEach((motor, m) => {
            LEVELS.edema.forEach((edema, e) => {
              expect(icansGradeOf(ice, c, s, m, e)).toBe(
                gradeIcans({ ice, consciousness, seizure, motor, edema }).grade,
              );
            });
          });
        });
      });
    }
  });
});

describe('temperatures in the explanation agree with the grade', () => {
  it('never shows a temperature just under the line as 38.0 °C', () => {
    const result = gradeCrs({ temperature: 37.96, bp: 'none', o2: 'none', masked: false });
    expect(result.grade).toBe(0);
    expect(result.because).toContain('37.9 °C');
    expect(result.because).not.toContain('38.0 °C is below');
  });

  it('rounds other readings to one decimal as a thermometer shows them', () => {
    expect(temperatureTenths(38.46)).toBe(38.5);
    expect(temperatureTenths(37.44)).toBe(37.4);
    expect(temperatureTenths(38.0)).toBe(38.0);
  });

  it('refuses a temperature that is not a number instead of grading it', () => {
    expect(() =>
      gradeCrs({ temperature: Number.NaN, bp: 'none', o2: 'none', masked: false }),
    ).toThrow(RangeError);
  });
});
