/**
 * The moment the explorer shows: one output sample of a simulation read as vitals, ASTCT grades
 * (with the criterion that set each), symptoms, the drugs acting and links into the
 * calculators, and the sentence a screen reader hears. Pure: every number comes from the
 * model's series, and the graders' inputs are the model's own decoding of them
 * (`gradingInputsAt`), so a moment is graded exactly as the model graded it.
 */
import type { Simulation } from '../model/cascade';
import { DRUGS, type Drug } from '../model/drugs';
import {
  isFever,
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
import { drugSeriesKey, type Series, type SeriesKey } from '../model/series';
import { formatTemperature } from '../model/temperature';
import { BP_NEED, BP_PATIENT, O2_NEED, O2_PATIENT, type Words } from '../model/words';
import { formatDay } from '../lib/format';
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
  /** Index of the output sample shown. */
  readonly index: number;
  /** Day of the sample shown. */
  readonly day: number;
  /** Temperature as a thermometer shows it, °C. */
  readonly temperature: number;
  /** The reading itself is 38.0 °C or more (never judged on the rounded display). */
  readonly fever: boolean;
  /**
   * CRS came first and an anti-cytokine drug or antipyretic has since started, so fever is no
   * longer needed for grades 2–4 (the model's decision, `feverMaskedAt`).
   */
  readonly masked: boolean;
  /** Support needed now. */
  readonly bp: BpSupport;
  readonly o2: O2Support;
  /** The grades the model gave this sample (its `crsGrade` and `icansGrade` series). */
  readonly crsGrade: number;
  readonly icansGrade: number;
  /** ASTCT grading of this moment, with the criterion that set each grade. */
  readonly crs: CrsResult;
  readonly icans: IcansResult;
  /** ICE score, 0–10 (10 is normal). */
  readonly ice: number;
  /** C-reactive protein, mg/L. */
  readonly crp: number;
  /** Free serum IL-1 and IL-6, pg/mL. */
  readonly il1: number;
  readonly il6: number;
  /** Every symptom the model follows, felt or not. */
  readonly symptoms: readonly SymptomNow[];
  /** The drugs that have started, with their effect now. */
  readonly drugs: readonly DrugNow[];
  /** Links that open the calculators filled in with this moment. */
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

/**
 * The support a moment needs, in one register of the vocabulary (blood pressure first); none
 * when it needs none.
 */
export function supportWords(m: Moment, bp: Words<BpSupport>, o2: Words<O2Support>): string[] {
  const words: string[] = [];
  if (m.bp !== 'none') words.push(bp[m.bp]);
  if (m.o2 !== 'none') words.push(o2[m.o2]);
  return words;
}

/** The care a moment's support means, in a patient's words ("fluids through a drip…"). */
export function careWords(m: Moment): string[] {
  return supportWords(m, BP_PATIENT, O2_PATIENT);
}

/** The words of the moment's sentence in one language (the Spanish in ./explorer-words.es.ts). */
export interface SummaryWords {
  readonly temperature: (celsius: number) => string;
  readonly day: (day: number) => string;
  readonly fever: (temperature: string) => string;
  readonly notFever: (temperature: string) => string;
  readonly hidden: string;
  readonly bpNeed: Words<BpSupport>;
  readonly o2Need: Words<O2Support>;
  readonly needs: (needs: readonly string[]) => string;
  readonly crs: (grade: number) => string;
  readonly icans: (grade: number) => string;
  readonly maskedNoFindings: string;
  readonly noCrs: string;
  readonly maybeHidden: string;
  readonly noFever: string;
  readonly sentence: (day: string, parts: readonly string[], grades: readonly string[]) => string;
}

const SUMMARY_EN: SummaryWords = {
  temperature: (celsius) => formatTemperature(celsius),
  day: formatDay,
  fever: (temperature) => `fever ${temperature}`,
  notFever: (temperature) => `temperature ${temperature}`,
  hidden: 'fever hidden by drugs',
  bpNeed: BP_NEED,
  o2Need: O2_NEED,
  needs: (needs) => `needs ${needs.join(' and ')}`,
  crs: (grade) => `CRS grade ${grade}`,
  icans: (grade) => `ICANS grade ${grade}`,
  maskedNoFindings: 'no grade 2–4 CRS criteria while treatment masks the fever',
  noCrs: 'no CRS',
  maybeHidden: 'not graded as CRS without a measured fever, though a drug may be hiding one',
  noFever: 'not graded as CRS without a fever',
  sentence: (day, parts, grades) => `Day ${day}: ${parts.join(', ')} — ${grades.join(', ')}.`,
};

/**
 * Grade 0 in words that cannot be misread: "no CRS" only when nothing points to it. Low blood
 * pressure or low oxygen without a measured fever is not graded as CRS (ASTCT), but fever
 * medicine or treatment can hide a fever, so the sentence says so instead of "no CRS".
 */
function crsZeroWords(m: Moment, needsSupport: boolean, w: SummaryWords): string {
  if (m.crs.maskedWithoutFindings) return w.maskedNoFindings;
  if (!needsSupport) return w.noCrs;
  const hiding = m.drugs.some((d) => d.drug !== 'antihistamine' && d.effect > 0.05);
  return hiding ? w.maybeHidden : w.noFever;
}

/**
 * The moment in one sentence, e.g. "Day 3: fever 39.4 °C (102.9 °F), needs one vasopressor —
 * CRS grade 3." Used for the visible summary and the polite live region.
 */
export function summarySentence(m: Moment, w = SUMMARY_EN): string {
  const temperature = w.temperature(m.temperature);
  const parts = [m.fever ? w.fever(temperature) : w.notFever(temperature)];
  if (!m.fever && m.masked && m.crsGrade >= 2) parts.push(w.hidden);
  const needs = supportWords(m, w.bpNeed, w.o2Need);
  if (needs.length > 0) parts.push(w.needs(needs));
  const grades = [m.crsGrade > 0 ? w.crs(m.crsGrade) : crsZeroWords(m, needs.length > 0, w)];
  if (m.icansGrade > 0) grades.push(w.icans(m.icansGrade));
  return w.sentence(w.day(m.day), parts, grades);
}
