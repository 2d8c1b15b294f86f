/**
 * The observation step: after every integration step, what a clinician would see (vitals,
 * grades, ICANS findings, symptoms), when fever becomes masked (ASTCT), which triggered drugs
 * start, the running summary, and, on output steps, one sample of every series.
 */
import { DRUGS, MASKING_DRUGS, startDrug, type DrugKinetics, type DrugPlan } from './drugs.ts';
import { crsGradeOf, icansGradeOf } from './grading.ts';
import {
  SYMPTOMS,
  bpLevelOf,
  calmSymptomInputs,
  consciousnessLevelOf,
  edemaLevelOf,
  fillSymptoms,
  iceOf,
  o2LevelOf,
  pyrogenDrive,
  seizureLevelOf,
  temperatureOf,
} from './observables.ts';
import type { ParameterValues } from './parameters.ts';
import { END_SLOT, STATE as I, type Forcing } from './rhs.ts';
import { SERIES_COLUMN as COL, drugSeriesKey } from './series.ts';
import { createTracker, track, type SummaryTracker } from './summary.ts';

const TOC = DRUGS.indexOf('tocilizumab');
const ANA = DRUGS.indexOf('anakinra');
const APY = DRUGS.indexOf('antipyretic');
const MASKING = MASKING_DRUGS.map((drug) => DRUGS.indexOf(drug));
/** Output columns of each drug's effect and of each symptom, in catalogue order. */
const DRUG_COLUMNS: readonly number[] = DRUGS.map((drug) => COL[drugSeriesKey(drug)]);
const SYMPTOM_COLUMNS: readonly number[] = SYMPTOMS.map((symptom) => COL[symptom.key]);

/** What an observer reads and writes; the arrays are the simulation's own. */
export interface ObserverSetup {
  readonly p: ParameterValues;
  /** The state, read after each step. */
  readonly y: Float64Array;
  /** The forcing, whose end-of-step slot holds the drug effects at the observed time. */
  readonly forcing: Forcing;
  /**
   * When each drug is given: a trigger reached sets its start, and a course given until
   * resolved is extended while CRS or ICANS lasts.
   */
  readonly plan: DrugPlan;
  readonly kinetics: readonly DrugKinetics[];
  /** CRS grade that starts each drug (0: no trigger). */
  readonly triggerGrade: Int8Array;
  /** Tumor at day 0, r.u. (tumor remaining is a share of it). */
  readonly initialTumor: number;
  /** Output columns in SERIES_KEYS order (an array of arrays: fast, unlike a 40-key object). */
  readonly cols: number[][];
}

export interface Observer {
  /** Observe the state at time `t` (the end of a step) and write output sample `out` (-1: none). */
  readonly observe: (t: number, out: number) => void;
  /** The summary so far. */
  readonly tracker: SummaryTracker;
  /** First time fever was masked for grading (Infinity while it is not). */
  readonly maskedFrom: () => number;
}

