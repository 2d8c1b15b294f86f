/**
 * The cascade model: the ODE system of model.md and `simulate(scenario)`.
 *
 * Time is in days from infusion (or first dose), over a 28-day horizon, integrated with
 * fixed-step RK4 at 0.05 d (see ./solver.ts for why). Drugs with a trigger (`fever`, `grade2`,
 * `grade3`) start at the end of the first step where the CRS grade reaches their threshold;
 * the grade at that moment counts toward the worst grade.
 *
 * Equations (r.u. = relative units; see ./parameters.ts for every symbol):
 *
 *   A' = r_A A (1 − A/A_max) − κ,                 κ = k_K T A / (K_K + A)   (killing)
 *   T' = ρ e^{−t/τ} (b + (1 − b) g(A)) (1 − σ_T u_dex) T (1 − T/T_max) − δ_T T   (CAR-T)
 *      = k G g(A) (1 − σ_T u_dex) (1 − T/T_max) − δ_T T                    (engager, injected)
 *   C' = s_C T g(A) / (1 + Q) (1 − σ_C u_dex) − k_C C
 *   M' = k_M (C + w_D κ + γ_1 ℓ_1ᵉ) (1 − σ_C u_dex) (1 − M) − δ_M M
 *   L1' = k_1 (L1⁰ + L1^max M (1 − σ_C u_dex) − L1)
 *   L6' = k_6 (L6⁰ + L6^max M (1 + a_16 ℓ_1ᵉ)(1 − σ_C u_dex)) − (k_6 (1 − f_R) + k_6 f_R (1 − u_toc) + k_S u_sil) L6
 *   E' = k_E (S6/K_E6 + w_E1 ℓ_1ᵉ)(1 − E) − δ_E E,   S6 = L6 (1 − u_toc)  (blocked IL-6 signal)
 *   N' = k_N ℓ_1ᶜ (L6/(L6 + K_N6) + w_NE E)(1 − σ_N u_dex)(1 − N/N_max) − δ_N N
 *   R' = k_R (R_0 + R_max S6/(S6 + K_R) − R)
 *   D' = −k_a D (+ doses),  G' = k_a D − k_e G,  Q' = k_Q G − δ_Q Q
 *
 * with g(A) = A/(K + A) (1 for the injected agent), ℓ_1 = L1/L1^max, ℓ_1ᵉ = ℓ_1 (1 − u_ana),
 * ℓ_1ᶜ = ℓ_1 (1 − φ_ana u_ana), and u_x the effect (occupancy) of drug x (./drugs.ts).
 */
import { allDrugKinetics, fillOccupancies } from './drugs.ts';
import { crsGradeOf, icansGradeOf } from './grading.ts';
import {
  SYMPTOMS,
  bpLevelOf,
  consciousnessLevelOf,
  edemaLevelOf,
  iceOf,
  o2LevelOf,
  pyrogenDrive,
  seizureLevelOf,
  fillSymptoms,
  temperatureOf,
  type SymptomInputs,
} from './observables.ts';
import { withParameters, type ParameterId } from './parameters.ts';
import { DRUGS, canonicalBurden, timingDay, type Drug, type Scenario } from './scenario.ts';
import { createRk4Workspace, rk4Step, type Rhs } from './solver.ts';
import { createTracker, finishSummary, track, type Summary } from './summary.ts';
import { therapyDrive } from './therapies.ts';

/** Indices of the state vector. */
export const STATE = {
  tumor: 0,
  effector: 1,
  tcellCytokines: 2,
  macrophages: 3,
  il1: 4,
  il6: 5,
  endothelium: 6,
  cns: 7,
  crp: 8,
  depot: 9,
  agent: 10,
  tolerance: 11,
} as const;
export type StateName = keyof typeof STATE;
export const STATE_SIZE = 12;

/** Integration step, d (model.md, "Speed"). */
export const DEFAULT_STEP = 0.05;
/** Horizon, d. */
export const HORIZON = 28;
/** Spacing of the output series, d. */
export const DEFAULT_OUTPUT_EVERY = 0.1;

