/**
 * The cascade's equations (the design's model.md; shown on /model/ from content/pages/model.mdx), as the in-place right-hand side the RK4 solver calls,
 * and the forcing they read: each drug's effect and the CAR-T programme factor over one step.
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
import { DRUGS, fillOccupancies, type DrugKinetics, type DrugPlan } from './drugs.ts';
import type { ParameterValues } from './parameters.ts';
import type { Rhs } from './solver.ts';
import type { TherapyKinetics } from './therapies.ts';

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
export const STATE_SIZE = Object.keys(STATE).length;

const I = STATE;
const TOC = DRUGS.indexOf('tocilizumab');
const SIL = DRUGS.indexOf('siltuximab');
const ANA = DRUGS.indexOf('anakinra');
const DEX = DRUGS.indexOf('dexamethasone');

/**
 * Width of one forcing slot: every drug's effect, then the CAR-T programme factor, then the
 * rate of a continuous infusion of the agent.
 */
const SLOT = DRUGS.length + 2;
const PROGRAMME = DRUGS.length;
const INFUSION = DRUGS.length + 1;
/** Offset of the end-of-step slot, whose drug effects the observation reads. */
export const END_SLOT = 2 * SLOT;

/**
 * What the equations read besides the state, at the three stage times of the current RK4 step
 * (start, middle, end), computed once per step so the right-hand side only looks it up.
 */
export interface Forcing {
  /** Slot s (0 start, 1 middle, 2 end) holds [s·SLOT, s·SLOT + SLOT): drug effects in {@link DRUGS} order, the programme factor, the infusion rate. */
  readonly values: Float64Array;
  /** Boundaries between the slots: t + h/4 and t + 3h/4 of the current step. */
  readonly clock: Float64Array;
}

export function createForcing(): Forcing {
  return { values: new Float64Array(3 * SLOT), clock: new Float64Array(2) };
}

/**
 * Fill the forcing of slot `slot` for time `time`: each drug's effect (drugs that have not
 * started, `plan.starts[d]` = Infinity, have none, unless premedication gives them), for CAR-T
 * the expansion programme e^{−t/τ}, and the rate of any continuous infusion.
 */
export function fillForcing(
  forcing: Forcing,
  slot: number,
  time: number,
  kinetics: readonly DrugKinetics[],
  plan: DrugPlan,
  therapy: TherapyKinetics,
): void {
  const at = slot * SLOT;
  fillOccupancies(kinetics, plan, time, forcing.values, at);
  forcing.values[at + PROGRAMME] = therapy.mode === 'car' ? Math.exp(-time / therapy.programme) : 0;
  let rate = 0;
  for (const segment of therapy.infusions) {
    if (time >= segment.from && time < segment.to) rate += segment.rate;
  }
  forcing.values[at + INFUSION] = rate;
}

/** Fill the three slots of the step from `t` to `t + h`. */
export function prepareStep(
  forcing: Forcing,
  t: number,
  h: number,
  kinetics: readonly DrugKinetics[],
  plan: DrugPlan,
  therapy: TherapyKinetics,
): void {
  fillForcing(forcing, 0, t, kinetics, plan, therapy);
  fillForcing(forcing, 1, t + h / 2, kinetics, plan, therapy);
  fillForcing(forcing, 2, t + h, kinetics, plan, therapy);
  forcing.clock[0] = t + h / 4;
  forcing.clock[1] = t + (3 * h) / 4;
}

/**
 * The right-hand side of the equations above for one therapy, reading the drug effects from
 * `forcing`. Parameters are copied into locals once, so the hot loop never looks a key up.
 */
