/**
 * The calculators' inputs as text, printed instead of the controls ("Blood pressure: One
 * vasopressor…"): what the reader entered, in the words of the input labels, and "not given"
 * for an input left empty (nothing is assumed, on paper either).
 */
import type { CrsDraft, IcansDraft } from '../model/grade-encode';
import type { IcansInputs } from '../model/grading';
import { formatTemperature } from '../model/temperature';
import {
  BP_CHOICES,
  CONSCIOUSNESS_CHOICES,
  EDEMA_CHOICES,
  MOTOR_CHOICES,
  O2_CHOICES,
  SEIZURE_CHOICES,
  labelOf,
  type Choice,
} from './consensus-tables';

/** One line of the printed summary: the input, and its value in words. */
export interface SummaryRow {
  readonly term: string;
  readonly value: string;
}

const NOT_GIVEN = 'not given';

function chosen<T extends string>(choices: readonly Choice<T>[], value: T | null): string {
  return value === null ? NOT_GIVEN : labelOf(choices, value);
}

/** The CRS calculator's inputs as text. */
export function crsSummary(draft: CrsDraft): SummaryRow[] {
  const { temperature, masked } = draft;
  return [
    {
      term: 'Temperature',
      value: temperature === null ? NOT_GIVEN : formatTemperature(temperature),
    },
    {
      term: 'Fever masked',
      value:
        masked === null
          ? NOT_GIVEN
          : masked
            ? 'Yes: antipyretic or anti-cytokine drug given after CRS was diagnosed'
            : 'No',
    },
    { term: 'Blood pressure', value: chosen(BP_CHOICES, draft.bp) },
    { term: 'Oxygen', value: chosen(O2_CHOICES, draft.o2) },
  ];
}

/**
 * The ICANS calculator's inputs as text. The ICE score is the one graded when there is a grade
 * (0 for a patient who cannot be roused, though none was typed), else the one typed.
 */
export function icansSummary(draft: IcansDraft, inputs: IcansInputs | null): SummaryRow[] {
  const ice = inputs?.ice ?? draft.ice;
  return [
    { term: 'ICE score', value: ice === null ? NOT_GIVEN : `${ice} of 10` },
    { term: 'Consciousness', value: chosen(CONSCIOUSNESS_CHOICES, draft.consciousness) },
    { term: 'Seizure', value: chosen(SEIZURE_CHOICES, draft.seizure) },
    { term: 'Motor', value: chosen(MOTOR_CHOICES, draft.motor) },
    { term: 'Raised ICP / edema', value: chosen(EDEMA_CHOICES, draft.edema) },
  ];
}