/** Series keys, each an array over the output times `t`. */
export const SERIES_KEYS = [
  /** days since infusion or first dose */
  't',
  /** tumor remaining, % of the starting burden */
  'tumor',
  /** tumor size, % of the bulky reference */
  'tumorBurden',
  'effector',
  'tcellCytokines',
  'macrophages',
  /** serum IL-1, pg/mL */
  'il1',
  /** free serum IL-6, pg/mL */
  'il6',
  /** IL-6 signal through unblocked receptors, pg/mL-equivalent */
  'il6Signal',
  'endothelium',
  'cns',
  /** C-reactive protein, mg/L */
  'crp',
  /** °C */
  'temperature',
  /** index into BP_SUPPORT (0 none … 3 several vasopressors) */
  'bpSupport',
  /** index into O2_SUPPORT (0 none … 3 positive pressure) */
  'o2Support',
  'crsGrade',
  /** ICE score 0–10 */
  'ice',
  /** index into CONSCIOUSNESS */
  'consciousness',
  /** index into SEIZURE */
  'seizure',
  /** index into EDEMA */
  'edema',
  'icansGrade',
  /** therapy agent active (bispecific or injected agent), r.u. */
  'agent',
  /** bispecific tolerance, r.u. */
  'tolerance',
  /** drug effects (occupancy) 0–1 */
  'drugTocilizumab',
  'drugSiltuximab',
  'drugAnakinra',
  'drugDexamethasone',
  'drugAntihistamine',
  'drugAntipyretic',
  ...SYMPTOMS.map((s) => s.key),
] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];
export type Series = Readonly<Record<SeriesKey, number[]>>;

/** Column index of each series key. */
const C = Object.fromEntries(SERIES_KEYS.map((key, i) => [key, i])) as Readonly<
  Record<SeriesKey, number>
>;

/**
 * Drugs that mask fever for CRS grading (ASTCT) when started after CRS has begun.
 * Antihistamines do not.
 */
export const MASKING_DRUGS: readonly Drug[] = [
  'tocilizumab',
  'siltuximab',
  'anakinra',
  'dexamethasone',
  'antipyretic',
];

/** CRS grade that starts a drug with each trigger. */
const TRIGGER_GRADE = { fever: 1, grade2: 2, grade3: 3 } as const;

export interface SimulateOptions {
  /** Integration step, d (default 0.05). */
  readonly step?: number;
  /** Horizon, d (default 28). */
  readonly days?: number;
  /** Spacing of the output series, d, rounded to whole steps (default 0.1). */
  readonly outputEvery?: number;
  /** Parameter values replacing the table's defaults. */
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
}

const I = STATE;
const TOC = DRUGS.indexOf('tocilizumab');
const SIL = DRUGS.indexOf('siltuximab');
const ANA = DRUGS.indexOf('anakinra');
const DEX = DRUGS.indexOf('dexamethasone');
const APY = DRUGS.indexOf('antipyretic');

