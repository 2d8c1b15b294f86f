/**
 * The model's series hold support levels and ICANS findings as numbers: indices into the level
 * lists of ./grading.ts (`bpSupport` into BP_SUPPORT, `consciousness` into CONSCIOUSNESS…).
 * `gradingInputsAt` decodes one sample back into the inputs of `gradeCrs` and `gradeIcans`, with
 * the model's own masked-fever decision, so a page can explain (or link to a calculator for) a
 * simulated moment and get exactly the grade the model gave it.
 */
import { GRADING_LEVELS as LEVELS, type CrsInputs, type IcansInputs } from './grading.ts';
import type { Series } from './series.ts';

/** What decoding needs from a simulation (a `Simulation` from ./cascade.ts has both). */
export interface SimulatedCourse {
  readonly series: Series;
  /** First day fever no longer counts toward grades 2–4, or null (see `Simulation`). */
  readonly feverMaskedFrom: number | null;
}

/** Both graders' inputs at one output sample. */
export interface GradingInputs {
  readonly crs: CrsInputs;
  readonly icans: IcansInputs;
}

/**
 * True when fever no longer counts toward CRS grades 2–4 on `day` (ASTCT), as the model decided
 * it: CRS came first and a masking drug has since started.
 */
export function feverMaskedAt(course: SimulatedCourse, day: number): boolean {
  return course.feverMaskedFrom !== null && course.feverMaskedFrom <= day + 1e-9;
}

/** The level a series value stands for (rounded; out-of-range values clamped to the list). */
export function levelAt<T>(levels: readonly T[], value: number): T {
  return levels[Math.max(0, Math.min(levels.length - 1, Math.round(value) || 0))]!;
}

/**
 * The CRS and ICANS inputs of output sample `index` (clamped to the series), decoded from the
 * model's level encoding: the exact simulated temperature, the support and ICANS levels by
 * name, and whether fever was masked then. The model has no motor findings (`motor: 'none'`).
 */
export function gradingInputsAt(course: SimulatedCourse, index: number): GradingInputs {
  const s = course.series;
  const i = Math.max(0, Math.min(s.t.length - 1, index));
  const value = (key: keyof Series) => s[key][i] ?? 0;
  return {
    crs: {
      temperature: value('temperature'),
      bp: levelAt(LEVELS.bp, value('bpSupport')),
      o2: levelAt(LEVELS.o2, value('o2Support')),
      masked: feverMaskedAt(course, value('t')),
    },
    icans: {
      ice: Math.max(0, Math.min(10, Math.round(value('ice')) || 0)),
      consciousness: levelAt(LEVELS.consciousness, value('consciousness')),
      seizure: levelAt(LEVELS.seizure, value('seizure')),
      motor: LEVELS.motor[0],
      edema: levelAt(LEVELS.edema, value('edema')),
    },
  };
}
