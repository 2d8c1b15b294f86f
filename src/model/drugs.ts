/**
 * The drugs a reader can add (one catalogue entry each), and their exposure and effect from a
 * start time and a half-life.
 *
 * Exposure `c` is relative (1 = the level right after a single dose, or the steady level of a
 * course). Two shapes:
 * - a single dose (tocilizumab, siltuximab): c = e^{-k (t - t0)} after the start;
 * - a course (anakinra, dexamethasone, antihistamine, antipyretic), given repeatedly so the
 *   level approaches steady state: c' = k (1 - c) during the course and c' = -k c after it.
 *
 * Effect (receptor occupancy for the antibodies and anakinra) is c / (c + IC50).
 */
import type { ParameterId, ParameterValues } from './parameters.ts';
import { DRUG_CLINICIAN as DOES, DRUG_SHORT as NAME } from './words.ts';

/** One drug a reader can add: what the site calls it, what it does, and its kinetics. */
export interface DrugInfo {
  /** The drug's name as the site shows it (./words.ts). */
  readonly name: string;
  /** What it does, in a short clinician phrase (./words.ts). */
  readonly does: string;
  /** Parameter holding its half-life, d. */
  readonly halfLife: ParameterId;
  /** Parameter holding the exposure at half effect (IC50 or EC50), relative. */
  readonly halfEffect: ParameterId;
  /**
   * How it is given: one `single` dose, `continued` once started, or a course whose length, d,
   * is the named parameter.
   */
  readonly course: 'single' | 'continued' | ParameterId;
  /**
   * Whether it masks fever for CRS grading once CRS has begun (ASTCT: antipyretics and
   * anti-cytokine drugs do; antihistamines do not).
   */
  readonly masksFever: boolean;
}

/**
 * The drug catalogue, in canonical order (the query's, the series', the controls'). Adding a
 * drug: its entry here, its words in ./words.ts, its parameter rows in ./parameters.ts (values) and
 * ./parameter-table.ts (meaning and grounding), and its
 * term in the equations (./rhs.ts); the query key, the series column and the controls follow.
 */
const CATALOGUE = {
  tocilizumab: {
    name: NAME.tocilizumab,
    does: DOES.tocilizumab,
    halfLife: 'tocilizumabHalfLife',
    halfEffect: 'tocilizumabIc50',
    course: 'single',
    masksFever: true,
  },
  siltuximab: {
    name: NAME.siltuximab,
    does: DOES.siltuximab,
    halfLife: 'siltuximabHalfLife',
    halfEffect: 'siltuximabIc50',
    course: 'single',
    masksFever: true,
  },
  anakinra: {
    name: NAME.anakinra,
    does: DOES.anakinra,
    halfLife: 'anakinraHalfLife',
    halfEffect: 'anakinraIc50',
    course: 'anakinraCourse',
    masksFever: true,
  },
  dexamethasone: {
    name: NAME.dexamethasone,
    does: DOES.dexamethasone,
    halfLife: 'dexamethasoneHalfLife',
    halfEffect: 'dexamethasoneEc50',
    course: 'dexamethasoneCourse',
    masksFever: true,
  },
  antihistamine: {
    name: NAME.antihistamine,
    does: DOES.antihistamine,
    halfLife: 'antihistamineHalfLife',
    halfEffect: 'antihistamineIc50',
    course: 'continued',
    masksFever: false,
  },
  antipyretic: {
    name: NAME.antipyretic,
    does: DOES.antipyretic,
    halfLife: 'antipyreticHalfLife',
    halfEffect: 'antipyreticEc50',
    course: 'continued',
    masksFever: true,
  },
} as const satisfies Readonly<Record<string, DrugInfo>>;

export type Drug = keyof typeof CATALOGUE;

/** Each drug's catalogue entry. */
export const DRUG_INFO: Readonly<Record<Drug, DrugInfo>> = CATALOGUE;

/** Drugs a reader can add, in canonical order. */
export const DRUGS = Object.keys(CATALOGUE) as readonly Drug[];

/** Drugs that mask fever for CRS grading once CRS has begun (ASTCT), in {@link DRUGS} order. */
export const MASKING_DRUGS: readonly Drug[] = DRUGS.filter((drug) => DRUG_INFO[drug].masksFever);

export interface DrugKinetics {
  readonly drug: Drug;
  /** Elimination rate, 1/d (ln 2 / half-life). */
  readonly elimination: number;
  /** Course length, d; 0 for a single dose, Infinity for "continued once started". */
  readonly course: number;
  /** Exposure at half effect (IC50 or EC50), relative. */
  readonly halfEffect: number;
}

/** Kinetics of one drug, its catalogue entry read from the parameter table. */
export function drugKinetics(drug: Drug, p: ParameterValues): DrugKinetics {
  const { halfLife, halfEffect, course } = DRUG_INFO[drug];
  return {
    drug,
    elimination: Math.LN2 / p[halfLife],
    course: course === 'single' ? 0 : course === 'continued' ? Infinity : p[course],
    halfEffect: p[halfEffect],
  };
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
  return effectOf(k, exposure(k, start, t));
}

/** Effect 0–1 (receptor occupancy) at relative exposure `c`: c / (c + IC50). */
function effectOf(k: DrugKinetics, c: number): number {
  return c > 0 ? c / (c + k.halfEffect) : 0;
}

/**
 * Write the effect of every drug at time `t` into `out[offset + d]` (d in {@link DRUGS}
 * order): {@link occupancy} for each, written in place so the model's step loop does not
 * allocate. (It composes the two formulas itself rather than calling `occupancy`: one call
 * level fewer keeps V8 inlining them, about 10 % of `simulate`.)
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
    out[offset + d] = effectOf(k, exposure(k, starts[d]!, t));
  }
}
