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
   * Whether a course goes on while it is needed: past its set length for as long as CRS or
   * ICANS lasts, ending one day after both are gone (then it tapers off with its half-life).
   * Dexamethasone is given this way for CRS and ICANS until they improve (ASCO 2021).
   */
  readonly untilResolved: boolean;
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
    untilResolved: false,
    halfEffect: 'tocilizumabIc50',
    course: 'single',
    masksFever: true,
  },
  siltuximab: {
    name: NAME.siltuximab,
    does: DOES.siltuximab,
    halfLife: 'siltuximabHalfLife',
    untilResolved: false,
    halfEffect: 'siltuximabIc50',
    course: 'single',
    masksFever: true,
  },
  anakinra: {
    name: NAME.anakinra,
    does: DOES.anakinra,
    halfLife: 'anakinraHalfLife',
    untilResolved: false,
    halfEffect: 'anakinraIc50',
    course: 'anakinraCourse',
    masksFever: true,
  },
  dexamethasone: {
    name: NAME.dexamethasone,
    does: DOES.dexamethasone,
    halfLife: 'dexamethasoneHalfLife',
    untilResolved: true,
    halfEffect: 'dexamethasoneEc50',
    course: 'dexamethasoneCourse',
    masksFever: true,
  },
  antihistamine: {
    name: NAME.antihistamine,
    does: DOES.antihistamine,
    halfLife: 'antihistamineHalfLife',
    untilResolved: false,
    halfEffect: 'antihistamineIc50',
    course: 'continued',
    masksFever: false,
  },
  antipyretic: {
    name: NAME.antipyretic,
    does: DOES.antipyretic,
    halfLife: 'antipyreticHalfLife',
    untilResolved: false,
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
  /** Whether the course goes on until CRS and ICANS are gone ({@link DrugInfo.untilResolved}). */
  readonly untilResolved: boolean;
}

/** Kinetics of one drug, its catalogue entry read from the parameter table. */
export function drugKinetics(drug: Drug, p: ParameterValues): DrugKinetics {
  const { halfLife, halfEffect, course, untilResolved } = DRUG_INFO[drug];
  return {
    drug,
    elimination: Math.LN2 / p[halfLife],
    course: course === 'single' ? 0 : course === 'continued' ? Infinity : p[course],
    halfEffect: p[halfEffect],
    untilResolved,
  };
}

/** Kinetics of all drugs, in {@link DRUGS} order. */
export function allDrugKinetics(p: ParameterValues): readonly DrugKinetics[] {
  return DRUGS.map((drug) => drugKinetics(drug, p));
}

/**
 * Relative exposure at time `t` for a drug started at `start` (Infinity: never started) whose
 * course ends at `end` (default: its set length after the start; a single dose ignores it).
 */
export function exposure(
  k: DrugKinetics,
  start: number,
  t: number,
  end: number = start + k.course,
): number {
  const since = t - start;
  if (!(since >= 0)) return 0;
  if (k.course === 0) return Math.exp(-k.elimination * since);
  if (t <= end) return 1 - Math.exp(-k.elimination * since);
  const atEnd = 1 - Math.exp(-k.elimination * (end - start));
  return atEnd * Math.exp(-k.elimination * (t - end));
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
 * When each drug is given in one simulation, in {@link DRUGS} order: the reader's start and the
 * end of its course (both Infinity when not given), and premedication doses (single doses a
 * product's schedule gives before its doses, ./therapies.ts).
 */
export interface DrugPlan {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Days of premedication doses, per drug. */
  readonly premedication: (readonly number[])[];
}

/** A plan with no drug given and no premedication. */
export function emptyDrugPlan(): DrugPlan {
  return {
    starts: new Float64Array(DRUGS.length).fill(Infinity),
    ends: new Float64Array(DRUGS.length).fill(Infinity),
    premedication: DRUGS.map(() => []),
  };
}

/** Start drug `d` at `t` (its course ends after its set length, unless extended). */
export function startDrug(plan: DrugPlan, kinetics: readonly DrugKinetics[], d: number, t: number) {
  plan.starts[d] = t;
  plan.ends[d] = t + kinetics[d]!.course;
}

/**
 * Write the effect of every drug at time `t` into `out[offset + d]` (d in {@link DRUGS}
 * order): the occupancy of the reader's course plus any premedication doses, written in place
 * so the model's step loop does not allocate. (It composes the formulas itself rather than
 * calling `occupancy`: one call level fewer keeps V8 inlining them, about 10 % of `simulate`.)
 */
export function fillOccupancies(
  kinetics: readonly DrugKinetics[],
  plan: DrugPlan,
  t: number,
  out: Float64Array,
  offset: number,
): void {
  for (let d = 0; d < kinetics.length; d++) {
    const k = kinetics[d]!;
    let c = exposure(k, plan.starts[d]!, t, plan.ends[d]!);
    const doses = plan.premedication[d]!;
    for (let i = 0; i < doses.length; i++) {
      const since = t - doses[i]!;
      if (since >= 0) c += Math.exp(-k.elimination * since);
    }
    out[offset + d] = effectOf(k, c);
  }
}
