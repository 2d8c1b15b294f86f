/**
 * What the explorer's charts and their data tables draw: the runs (simulated courses) shown
 * together, one sample per whole day, runs of equal grade as bands, and support levels in words.
 */
import type { Simulation } from '../model/cascade';
import { DRUGS, type Drug } from '../model/drugs';
import { BP_SUPPORT, O2_SUPPORT, type BpSupport, type O2Support } from '../model/grading';
import { levelAt } from '../model/grading-inputs';
import type { Series } from '../model/series';
import { BP_BAND, BP_SHORT, DRUG_SHORT, O2_BAND, O2_SHORT, type Words } from '../model/words';
import { formatDay } from '../lib/format';
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

/** A support level of the model's series (an index into BP_SUPPORT) in a few words: "Fluids". */
export function bpWordOfLevel(level: number, words: Words<BpSupport> = BP_SHORT): string {
  return words[levelAt(BP_SUPPORT, level)];
}

/** An oxygen support level of the model's series in a few words: "High-flow oxygen". */
export function o2WordOfLevel(level: number, words: Words<O2Support> = O2_SHORT): string {
  return words[levelAt(O2_SUPPORT, level)];
}

/** "1 fluids, 2 one vasopressor, 3 several": the numbers a band carries, with their words. */
export function numbered<T extends string>(levels: readonly T[], words: Words<T>): string {
  return levels
    .slice(1)
    .map((level, i) => `${i + 1} ${words[level]}`)
    .join(', ');
}

/** The legend of the support bands: what each number in a band stands for. */
export const SUPPORT_LEGEND = `Numbers in the bands: blood pressure ${numbered(BP_SUPPORT, BP_BAND)}; oxygen ${numbered(O2_SUPPORT, O2_BAND)}.`;

/** Where a drug starts on a time chart: a line at its day with its name in a row of labels. */
export interface DrugMark {
  readonly id: string;
  readonly day: number;
  /** The drug's name, after its scenario's when A is drawn beside B ("B: Anakinra"). */
  readonly label: string;
  readonly style: RunStyle;
  /** Row of the label (0 at the top), so labels close in time do not overlap. */
  readonly row: number;
}

/** Width of a label's character, in the charts' pixels (13 px text). */
const CHAR_PX = 7;

/**
 * Each drug start of each run, in order of day, with its label's row: a label takes the first
 * row where it clears the one before it, `pxPerDay` being the chart's scale. Beside B, each name
 * says its scenario ("B: Anakinra").
 */
export function drugMarks(
  runs: readonly Run[],
  pxPerDay: number,
  names: Words<Drug> = DRUG_SHORT,
): DrugMark[] {
  // Beside B, each name says its scenario; the arms each have one drug, named by the arm.
  const ab = runs.some((run) => run.id === 'b');
  const marks = runs
    .flatMap((run) =>
      DRUGS.flatMap((drug) => {
        const day = run.sim.drugStarts[drug];
        if (day === null) return [];
        const label = `${ab ? (run.id === 'b' ? 'B: ' : 'A: ') : ''}${names[drug]}`;
        return [{ id: `${run.id}-${drug}`, day, label, style: run.style }];
      }),
    )
    .sort((a, b) => a.day - b.day);
  /** Where each row's last label ends, in days. */
  const ends: number[] = [];
  return marks.map((mark) => {
    let row = ends.findIndex((end) => end <= mark.day);
    if (row < 0) row = ends.length;
    ends[row] = mark.day + ((mark.label.length + 2) * CHAR_PX) / pxPerDay;
    return { ...mark, row };
  });
}

/** "Tocilizumab starts on day 2.1." The drug starts of a chart, for its accessible name. */
export function drugStartsSentence(marks: readonly DrugMark[]): string {
  return marks.map((mark) => `${mark.label} starts on day ${formatDay(mark.day)}.`).join(' ');
}
