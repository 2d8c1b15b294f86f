/**
 * The words and rows of "100 people like this": the virtual people's worst CRS grades as a
 * table and a sentence (the icon array's text twin, with the same counts), and the product's
 * trial figure beside them, worded for the patient or the clinician view. The counts come from
 * the cohort worker (./cohort-answer.ts); nothing here runs the model.
 */
import { inHundred } from '../model/cohort-icons';
import type { CohortAnswer, TrialHeadline, TrialSource } from './cohort-protocol';
import type { View } from './view-query';

/** Each worst CRS grade in words (grade = index), as the icon array's legend and table say it. */
export const GRADE_WORDS: Readonly<Record<View, readonly string[]>> = {
  patient: [
    'No CRS',
    'Fever only (grade 1)',
    'Fever with low blood pressure or a little oxygen (grade 2)',
    'Needed a medicine to raise blood pressure, or more oxygen (grade 3)',
    'Needed several such medicines, or a breathing machine (grade 4)',
  ],
  clinician: [
    'No CRS',
    'Grade 1',
    'Grade 2',
    'Grade 3 (one vasopressor or high-flow oxygen)',
    'Grade 4 (several vasopressors or positive pressure)',
  ],
};

/**
 * Each grade's icon as an SVG path around (0, 0), about 8 units across: the shape is the second
 * cue beside the colour (open circle, dot, square, triangle, diamond), so grades differ without
 * colour too.
 */
export const GRADE_SHAPES: readonly string[] = [
  'M-3,0a3,3 0 1,0 6,0a3,3 0 1,0 -6,0Z',
  'M-3.6,0a3.6,3.6 0 1,0 7.2,0a3.6,3.6 0 1,0 -7.2,0Z',
  'M-3.3,-3.3H3.3V3.3H-3.3Z',
  'M0,-4L4.2,3.4H-4.2Z',
  'M0,-4.4L4.4,0L0,4.4L-4.4,0Z',
];

export interface CohortRow {
  readonly grade: number;
  readonly label: string;
  readonly count: number;
}

/** What the trial column says, with the sources to cite (none when there is no trial). */
export interface TrialText {
  readonly text: string;
  readonly sources: readonly TrialSource[];
}

export interface CohortView {
  readonly rows: readonly CohortRow[];
  /** The icon array in one sentence (what a screen reader hears first). */
  readonly sentence: string;
  readonly trial: TrialText;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

function severeOf(counts: readonly number[]): number {
  return (counts[3] ?? 0) + (counts[4] ?? 0);
}

function cohortSentence(counts: readonly number[], burden: number, view: View): string {
  const severe = severeOf(counts);
  const none = counts[0] ?? 0;
  if (view === 'patient') {
    return `Of 100 virtual people like this (the same treatment and about as much cancer), ${none} had no CRS, ${100 - none - severe} had mild or moderate CRS and ${severe} had severe CRS (grade 3 or 4).`;
  }
  const byGrade = counts.map((count, grade) => `grade ${grade}: ${count}`).join(', ');
  return `Worst CRS grade (ASTCT) in 100 virtual patients, burden spread around ${burden}%: ${byGrade}; grade 3 or higher: ${severe}.`;
}

function trialText(trial: TrialHeadline | null, product: boolean, view: View): TrialText {
  if (!product) {
    return {
      text:
        view === 'patient'
          ? 'This is a general kind of treatment, not one medicine, so there is no single trial to compare with. Choose a medicine by name to see its trial.'
          : 'A generic therapy has no single trial to compare with; choose a product to see its pivotal trial.',
      sources: [],
    };
  }
  if (trial === null || trial.severe === null) {
    return {
      text:
        view === 'patient'
          ? 'We could not confirm how many people had severe CRS in the trial of this medicine, so no number is shown.'
          : 'No grade ≥ 3 CRS figure from this product’s pivotal trial could be confirmed in a label or abstract; none is shown.',
      sources: trial?.sources ?? [],
    };
  }
  if (view === 'patient') {
    return {
      text: `In the trial of this medicine (${trial.trial}, ${trial.n} people), ${inHundred(trial.severe, trial.n)} people had severe CRS.`,
      sources: trial.sources,
    };
  }
  const any = trial.any === null ? '' : `; any grade ${percent(trial.any)}`;
  const scale = trial.scale === 'ASTCT' ? 'ASTCT' : `${trial.scale}, not ASTCT`;
  return {
    text: `${trial.trial} (n = ${trial.n}, ${scale} grading): grade ≥ 3 CRS ${percent(trial.severe)}${any}.`,
    sources: trial.sources,
  };
}

/** The panel's rows, sentence and trial words for one answer and view. */
export function cohortView(answer: CohortAnswer, view: View): CohortView {
  return {
    rows: answer.counts.map((count, grade) => ({
      grade,
      label: GRADE_WORDS[view][grade] ?? `Grade ${grade}`,
      count,
    })),
    sentence: cohortSentence(answer.counts, answer.burden, view),
    trial: trialText(answer.trial, answer.product, view),
  };
}