export function makeRhs(p: ParameterValues, therapy: TherapyKinetics, forcing: Forcing): Rhs {
  const { values: u, clock } = forcing;
  const isCar = therapy.mode === 'car';
  const isInjected = therapy.mode === 'injected';
  const rA = p.tumorGrowth;
  const aMax = p.tumorCapacity;
  const kK = p.killRate;
  const KK = p.killHalfSat;
  const rho = therapy.expansion;
  const Kg = therapy.antigenHalfSat;
  const homeostatic = p.carHomeostatic;
  const kAct = therapy.activation;
  const KG = therapy.agentHalfEffect;
  const normalTarget = p.bispecificNormalTarget;
  const tMax = p.effectorCapacity;
  const dT = therapy.effectorDecay;
  const ka = therapy.absorption;
  const ke = therapy.elimination;
  const kQ = therapy.toleranceGain;
  const dQ = p.toleranceDecay;
  const sC = p.tcellCytokineRelease;
  const cFloor = p.carReleaseFloor;
  const kC = p.tcellCytokineClearance;
  const kM = p.macrophageActivation;
  const wD = p.damageSignal;
  const kD = p.damageSaturation;
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

  return (t, y, dy) => {
    const base = t < clock[0]! ? 0 : t < clock[1]! ? SLOT : 2 * SLOT;
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
    const uToc = u[base + TOC]!;
    const uSil = u[base + SIL]!;
    const uAna = u[base + ANA]!;
    const uDex = u[base + DEX]!;

    const kill = A > 0 ? (kK * T * A) / (KK + A) : 0;
    const engaged = isInjected ? 1 : A > 0 ? A / (Kg + A) : 0;
    const room = 1 - T / tMax;
    dy[I.tumor] = rA * A * (1 - A / aMax) - kill;
    // cytokine output per engaged T cell: CAR-T cells release most while their programme runs
    let release = sC;
    if (isCar) {
      // antigen stimulus: a homeostatic floor plus engagement by antigen
      const stimulus = homeostatic + (1 - homeostatic) * engaged;
      const programme = u[base + PROGRAMME]!;
      dy[I.effector] = rho * programme * stimulus * (1 - sT * uDex) * T * room - dT * T;
      release = sC * (cFloor + (1 - cFloor) * programme);
    } else {
      // an engager also finds its target on normal cells (B cells, plasma cells), so T cells
      // stay switched on as the tumor empties; only tumor engagement releases cytokines
      const found = isInjected ? 1 : normalTarget + (1 - normalTarget) * engaged;
      const drive = ((kAct * G) / (1 + G / KG)) * found;
      dy[I.effector] = drive * (1 - sT * uDex) * room - dT * T;
    }
    const steroid = 1 - sCy * uDex;
    dy[I.tcellCytokines] = (release * T * engaged * steroid) / (1 + Q) - kC * C;
    // IL-1 and IL-6 act through what they add to their resting levels, so rest is a steady state
    const x1 = L1 > l10 ? (L1 - l10) / l1Max : 0;
    const x1e = x1 * (1 - uAna);
    const x1c = x1 * (1 - phiAna * uAna);
    const x6 = L6 > l60 ? L6 - l60 : 0;
    const damage = (wD * kill) / (1 + kill / kD);
    dy[I.macrophages] = kM * (C + damage + g1 * x1e) * steroid * (1 - M) - dM * M;
    dy[I.il1] = k1 * (l10 + l1Max * M * steroid - L1);
    const clearance = k6 * (1 - fR) + k6 * fR * (1 - uToc) + kS * uSil;
    dy[I.il6] = k6 * (l60 + l6Max * M * (1 + a16 * x1e) * steroid) - clearance * L6;
    const s6 = x6 * (1 - uToc);
    dy[I.endothelium] = kE * (s6 / KE6 + wE1 * x1e) * (1 - E) - dE * E;
    dy[I.cns] = kN * x1c * (x6 / (x6 + KN6) + wNE * E) * (1 - sN * uDex) * (1 - N / nMax) - dN * N;
    dy[I.crp] = kR * (r0 + (rMax * s6) / (s6 + KR) - R);
    dy[I.depot] = -ka * D;
    dy[I.agent] = ka * D - ke * G + u[base + INFUSION]!;
    dy[I.tolerance] = kQ * G - dQ * Q;
  };
}

/** The state at day 0: the tumor, the infused effector cells, and cytokines and CRP at rest. */
export function initialState(
  p: ParameterValues,
  therapy: TherapyKinetics,
  initialTumor: number,
): Float64Array {
  const y = new Float64Array(STATE_SIZE);
  y[I.tumor] = initialTumor;
  y[I.effector] = therapy.initialEffectors;
  y[I.il1] = p.il1Baseline;
  y[I.il6] = p.il6Baseline;
  y[I.crp] = p.crpBaseline;
  return y;
}
