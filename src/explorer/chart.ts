/**
 * What the explorer's charts and their data tables draw: the runs (simulated courses) shown
 * together, one sample per whole day, runs of equal grade as bands, and support levels in words.
 */
import type { Simulation } from '../model/cascade';
import { BP_SUPPORT, O2_SUPPORT, type BpSupport, type O2Support } from '../model/grading';
import type { Series } from '../model/series';
import { indexAt } from './moment';

/** One simulated course drawn in the charts: the reader's scenario, its no-drug twin, or an arm. */
export interface Run {
  readonly id: string;
  /** Column and legend name, e.g. "No drug". */
  readonly label: string;
  readonly sim: Simulation;
  readonly style: RunStyle;
}

export type RunStyle = 'main' | 'ghost' | 'arm0' | 'arm1' | 'arm2';

/** Sample indices of whole days 0, 1, …, 28 (as far as the series reaches). */
export function dailyIndices(series: Series): number[] {
  const last = series.t.at(-1) ?? 0;
  const days: number[] = [];
  for (let d = 0; d <= Math.floor(last + 1e-9); d++) days.push(indexAt(series, d));
  return days;
}

/** Consecutive samples with the same grade, as spans of days. */
export interface GradeRun {
  readonly start: number;
  readonly end: number;
  readonly grade: number;
}

export function gradeRuns(t: readonly number[], grades: readonly number[]): GradeRun[] {
  const runs: GradeRun[] = [];
  const n = Math.min(t.length, grades.length);
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || grades[i] !== grades[start]) {
      // A run ends halfway to the next sample, so runs tile the axis without gaps.
      const from = start === 0 ? (t[0] ?? 0) : ((t[start - 1] ?? 0) + (t[start] ?? 0)) / 2;
      const to = i === n ? (t[n - 1] ?? 0) : ((t[i - 1] ?? 0) + (t[i] ?? 0)) / 2;
      runs.push({ start: from, end: to, grade: grades[start] ?? 0 });
      start = i;
    }
  }
  return runs;
}

/** Plain words for a support level, for tables and the clinician view. */
export const BP_WORDS: Readonly<Record<BpSupport, string>> = {
  none: 'None',
  fluids: 'Fluids',
  'one-pressor': 'One vasopressor',
  'multiple-pressors': 'Several vasopressors',
};

export const O2_WORDS: Readonly<Record<O2Support, string>> = {
  none: 'None',
  'low-flow': 'Low-flow oxygen',
  'high-flow': 'High-flow oxygen',
  'positive-pressure': 'Positive pressure',
};

export function bpWordOfLevel(level: number): string {
  return BP_WORDS[BP_SUPPORT[Math.max(0, Math.min(3, Math.round(level)))] ?? 'none'];
}

export function o2WordOfLevel(level: number): string {
  return O2_WORDS[O2_SUPPORT[Math.max(0, Math.min(3, Math.round(level)))] ?? 'none'];
}
