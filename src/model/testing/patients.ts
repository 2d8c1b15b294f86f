/**
 * The graders' inputs for a calm patient (37 °C, no support, ICE 10, alert, no finding), with
 * the findings a test sets: shared by the grading tests and the calculators' tests.
 */
import type { CrsInputs, IcansInputs } from '../grading.ts';

export const crs = (partial: Partial<CrsInputs>): CrsInputs => ({
  temperature: 37,
  bp: 'none',
  o2: 'none',
  masked: false,
  ...partial,
});

export const icans = (partial: Partial<IcansInputs>): IcansInputs => ({
  ice: 10,
  consciousness: 'awake',
  seizure: 'none',
  motor: 'none',
  edema: 'none',
  ...partial,
});