export function createObserver(setup: ObserverSetup): Observer {
  const { p, y, plan, kinetics, triggerGrade, initialTumor, cols } = setup;
  const { starts, ends, premedication } = plan;
  const untilResolved = kinetics.flatMap((k, d) => (k.untilResolved ? [d] : []));
  const u = setup.forcing.values;
  const tracker = createTracker();
  /** Time CRS (grade ≥ 1) was first seen, and time fever masking began. */
  let crsOnset = Infinity;
  let maskedFrom = Infinity;
  const symptoms = new Float64Array(SYMPTOMS.length);
  const symptomInputs = calmSymptomInputs();

  const observe = (t: number, out: number): void => {
    const uToc = u[END_SLOT + TOC]!;
    const uAna = u[END_SLOT + ANA]!;
    const uApy = u[END_SLOT + APY]!;
    const L6 = y[I.il6]!;
    const L1 = y[I.il1]!;
    const E = y[I.endothelium]!;
    const N = y[I.cns]!;
    // what IL-6 and IL-1 add to their resting levels, through unblocked receptors
    const s6 = L6 > p.il6Baseline ? (L6 - p.il6Baseline) * (1 - uToc) : 0;
    const l1Signal = L1 > p.il1Baseline ? (L1 - p.il1Baseline) * (1 - uAna) : 0;
    const pyrogen = pyrogenDrive(s6, l1Signal, p);
    const temperature = temperatureOf(pyrogen, uApy, p);
    const bp = bpLevelOf(E, p);
    const o2 = o2LevelOf(E, p);
    // ASTCT waives the fever only in a patient who had CRS and *then* received an antipyretic
    // or anti-cytokine drug: a drug started before CRS began (prophylaxis, premedication)
    // never masks, even once CRS breaks through it.
    if (maskedFrom === Infinity && crsOnset < t) {
      for (const d of MASKING) {
        const start = starts[d]!;
        if (start >= crsOnset && start <= t) maskedFrom = t;
        // premedication counts the same way: only a dose given after CRS began masks
        for (const dose of premedication[d]!) if (dose >= crsOnset && dose <= t) maskedFrom = t;
      }
    }
    const crs = crsGradeOf(temperature, bp, o2, maskedFrom <= t);
    if (crs >= 1 && crsOnset === Infinity) crsOnset = t;
    const ice = iceOf(N, p);
    const consciousness = consciousnessLevelOf(N, p);
    const seizure = seizureLevelOf(N, p);
    const edema = edemaLevelOf(N, p);
    const icans = icansGradeOf(ice, consciousness, seizure, 0, edema);
    const remaining = initialTumor > 0 ? (100 * y[I.tumor]!) / initialTumor : 0;
    track(tracker, t, crs, icans, L6, L1, remaining);
    for (let d = 0; d < DRUGS.length; d++) {
      const threshold = triggerGrade[d]!;
      if (threshold > 0 && starts[d] === Infinity && crs >= threshold)
        startDrug(plan, kinetics, d, t);
    }
    // a course given until resolved goes on for a while after CRS, ICANS and a raised CRP are gone
    if (crs > 0 || icans > 0 || y[I.crp]! >= p.courseCrp) {
      for (const d of untilResolved) {
        if (starts[d]! <= t && t < ends[d]!)
          ends[d] = Math.max(ends[d]!, t + p.courseAfterResolution);
      }
    }
    if (out < 0) return;
    cols[COL.t]![out] = t;
    cols[COL.tumor]![out] = remaining;
    cols[COL.tumorBurden]![out] = 100 * y[I.tumor]!;
    cols[COL.effector]![out] = y[I.effector]!;
    cols[COL.tcellCytokines]![out] = y[I.tcellCytokines]!;
    cols[COL.macrophages]![out] = y[I.macrophages]!;
    cols[COL.il1]![out] = L1;
    cols[COL.il6]![out] = L6;
    cols[COL.il6Signal]![out] = s6;
    cols[COL.endothelium]![out] = E;
    cols[COL.cns]![out] = N;
    cols[COL.crp]![out] = y[I.crp]!;
    cols[COL.temperature]![out] = temperature;
    cols[COL.bpSupport]![out] = bp;
    cols[COL.o2Support]![out] = o2;
    cols[COL.crsGrade]![out] = crs;
    cols[COL.ice]![out] = ice;
    cols[COL.consciousness]![out] = consciousness;
    cols[COL.seizure]![out] = seizure;
    cols[COL.edema]![out] = edema;
    cols[COL.icansGrade]![out] = icans;
    cols[COL.agent]![out] = y[I.agent]!;
    cols[COL.tolerance]![out] = y[I.tolerance]!;
    for (let d = 0; d < DRUGS.length; d++) cols[DRUG_COLUMNS[d]!]![out] = u[END_SLOT + d]!;
    symptomInputs.temperature = temperature;
    symptomInputs.pyrogenDrive = pyrogen;
    symptomInputs.cns = N;
    symptomInputs.bpLevel = bp;
    symptomInputs.o2Level = o2;
    symptomInputs.ice = ice;
    symptomInputs.seizureLevel = seizure;
    fillSymptoms(symptomInputs, symptoms);
    for (let k = 0; k < SYMPTOMS.length; k++) cols[SYMPTOM_COLUMNS[k]!]![out] = symptoms[k]!;
  };

  return { observe, tracker, maskedFrom: () => maskedFrom };
}