/** Simulate one scenario. Deterministic; never allocates inside the step loop. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  const p = withParameters(options.parameters);
  const h = options.step ?? DEFAULT_STEP;
  const days = options.days ?? HORIZON;
  if (!(h > 0) || !Number.isFinite(h))
    throw new RangeError(`step must be positive, got ${String(h)}`);
  if (!(days > 0) || !Number.isFinite(days))
    throw new RangeError(`days must be positive, got ${String(days)}`);
  const nSteps = Math.round(days / h);
  const every = Math.max(1, Math.round((options.outputEvery ?? DEFAULT_OUTPUT_EVERY) / h));
  const nOut = Math.floor(nSteps / every) + 1;

  const initialTumor = canonicalBurden(scenario.burden) / 100;
  const drive = therapyDrive(scenario.therapy, scenario.dose, initialTumor, p, days);
  const kinetics = allDrugKinetics(p);

  // Drug start times (Infinity: not started) and trigger grades (0: none).
  const starts = new Float64Array(DRUGS.length).fill(Infinity);
  const triggerGrade = new Int8Array(DRUGS.length);
  DRUGS.forEach((drug, d) => {
    const timing = scenario.drugs[drug];
    const day = timingDay(timing);
    if (day !== null) starts[d] = Math.round(day / h) * h;
    else if (timing === 'fever' || timing === 'grade2' || timing === 'grade3') {
      triggerGrade[d] = TRIGGER_GRADE[timing];
    }
  });
  const maskingIndices = MASKING_DRUGS.map((drug) => DRUGS.indexOf(drug));

  // Constants read by the right-hand side.
  const mode = drive.mode;
  const rA = p.tumorGrowth;
  const aMax = p.tumorCapacity;
  const kK = p.killRate;
  const KK = p.killHalfSat;
  const rho = drive.expansion;
  const tau = drive.programme;
  const Kg = drive.antigenHalfSat;
  const homeostatic = p.carHomeostatic;
  const kAct = drive.activation;
  const tMax = p.effectorCapacity;
  const dT = drive.effectorDecay;
  const ka = drive.absorption;
  const ke = drive.elimination;
  const kQ = drive.toleranceGain;
  const dQ = p.toleranceDecay;
  const sC = p.tcellCytokineRelease;
  const kC = p.tcellCytokineClearance;
  const kM = p.macrophageActivation;
  const wD = p.damageSignal;
  const g1 = p.il1Feedback;
  const dM = p.macrophageDecay;
  const l1Max = p.il1Max;
  const l10 = p.il1Baseline;
  const k1 = p.il1Clearance;
  const l6Max = p.il6Max;
  const l60 = p.il6Baseline;
  const a16 = p.il1OnIl6;
  const k6 = p.il6Clearance;
  const fR = p.il6ReceptorShare;
  const kS = p.siltuximabBinding;
  const kE = p.endothelialActivation;
  const KE6 = p.endothelialIl6;
  const wE1 = p.endothelialIl1;
  const dE = p.endothelialRecovery;
  const kN = p.cnsActivation;
  const KN6 = p.cnsIl6;
  const wNE = p.cnsEndothelium;
  const nMax = p.cnsCapacity;
  const dN = p.cnsRecovery;
  const rMax = p.crpMax;
  const KR = p.crpIl6;
  const r0 = p.crpBaseline;
  const kR = p.crpClearance;
  const sT = p.dexamethasoneOnTcells;
  const sCy = p.dexamethasoneOnCytokines;
  const sN = p.dexamethasoneOnCns;
  const phiAna = p.anakinraCns;
  const isCar = mode === 'car';
  const isInjected = mode === 'injected';

  // Drug effects and the CAR-T programme factor at the three stage times of the current RK4
  // step (start, middle, end), computed once per step: slot s occupies [s·W, s·W + W).
  const W = DRUGS.length + 1;
  const PROGRAMME = DRUGS.length;
  const stage = new Float64Array(3 * W);
  // Boundaries between the slots: t + h/4 and t + 3h/4 of the current step.
  const clock = new Float64Array(2);
  const fillStage = (slot: number, time: number): void => {
    fillOccupancies(kinetics, starts, time, stage, slot * W);
    stage[slot * W + PROGRAMME] = isCar ? Math.exp(-time / tau) : 0;
  };

  const rhs: Rhs = (t, y, dy) => {
    const base = t < clock[0]! ? 0 : t < clock[1]! ? W : 2 * W;
    const A = y[I.tumor]!;
    const T = y[I.effector]!;
    const C = y[I.tcellCytokines]!;
    const M = y[I.macrophages]!;
    const L1 = y[I.il1]!;
    const L6 = y[I.il6]!;
    const E = y[I.endothelium]!;
    const N = y[I.cns]!;
    const R = y[I.crp]!;
    const D = y[I.depot]!;
    const G = y[I.agent]!;
    const Q = y[I.tolerance]!;
    const uToc = stage[base + TOC]!;
    const uSil = stage[base + SIL]!;
    const uAna = stage[base + ANA]!;
    const uDex = stage[base + DEX]!;

    const kill = A > 0 ? (kK * T * A) / (KK + A) : 0;
    const engaged = isInjected ? 1 : A > 0 ? A / (Kg + A) : 0;
    const room = 1 - T / tMax;
    dy[I.tumor] = rA * A * (1 - A / aMax) - kill;
    if (isCar) {
      const drive = homeostatic + (1 - homeostatic) * engaged;
      const programme = stage[base + PROGRAMME]!;
      dy[I.effector] = rho * programme * drive * (1 - sT * uDex) * T * room - dT * T;
    } else {
      dy[I.effector] = kAct * G * engaged * (1 - sT * uDex) * room - dT * T;
    }
    const steroid = 1 - sCy * uDex;
    dy[I.tcellCytokines] = (sC * T * engaged * steroid) / (1 + Q) - kC * C;
    const l1 = L1 / l1Max;
    const l1e = l1 * (1 - uAna);
    const l1c = l1 * (1 - phiAna * uAna);
    dy[I.macrophages] = kM * (C + wD * kill + g1 * l1e) * steroid * (1 - M) - dM * M;
    dy[I.il1] = k1 * (l10 + l1Max * M * steroid - L1);
    const clearance = k6 * (1 - fR) + k6 * fR * (1 - uToc) + kS * uSil;
    dy[I.il6] = k6 * (l60 + l6Max * M * (1 + a16 * l1e) * steroid) - clearance * L6;
    const s6 = L6 * (1 - uToc);
    dy[I.endothelium] = kE * (s6 / KE6 + wE1 * l1e) * (1 - E) - dE * E;
    dy[I.cns] = kN * l1c * (L6 / (L6 + KN6) + wNE * E) * (1 - sN * uDex) * (1 - N / nMax) - dN * N;
    dy[I.crp] = kR * (r0 + (rMax * s6) / (s6 + KR) - R);
    dy[I.depot] = -ka * D;
    dy[I.agent] = ka * D - ke * G;
    dy[I.tolerance] = kQ * G - dQ * Q;
  };

  const y = new Float64Array(STATE_SIZE);
  y[I.tumor] = initialTumor;
  y[I.effector] = drive.initialEffectors;
  y[I.il1] = l10;
  y[I.il6] = l60;
  y[I.crp] = r0;

  const doseSteps = drive.doses.map((dose) => Math.round(dose.day / h));
  const doseAmounts = drive.doses.map((dose) => dose.amount);
  let nextDose = 0;

  // Column indices as local constants (the hot loop should not look keys up).
  const c_agent = C.agent;
  const c_bpSupport = C.bpSupport;
  const c_cns = C.cns;
  const c_consciousness = C.consciousness;
  const c_crp = C.crp;
  const c_crsGrade = C.crsGrade;
  const c_drugTocilizumab = C.drugTocilizumab;
  const c_edema = C.edema;
  const c_effector = C.effector;
  const c_endothelium = C.endothelium;
  const c_icansGrade = C.icansGrade;
  const c_ice = C.ice;
  const c_il1 = C.il1;
  const c_il6 = C.il6;
  const c_il6Signal = C.il6Signal;
  const c_macrophages = C.macrophages;
  const c_o2Support = C.o2Support;
  const c_seizure = C.seizure;
  const c_symptomFatigue = C.symptomFatigue;
  const c_t = C.t;
  const c_tcellCytokines = C.tcellCytokines;
  const c_temperature = C.temperature;
  const c_tolerance = C.tolerance;
  const c_tumor = C.tumor;
  const c_tumorBurden = C.tumorBurden;
  // Output columns in SERIES_KEYS order (an array of arrays: fast, unlike a 45-key object).
  const cols: number[][] = SERIES_KEYS.map(() => new Array<number>(nOut).fill(0));
  const tracker = createTracker();
  /** Time CRS (grade ≥ 1) was first seen, and time fever masking began. */
  let crsOnset = Infinity;
  let maskedFrom = Infinity;
  const symptoms = new Float64Array(SYMPTOMS.length);
  const symptomInputs: SymptomInputs = {
    temperature: 0,
    drive: 0,
    cns: 0,
    bpLevel: 0,
    o2Level: 0,
    ice: 10,
    seizureLevel: 0,
  };

  /**
   * Observe the state at time t (the end of the current step, whose drug effects are in stage
   * slot 2): grades, triggers, summary, and the output sample `out` (or -1).
   */
  const observe = (t: number, out: number): void => {
    const end = 2 * W;
    const uToc = stage[end + TOC]!;
    const uAna = stage[end + ANA]!;
    const uApy = stage[end + APY]!;
    const L6 = y[I.il6]!;
    const L1 = y[I.il1]!;
    const E = y[I.endothelium]!;
    const N = y[I.cns]!;
    const s6 = L6 * (1 - uToc);
    const pyro = pyrogenDrive(s6, L1 * (1 - uAna), p);
    const temperature = temperatureOf(pyro, uApy, p);
    const bp = bpLevelOf(E, p);
    const o2 = o2LevelOf(E, p);
    // ASTCT waives the fever only in a patient who had CRS and *then* received an antipyretic
    // or anti-cytokine drug: a drug started before CRS began (prophylaxis, premedication)
    // never masks, even once CRS breaks through it.
    if (maskedFrom === Infinity && crsOnset < t) {
      for (const d of maskingIndices) {
        const start = starts[d]!;
        if (start >= crsOnset && start <= t) maskedFrom = t;
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
      if (threshold > 0 && starts[d] === Infinity && crs >= threshold) starts[d] = t;
    }
    if (out < 0) return;
    cols[c_t]![out] = t;
    cols[c_tumor]![out] = remaining;
    cols[c_tumorBurden]![out] = 100 * y[I.tumor]!;
    cols[c_effector]![out] = y[I.effector]!;
    cols[c_tcellCytokines]![out] = y[I.tcellCytokines]!;
    cols[c_macrophages]![out] = y[I.macrophages]!;
    cols[c_il1]![out] = L1;
    cols[c_il6]![out] = L6;
    cols[c_il6Signal]![out] = s6;
    cols[c_endothelium]![out] = E;
    cols[c_cns]![out] = N;
    cols[c_crp]![out] = y[I.crp]!;
    cols[c_temperature]![out] = temperature;
    cols[c_bpSupport]![out] = bp;
    cols[c_o2Support]![out] = o2;
    cols[c_crsGrade]![out] = crs;
    cols[c_ice]![out] = ice;
    cols[c_consciousness]![out] = consciousness;
    cols[c_seizure]![out] = seizure;
    cols[c_edema]![out] = edema;
    cols[c_icansGrade]![out] = icans;
    cols[c_agent]![out] = y[I.agent]!;
    cols[c_tolerance]![out] = y[I.tolerance]!;
    for (let d = 0; d < DRUGS.length; d++) cols[c_drugTocilizumab + d]![out] = stage[end + d]!;
    symptomInputs.temperature = temperature;
    symptomInputs.drive = pyro;
    symptomInputs.cns = N;
    symptomInputs.bpLevel = bp;
    symptomInputs.o2Level = o2;
    symptomInputs.ice = ice;
    symptomInputs.seizureLevel = seizure;
    fillSymptoms(symptomInputs, symptoms);
    for (let k = 0; k < SYMPTOMS.length; k++) cols[c_symptomFatigue + k]![out] = symptoms[k]!;
  };

  const ws = createRk4Workspace(STATE_SIZE);
  fillStage(2, 0);
  observe(0, 0);
  for (let i = 0; i < nSteps; i++) {
    while (nextDose < doseSteps.length && doseSteps[nextDose] === i) {
      y[I.depot] = y[I.depot]! + doseAmounts[nextDose]!;
      nextDose += 1;
    }
    const t = i * h;
    fillStage(0, t);
    fillStage(1, t + h / 2);
    fillStage(2, t + h);
    clock[0] = t + h / 4;
    clock[1] = t + (3 * h) / 4;
    rk4Step(rhs, t, y, h, ws);
    // RK4 can overshoot a few ulps below zero as a state empties; clamp those (and only those).
    for (let j = 0; j < STATE_SIZE; j++) if (y[j]! < 0) y[j] = 0;
    const step = i + 1;
    observe(step * h, step % every === 0 ? step / every : -1);
  }

  const drugStarts = {} as Record<Drug, number | null>;
  DRUGS.forEach((drug, d) => {
    const start = starts[d]!;
    drugStarts[drug] = start === Infinity ? null : Math.round(start * 100) / 100;
  });
  const series = Object.fromEntries(SERIES_KEYS.map((key, i) => [key, cols[i]!])) as Series;
  return {
    summary: finishSummary(tracker),
    series,
    drugStarts,
    feverMaskedFrom: maskedFrom === Infinity ? null : Math.round(maskedFrom * 100) / 100,
  };
}
