/**
 * The values of the cascade model's parameters: every number the equations use, by id. What each
 * one means, its unit, its symbol and its grounding (a citation key or the behaviour of model.md
 * it was chosen to reproduce) are in ./parameter-table.ts, keyed by the same ids (TypeScript
 * refuses an id on one side only). The two halves live apart so the explorer, which needs the
 * numbers, does not ship the table's prose, which only the "About the model" page renders.
 *
 * Units: time in days (d). Cell and signal states are in relative units (r.u.), scaled so
 * that 1 means "as much as the model allows" (activated monocyte fraction, endothelial
 * activation) or "a strong response" (effector T cells). IL-6 and IL-1 are in pg/mL and CRP in
 * mg/L, but their sizes are illustrative, not fitted to patients.
 */

const values = {
  // ---- tumor --------------------------------------------------------------------------------
  tumorGrowth: 0.03,
  tumorCapacity: 1.5,
  killRate: 1.2,
  killHalfSat: 0.1,

  // ---- therapies ----------------------------------------------------------------------------
  carInfused: 0.005,
  carExpansionCd28: 3,
  carProgrammeCd28: 3,
  carExpansionBb: 1.8,
  carProgrammeBb: 5,
  carHalfSat: 0.4,
  carHomeostatic: 0.8,
  carReleaseFloor: 0.3,
  effectorCapacity: 1,
  effectorDecay: 0.3,
  doseLow: 0.5,
  doseHigh: 2,
  bispecificActivation: 12,
  bispecificDeactivation: 2.5,
  bispecificHalfSat: 0.01,
  bispecificSaturation: 1000,
  bispecificNormalTarget: 0.3,
  bispecificStep1: 0.04,
  bispecificStep2: 0.2,
  bispecificStepInterval: 3,
  bispecificWeeklyStart: 13,
  bispecificAbsorption: 1,
  bispecificElimination: 0.4,
  toleranceGain: 300,
  toleranceDecay: 0.05,
  intratumoralActivation: 4,
  intratumoralAbsorption: 0.1,
  intratumoralElimination: 0.3,
  intratumoralMinimum: 0.3,
  intratumoralTolerance: 80,

  // ---- the cascade --------------------------------------------------------------------------
  tcellCytokineRelease: 16,
  tcellCytokineClearance: 5,
  macrophageActivation: 2,
  damageSignal: 0.3,
  damageSaturation: 0.05,
  il1Feedback: 0.15,
  macrophageDecay: 1.2,
  il1Max: 50,
  il1Baseline: 1,
  il1Clearance: 8,
  il6Max: 1500,
  il6Baseline: 3,
  il1OnIl6: 1,
  il6Clearance: 3,
  il6ReceptorShare: 0.8,
  endothelialActivation: 2,
  endothelialIl6: 1000,
  endothelialIl1: 0.5,
  endothelialRecovery: 1.0,
  cnsActivation: 2,
  cnsIl6: 500,
  cnsEndothelium: 0.3,
  cnsCapacity: 2,
  cnsRecovery: 0.1,
  crpMax: 250,
  crpIl6: 300,
  crpBaseline: 3,
  crpClearance: 0.9,

  // ---- drugs --------------------------------------------------------------------------------
  tocilizumabHalfLife: 5,
  tocilizumabIc50: 0.02,
  siltuximabHalfLife: 10,
  siltuximabIc50: 0.05,
  siltuximabBinding: 15,
  anakinraHalfLife: 0.2,
  anakinraCourse: 10,
  anakinraIc50: 0.1,
  anakinraCns: 0.5,
  dexamethasoneHalfLife: 0.5,
  dexamethasoneCourse: 7,
  courseAfterResolution: 1,
  courseCrp: 20,
  dexamethasoneEc50: 0.15,
  dexamethasoneOnTcells: 0.03,
  dexamethasoneOnCytokines: 0.6,
  dexamethasoneOnCns: 0.6,
  antihistamineHalfLife: 0.5,
  antihistamineIc50: 0.1,
  antipyreticHalfLife: 0.1,
  antipyreticEc50: 0.1,
  antipyreticEffect: 0.7,

  // ---- observables --------------------------------------------------------------------------
  baseTemperature: 37,
  feverRange: 3.5,
  feverIl6: 250,
  feverIl1: 0.5,
  fluidsThreshold: 0.25,
  onePressorThreshold: 0.55,
  pressorsThreshold: 0.66,
  lowFlowThreshold: 0.3,
  highFlowThreshold: 0.58,
  positivePressureThreshold: 0.68,
  iceLossStart: 0.3,
  iceLossEnd: 1.3,
  drowsyThreshold: 0.6,
  voiceThreshold: 0.9,
  touchThreshold: 1.2,
  unarousableThreshold: 1.5,
  seizureThreshold: 1.3,
  statusThreshold: 1.7,
  focalEdemaThreshold: 1.4,
  diffuseEdemaThreshold: 1.7,
} as const satisfies Record<string, number>;

export type ParameterId = keyof typeof values;

/** Plain numbers, one per parameter: what the equations read. */
export type ParameterValues = { readonly [K in ParameterId]: number };

/** Default values of every parameter, in the table's order. */
export const DEFAULT_PARAMETERS: ParameterValues = values;

/** Defaults with some values replaced (used by sensitivity tests and the explorer). */
export function withParameters(
  overrides: Partial<Record<ParameterId, number>> = {},
): ParameterValues {
  return { ...DEFAULT_PARAMETERS, ...overrides };
}
