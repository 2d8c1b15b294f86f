/**
 * `simulate(scenario)`: the cascade model of model.md, wired together.
 *
 * Time is in days from infusion (or first dose), over a 28-day horizon, integrated with
 * fixed-step RK4 at 0.05 d (see ./solver.ts for why). Each step fills the forcing (drug effects,
 * CAR-T programme) for its stage times, advances the equations (./rhs.ts), then observes the
 * new state (./observe.ts). Drugs with a trigger (`fever`, `grade2`, `grade3`) start at the end
 * of the first step where the CRS grade reaches their threshold; the grade at that moment
 * counts toward the worst grade.
 */
import { DRUGS, allDrugKinetics, emptyDrugPlan, startDrug, type Drug } from './drugs.ts';
import { createObserver } from './observe.ts';
import { DEFAULT_PARAMETERS, type ParameterId } from './parameters.ts';
import { productParameters } from './products.ts';
import {
  STATE,
  STATE_SIZE,
  createForcing,
  fillForcing,
  initialState,
  makeRhs,
  prepareStep,
} from './rhs.ts';
import { canonicalBurden, timingDay, type Scenario } from './scenario.ts';
import { createRk4Workspace, rk4Step } from './solver.ts';
import { HORIZON_DAYS, SERIES_KEYS, type Series } from './series.ts';
import { finishEpisodes, finishSummary, type Episodes, type Summary } from './summary.ts';
import { therapyKinetics } from './therapies.ts';

/** Integration step, d (model.md, "Speed"). */
export const DEFAULT_STEP = 0.05;
/** Spacing of the output series, d. */
export const DEFAULT_OUTPUT_EVERY = 0.1;

/** CRS grade that starts a drug with each trigger. */
const TRIGGER_GRADE = { fever: 1, grade2: 2, grade3: 3 } as const;

export interface SimulateOptions {
  /** Integration step, d (default 0.05). */
  readonly step?: number;
  /** Horizon, d (default {@link HORIZON_DAYS}). */
  readonly days?: number;
  /** Spacing of the output series, d, rounded to whole steps (default 0.1). */
  readonly outputEvery?: number;
  /**
   * Parameter values replacing the table's defaults (for a product, replacing its calibrated
   * values: ./products.ts `productParameters`).
   */
  readonly parameters?: Partial<Record<ParameterId, number>>;
}

export interface Simulation {
  readonly summary: Summary;
  readonly series: Series;
  /** Day each drug started, or null when it never did. */
  readonly drugStarts: Readonly<Record<Drug, number | null>>;
  /**
   * First day at which fever no longer counts toward grades 2–4 (ASTCT masked fever): CRS
   * (grade ≥ 1) began at an earlier step and a masking drug was started at or after that onset
   * (a drug started before CRS, such as prophylaxis, never masks). Null when it never happens.
   * Masking, once on, stays on to day 28.
   */
  readonly feverMaskedFrom: number | null;
  /** How long the first CRS and ICANS episodes lasted (./summary.ts). */
  readonly episodes: Episodes;
}

/** Simulate one scenario. Deterministic; never allocates inside the step loop. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  const p = { ...productParameters(scenario.therapy, DEFAULT_PARAMETERS), ...options.parameters };
  const h = options.step ?? DEFAULT_STEP;
  const days = options.days ?? HORIZON_DAYS;
  if (!(h > 0) || !Number.isFinite(h))
    throw new RangeError(`step must be positive, got ${String(h)}`);
  if (!(days > 0) || !Number.isFinite(days))
    throw new RangeError(`days must be positive, got ${String(days)}`);
  const nSteps = Math.round(days / h);
  const every = Math.max(1, Math.round((options.outputEvery ?? DEFAULT_OUTPUT_EVERY) / h));
  const nOut = Math.floor(nSteps / every) + 1;

  const initialTumor = canonicalBurden(scenario.burden) / 100;
  const therapy = therapyKinetics(scenario.therapy, scenario.dose, initialTumor, p, days);
  const kinetics = allDrugKinetics(p);

  // Drug start times and course ends (Infinity: not started) and trigger grades (0: none).
  const plan = emptyDrugPlan();
  const triggerGrade = new Int8Array(DRUGS.length);
  DRUGS.forEach((drug, d) => {
    const timing = scenario.drugs[drug];
    const day = timingDay(timing);
    if (day !== null) startDrug(plan, kinetics, d, Math.round(day / h) * h);
    else if (timing === 'fever' || timing === 'grade2' || timing === 'grade3') {
      triggerGrade[d] = TRIGGER_GRADE[timing];
    }
    const premedication = therapy.premedication[drug];
    if (premedication) plan.premedication[d] = premedication.map((t) => Math.round(t / h) * h);
  });

  const y = initialState(p, therapy, initialTumor);
  const forcing = createForcing();
  const rhs = makeRhs(p, therapy, forcing);
  const cols: number[][] = SERIES_KEYS.map(() => new Array<number>(nOut).fill(0));
  const observer = createObserver({
    p,
    y,
    forcing,
    plan,
    kinetics,
    triggerGrade,
    initialTumor,
    cols,
  });
  const doseSteps = therapy.doses.map((dose) => Math.round(dose.day / h));
  const doseAmounts = therapy.doses.map((dose) => dose.amount);
  // doses go into the depot; a CAR-T product's later infusions add effector cells
  const doseInto = therapy.mode === 'car' ? STATE.effector : STATE.depot;
  let nextDose = 0;

  const ws = createRk4Workspace(STATE_SIZE);
  fillForcing(forcing, 2, 0, kinetics, plan, therapy);
  observer.observe(0, 0);
  for (let i = 0; i < nSteps; i++) {
    while (nextDose < doseSteps.length && doseSteps[nextDose] === i) {
      y[doseInto] = y[doseInto]! + doseAmounts[nextDose]!;
      nextDose += 1;
    }
    const t = i * h;
    prepareStep(forcing, t, h, kinetics, plan, therapy);
    rk4Step(rhs, t, y, h, ws);
    // RK4 can overshoot a few ulps below zero as a state empties; clamp those (and only those).
    for (let j = 0; j < STATE_SIZE; j++) if (y[j]! < 0) y[j] = 0;
    const step = i + 1;
    observer.observe(step * h, step % every === 0 ? step / every : -1);
  }

  const drugStarts = {} as Record<Drug, number | null>;
  DRUGS.forEach((drug, d) => {
    const start = plan.starts[d]!;
    drugStarts[drug] = start === Infinity ? null : Math.round(start * 100) / 100;
  });
  const series = Object.fromEntries(SERIES_KEYS.map((key, i) => [key, cols[i]!])) as Series;
  const maskedFrom = observer.maskedFrom();
  return {
    summary: finishSummary(observer.tracker),
    series,
    drugStarts,
    feverMaskedFrom: maskedFrom === Infinity ? null : Math.round(maskedFrom * 100) / 100,
    episodes: finishEpisodes(observer.tracker, h),
  };
}
