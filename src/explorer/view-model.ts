/**
 * What the explorer shows, read from one simulation at one day: the moment (vitals, grades,
 * symptoms, the sentence a screen reader hears), how strongly each part of the diagram glows,
 * how much flows along each arrow, and the drugs acting. Pure: every number comes from the
 * model's series and summary; nothing here computes biology beyond the model's own definitions
 * of effective signals (IL-1 after anakinra, as in src/model/cascade.ts).
 */
import type { Simulation } from '../model/cascade';
import { DRUGS, type Drug } from '../model/drugs';
import {
  BP_SUPPORT,
  isFever,
  O2_SUPPORT,
  gradeCrs,
  gradeIcans,
  temperatureTenths,
  type BpSupport,
  type CrsResult,
  type IcansResult,
  type O2Support,
} from '../model/grading';
import { gradingInputsAt } from '../model/grading-inputs';
import { SEVERITY_LABELS, SYMPTOMS, type SymptomId } from '../model/observables';
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { BURDEN_PRESETS } from '../model/scenario';
import { drugSeriesKey, seriesScale, type Series, type SeriesKey } from '../model/series';
import { formatTemperature } from '../model/temperature';
import { crsToolHref, icansToolHref } from '../tools/links';

/** Index of the output sample nearest to `day` (series are sampled every 0.1 d). */
export function indexAt(series: Series, day: number): number {
  const t = series.t;
  const last = t.length - 1;
  if (last <= 0) return 0;
  const step = (t[last] ?? 0) / last;
  if (!(step > 0)) return 0;
  return Math.min(last, Math.max(0, Math.round(day / step)));
}

