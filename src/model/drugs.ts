/**
 * Drug exposure and effect, from a start time and a half-life.
 *
 * Exposure `c` is relative (1 = the level right after a single dose, or the steady level of a
 * course). Two shapes:
 * - a single dose (tocilizumab, siltuximab): c = e^{-k (t - t0)} after the start;
 * - a course (anakinra, dexamethasone, antihistamine, antipyretic), given repeatedly so the
 *   level approaches steady state: c' = k (1 - c) during the course and c' = -k c after it.
 *
 * Effect (receptor occupancy for the antibodies and anakinra) is c / (c + IC50).
 */
import type { ParameterValues } from './parameters.ts';
import { DRUGS, type Drug } from './scenario.ts';

export interface DrugKinetics {
  readonly drug: Drug;
  /** Elimination rate, 1/d (ln 2 / half-life). */
  readonly elimination: number;
  /** Course length, d; 0 for a single dose, Infinity for "continued once started". */
  readonly course: number;
  /** Exposure at half effect (IC50 or EC50), relative. */
  readonly halfEffect: number;
}

const LN2 = Math.LN2;

/** Kinetics of each drug from the parameter table. */
export function drugKinetics(drug: Drug, p: ParameterValues): DrugKinetics {
  switch (drug) {
    case 'tocilizumab':
      return {
        drug,
        elimination: LN2 / p.tocilizumabHalfLife,
        course: 0,
        halfEffect: p.tocilizumabIc50,
      };
    case 'siltuximab':
      return {
        drug,
        elimination: LN2 / p.siltuximabHalfLife,
        course: 0,
        halfEffect: p.siltuximabIc50,
      };
    case 'anakinra':
      return {
        drug,
        elimination: LN2 / p.anakinraHalfLife,
        course: p.anakinraCourse,
        halfEffect: p.anakinraIc50,
      };
    case 'dexamethasone':
      return {
        drug,
        elimination: LN2 / p.dexamethasoneHalfLife,
        course: p.dexamethasoneCourse,
        halfEffect: p.dexamethasoneEc50,
      };
    case 'antihistamine':
      return {
        drug,
        elimination: LN2 / p.antihistamineHalfLife,
        course: Infinity,
        halfEffect: p.antihistamineIc50,
      };
    case 'antipyretic':
      return {
        drug,
        elimination: LN2 / p.antipyreticHalfLife,
        course: Infinity,
        halfEffect: p.antipyreticEc50,
      };
  }
}

/** Kinetics of all drugs, in {@link DRUGS} order. */
export function allDrugKinetics(p: ParameterValues): readonly DrugKinetics[] {
  return DRUGS.map((drug) => drugKinetics(drug, p));
}

/** Relative exposure at time `t` for a drug started at `start` (Infinity: never started). */
export function exposure(k: DrugKinetics, start: number, t: number): number {
  const since = t - start;
  if (!(since >= 0)) return 0;
  if (k.course === 0) return Math.exp(-k.elimination * since);
  if (since <= k.course) return 1 - Math.exp(-k.elimination * since);
  const atEnd = 1 - Math.exp(-k.elimination * k.course);
  return atEnd * Math.exp(-k.elimination * (since - k.course));
}

/** Effect 0–1 (receptor occupancy) at time `t` for a drug started at `start`. */
export function occupancy(k: DrugKinetics, start: number, t: number): number {
  const c = exposure(k, start, t);
  return c > 0 ? c / (c + k.halfEffect) : 0;
}

/**
 * Write the effect of every drug at time `t` into `out[offset + d]` (d in {@link DRUGS}
 * order). Same result as {@link occupancy}; it writes instead of returning so the model's
 * step loop does not allocate.
 */
export function fillOccupancies(
  kinetics: readonly DrugKinetics[],
  starts: Float64Array,
  t: number,
  out: Float64Array,
  offset: number,
): void {
  for (let d = 0; d < kinetics.length; d++) {
    const k = kinetics[d]!;
    const since = t - starts[d]!;
    let c = 0;
    if (since >= 0) {
      if (k.course === 0) c = Math.exp(-k.elimination * since);
      else if (since <= k.course) c = 1 - Math.exp(-k.elimination * since);
      else {
        c =
          (1 - Math.exp(-k.elimination * k.course)) * Math.exp(-k.elimination * (since - k.course));
      }
    }
    out[offset + d] = c > 0 ? c / (c + k.halfEffect) : 0;
  }
}
