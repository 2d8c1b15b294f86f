import { describe, expect, it } from 'vitest';
import type { CohortAnswer } from './cohort-protocol';
import { trialHeadline } from './cohort-answer';
import { GRADE_SHAPES, GRADE_WORDS, cohortView } from './cohort-view';

const answerFor = (therapy: string, counts: number[]): CohortAnswer => ({
  kind: 'cohort',
  id: 1,
  query: `therapy=${therapy}&burden=60`,
  burden: 60,
  counts,
  trial: trialHeadline(therapy),
  product: therapy !== 'cart-cd28' && therapy !== 'bispecific',
});

describe('the panel words', () => {
  it('the table and the sentence give the icon counts', () => {
    const counts = [2, 3, 48, 29, 18];
    for (const view of ['patient', 'clinician'] as const) {
      const v = cohortView(answerFor('cart-cd28', counts), view);
      expect(v.rows.map((row) => row.count)).toEqual(counts);
      expect(v.rows.map((row) => row.label)).toEqual(GRADE_WORDS[view]);
      expect(v.sentence).toContain('47');
    }
    expect(cohortView(answerFor('cart-cd28', counts), 'patient').sentence).toBe(
      'Of 100 virtual people like this (the same treatment and about as much cancer), 2 had no CRS, 51 had mild or moderate CRS and 47 had severe CRS (grade 3 or 4).',
    );
    expect(cohortView(answerFor('cart-cd28', counts), 'clinician').sentence).toContain(
      'grade 0: 2, grade 1: 3, grade 2: 48, grade 3: 29, grade 4: 18',
    );
  });

  it('patient view: the trial figure in plain words, from trials.ts, with its sources', () => {
    const v = cohortView(answerFor('axi-cel', [0, 10, 60, 20, 10]), 'patient');
    expect(v.trial.text).toBe(
      'In the trial of this medicine (ZUMA-1, 108 people), about 13 in 100 people had severe CRS.',
    );
    expect(v.trial.sources.map((s) => s.key)).toEqual(['kite-yescarta-label', 'neelapu2017zuma1']);
    const elra = cohortView(answerFor('elranatamab', [40, 50, 10, 0, 0]), 'patient');
    expect(elra.trial.text).toContain('none of the 123 people had severe CRS');
  });

  it('clinician view: the share, the trial size and its grading scale', () => {
    const v = cohortView(answerFor('tisa-cel', [30, 30, 20, 15, 5]), 'clinician');
    expect(v.trial.text).toBe(
      'JULIET (n = 111, Penn, not ASTCT grading): grade ≥ 3 CRS 22%; any grade 58%.',
    );
    const tec = cohortView(answerFor('teclistamab', [30, 50, 20, 0, 0]), 'clinician');
    expect(tec.trial.text).toContain('grade ≥ 3 CRS 0.6%; any grade 72.1%');
  });

  it('a generic therapy says there is no single trial; a product without a figure says so', () => {
    for (const view of ['patient', 'clinician'] as const) {
      const generic = cohortView(answerFor('bispecific', [100, 0, 0, 0, 0]), view);
      expect(generic.trial.text).toMatch(/no single trial/);
      expect(generic.trial.sources).toEqual([]);
      const obe = cohortView(answerFor('obe-cel', [100, 0, 0, 0, 0]), view);
      expect(obe.trial.text).toMatch(/could not confirm|could be confirmed/);
      expect(obe.trial.text).not.toMatch(/\d+ in 100|%/);
    }
  });
});

describe('the icons', () => {
  it('draw each grade, 0 to 4, with its own shape (the cue beside colour)', () => {
    expect(GRADE_SHAPES).toHaveLength(GRADE_WORDS.patient.length);
    expect(new Set(GRADE_SHAPES).size).toBe(GRADE_SHAPES.length);
  });
});