/** "3" for whole days, "3.4" otherwise. */
export function formatDay(day: number): string {
  const rounded = Math.round(day * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export interface SymptomNow {
  readonly id: SymptomId;
  readonly label: string;
  /** 0 none … 3 severe. */
  readonly severity: number;
  readonly severityLabel: (typeof SEVERITY_LABELS)[number];
}

export interface DrugNow {
  readonly drug: Drug;
  /** Day it started. */
  readonly startDay: number;
  /** Effect (receptor occupancy) 0–1 now. */
  readonly effect: number;
}

export interface Moment {
  readonly index: number;
  /** Day of the sample shown. */
  readonly day: number;
  /** Temperature as a thermometer shows it, °C. */
  readonly temperature: number;
  readonly fever: boolean;
  /** CRS came first and an anti-cytokine drug or antipyretic has since started, so fever is no longer needed for grades 2–4. */
  readonly masked: boolean;
  readonly bp: BpSupport;
  readonly o2: O2Support;
  readonly crsGrade: number;
  readonly icansGrade: number;
  /** ASTCT grading of this moment, with the criterion that set each grade. */
  readonly crs: CrsResult;
  readonly icans: IcansResult;
  readonly ice: number;
  readonly crp: number;
  readonly il1: number;
  readonly il6: number;
  readonly symptoms: readonly SymptomNow[];
  readonly drugs: readonly DrugNow[];
  readonly crsToolHref: string;
  readonly icansToolHref: string;
}

function value(series: Series, key: SeriesKey, index: number): number {
  return series[key][index] ?? 0;
}

/** Drugs that have started by sample `index`, with their effect now. */
export function drugsAt(sim: Simulation, index: number): DrugNow[] {
  const t = value(sim.series, 't', index);
  const out: DrugNow[] = [];
  for (const drug of DRUGS) {
    const start = sim.drugStarts[drug];
    if (start === null || start > t + 1e-9) continue;
    out.push({ drug, startDay: start, effect: value(sim.series, drugSeriesKey(drug), index) });
  }
  return out;
}

/** Everything the explorer says about sample `index` of a simulation. */
export function momentAt(sim: Simulation, index: number): Moment {
  const s = sim.series;
  const i = Math.min(s.t.length - 1, Math.max(0, index));
  const day = value(s, 't', i);
  const { crs: crsInputs, icans: icansInputs } = gradingInputsAt(sim, i);
  const exact = crsInputs.temperature;
  const temperature = temperatureTenths(exact);
  const drugs = drugsAt(sim, i);
  const symptoms = SYMPTOMS.map((symptom) => {
    const severity = Math.max(0, Math.min(3, Math.round(value(s, symptom.key, i))));
    return {
      id: symptom.id,
      label: symptom.label,
      severity,
      severityLabel: SEVERITY_LABELS[severity] ?? 'none',
    };
  });
  return {
    index: i,
    day,
    temperature,
    fever: isFever(exact),
    masked: crsInputs.masked,
    bp: crsInputs.bp,
    o2: crsInputs.o2,
    crsGrade: value(s, 'crsGrade', i),
    icansGrade: value(s, 'icansGrade', i),
    crs: gradeCrs(crsInputs),
    icans: gradeIcans(icansInputs),
    ice: icansInputs.ice,
    crp: value(s, 'crp', i),
    il1: value(s, 'il1', i),
    il6: value(s, 'il6', i),
    symptoms,
    drugs,
    crsToolHref: crsToolHref(crsInputs),
    icansToolHref: icansToolHref(icansInputs),
  };
}

const BP_NEEDS: Readonly<Record<BpSupport, string>> = {
  none: '',
  fluids: 'fluids for low blood pressure',
  'one-pressor': 'one vasopressor',
  'multiple-pressors': 'several vasopressors',
};

const O2_NEEDS: Readonly<Record<O2Support, string>> = {
  none: '',
  'low-flow': 'low-flow oxygen',
  'high-flow': 'high-flow oxygen',
  'positive-pressure': 'positive-pressure breathing support',
};

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

/**
 * Grade 0 in words that cannot be misread: "no CRS" only when nothing points to it. Low blood
 * pressure or low oxygen without a measured fever is not graded as CRS (ASTCT), but fever
 * medicine or treatment can hide a fever, so the sentence says so instead of "no CRS".
 */
function crsZeroWords(m: Moment, needsSupport: boolean): string {
  if (m.crs.maskedWithoutFindings)
    return 'no grade 2–4 CRS criteria while treatment masks the fever';
  if (!needsSupport) return 'no CRS';
  const hiding = m.drugs.some((d) => d.drug !== 'antihistamine' && d.effect > 0.05);
  return hiding
    ? 'not graded as CRS without a measured fever, though a drug may be hiding one'
    : 'not graded as CRS without a fever';
}

/**
 * The moment in one sentence, e.g. "Day 3: fever 39.4 °C (102.9 °F), needs one vasopressor —
 * CRS grade 3." Used for the visible summary and the polite live region.
 */
export function summarySentence(m: Moment): string {
  const temperature = formatTemperature(m.temperature);
  const parts = [m.fever ? `fever ${temperature}` : `temperature ${temperature}`];
  if (!m.fever && m.masked && m.crsGrade >= 2) parts.push('fever hidden by drugs');
  const needs = [BP_NEEDS[m.bp], O2_NEEDS[m.o2]].filter((text) => text !== '');
  if (needs.length > 0) parts.push(`needs ${needs.join(' and ')}`);
  const grades = [m.crsGrade > 0 ? `CRS grade ${m.crsGrade}` : crsZeroWords(m, needs.length > 0)];
  if (m.icansGrade > 0) grades.push(`ICANS grade ${m.icansGrade}`);
  return `Day ${formatDay(m.day)}: ${parts.join(', ')} — ${grades.join(', ')}.`;
}

/** "40% of a bulky reference, moderate" (or "between moderate and high"), for the slider. */
export function burdenValueText(burden: number): string {
  const presets = Object.entries(BURDEN_PRESETS).sort((a, b) => a[1] - b[1]);
  const exact = presets.find(([, value]) => value === burden);
  let name: string;
  if (exact) name = exact[0];
  else {
    const below = presets.filter(([, value]) => value < burden).at(-1);
    const above = presets.find(([, value]) => value > burden);
    if (!below) name = `below ${above?.[0] ?? 'low'}`;
    else if (!above) name = `above ${below[0]}`;
    else name = `between ${below[0]} and ${above[0]}`;
  }
  return `${burden}% of a bulky reference, ${name}`;
}

/* ---- the diagram ------------------------------------------------------------------------ */

export const NODE_IDS = [
  'tumor',
  'tcells',
  'monocytes',
  'il1',
  'il6',
  'liver',
  'vessels',
  'brain',
] as const;
export type NodeId = (typeof NODE_IDS)[number];

export const ARROW_IDS = [
  'tumor-tcells',
  'tcells-monocytes',
  'monocytes-il1',
  'il1-monocytes',
  'monocytes-il6',
  'il1-il6',
  'il6-liver',
  'il6-vessels',
  'il1-vessels',
  'il6-brain',
  'il1-brain',
  'vessels-brain',
] as const;
export type ArrowId = (typeof ARROW_IDS)[number];

/** A share 0–1 of the way from `base` to `top`. */
function share(x: number, base: number, top: number): number {
  if (!(top > base)) return 0;
  return Math.min(1, Math.max(0, (x - base) / (top - base)));
}

/**
 * A series' value at sample `index` as a share 0–1 of the way from its resting value to the
 * model's cap on it (src/model/series.ts).
 */
function shareOf(series: Series, key: SeriesKey, index: number): number {
  const { rest, cap } = seriesScale(key);
  return share(value(series, key, index), rest ?? 0, cap ?? 1);
}

/**
 * Relative level 0–1 of each part of the diagram: the model's value as a share of its largest
 * value in the model (the parameter that caps it), above its resting value, square-rooted so
 * small rises stay visible.
 */
export function nodeLevels(series: Series, index: number): Record<NodeId, number> {
  const v = (key: SeriesKey) => Math.sqrt(shareOf(series, key, index));
  return {
    tumor: v('tumorBurden'),
    tcells: v('effector'),
    monocytes: v('macrophages'),
    il1: v('il1'),
    il6: v('il6'),
    liver: v('crp'),
    vessels: v('endothelium'),
    brain: v('cns'),
  };
}

/**
 * How much flows along each arrow, 0–1: the signal the arrow carries, as the model's equations
 * define it. IL-6 to liver and vessels is the signal through unblocked receptors (tocilizumab
 * cuts it); IL-6 to the brain is free IL-6 (tocilizumab does not reach the brain, so it can
 * rise); IL-1 arrows carry IL-1 after anakinra (only partly in the brain: the share of it that
 * reaches the brain is the model's parameter `anakinraCns`).
 */
export function arrowFluxes(series: Series, index: number): Record<ArrowId, number> {
  const level = nodeLevels(series, index);
  const il1 = shareOf(series, 'il1', index);
  const anakinra = value(series, 'drugAnakinra', index);
  const il1Body = Math.sqrt(il1 * (1 - anakinra));
  const il1Brain = Math.sqrt(il1 * (1 - DEFAULT_PARAMETERS.anakinraCns * anakinra));
  const il6Signal = Math.sqrt(shareOf(series, 'il6Signal', index));
  const cytokines = Math.sqrt(shareOf(series, 'tcellCytokines', index));
  return {
    'tumor-tcells': level.tumor * level.tcells,
    'tcells-monocytes': cytokines,
    'monocytes-il1': level.monocytes,
    'il1-monocytes': il1Body,
    'monocytes-il6': level.monocytes,
    'il1-il6': il1Body,
    'il6-liver': il6Signal,
    'il6-vessels': il6Signal,
    'il1-vessels': il1Body,
    'il6-brain': level.il6,
    'il1-brain': il1Brain,
    'vessels-brain': level.vessels,
  };
}

/** A word for a relative level, for screen-reader labels of the diagram. */
export function levelWord(level: number): string {
  if (level < 0.1) return 'at rest';
  if (level < 0.35) return 'low';
  if (level < 0.6) return 'moderate';
  return 'high';
}

/* ---- tables and charts ----------------------------------------------------------------- */

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

/** Number formats by decimals (Intl.NumberFormat is costly to create, cheap to reuse). */
const AMOUNT_FORMATS = [0, 1, 2].map(
  (digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }),
);

/** A number for a table or a label: 3 significant digits, grouped ("1,420", "9.6", "0.12"). */
export function formatAmount(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
  return (AMOUNT_FORMATS[digits] ?? AMOUNT_FORMATS[0]!).format(x);
}
