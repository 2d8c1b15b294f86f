/**
 * Public surface of the cascade model for the explorer, the calculators and the CLI.
 * Everything here is pure TypeScript: no DOM, no I/O.
 */
export {
  simulate,
  STATE,
  DEFAULT_STEP,
  DEFAULT_OUTPUT_EVERY,
  type Series,
  type SeriesKey,
  type Simulation,
  type SimulateOptions,
  type StateName,
} from './cascade.ts';
export { SERIES_KEYS, HORIZON_DAYS } from './series.ts';
export type { Summary } from './summary.ts';
export {
  parse as parseScenario,
  encode as encodeScenario,
  makeScenario,
  timingDay,
  DEFAULT_SCENARIO,
  BURDEN_PRESETS,
  THERAPIES,
  DOSES,
  DRUGS,
  DRUG_TRIGGERS,
  LAST_DAY,
  SCENARIO_KEYS,
  type Scenario,
  type Therapy,
  type Dose,
  type Drug,
  type DrugTiming,
} from './scenario.ts';
export { isRejection, type QueryNote, type QueryNoteKind } from './query.ts';
export {
  gradeCrs,
  gradeIcans,
  iceScore,
  crsGradeOf,
  icansGradeOf,
  FEVER_THRESHOLD_C,
  temperatureTenths,
  BP_SUPPORT,
  O2_SUPPORT,
  CONSCIOUSNESS,
  SEIZURE,
  MOTOR,
  EDEMA,
  ICE_ITEM_MAX,
  type BpSupport,
  type O2Support,
  type Consciousness,
  type Seizure,
  type Motor,
  type Edema,
  type CrsInputs,
  type CrsResult,
  type CrsCriterion,
  type CrsGrade,
  type IcansInputs,
  type IcansResult,
  type IcansDomain,
  type IcansGrade,
  type IceItems,
} from './grading.ts';
export {
  parseCrsInputs,
  resolveCrs,
  parseIcansInputs,
  resolveIcans,
  parseIceItems,
  resolveIceItems,
  EMPTY_CRS_DRAFT,
  EMPTY_ICANS_DRAFT,
} from './grade-query.ts';
export {
  encodeCrsInputs,
  encodeCrsDraft,
  encodeIcansInputs,
  encodeIcansDraft,
  encodeIceItems,
  CRS_KEYS,
  ICANS_KEYS,
  ICE_KEYS,
  type CrsDraft,
  type IcansDraft,
  type IceDraft,
} from './grade-encode.ts';
export {
  BODY_TEMPERATURE_C,
  LOW_TEMPERATURE_C,
  formatTemperature,
  type TemperatureUnit,
} from './temperature.ts';
export { readTemperature, type TemperatureText } from './temperature-text.ts';
export { SYMPTOMS, SEVERITY_LABELS, type SymptomId } from './observables.ts';
export {
  PARAMETERS,
  DEFAULT_PARAMETERS,
  parameter,
  type ParameterEntry,
  type ParameterGroup,
  type ParameterId,
  type ParameterSource,
  type ParameterValues,
} from './parameters.ts';
export { exposure, occupancy, drugKinetics, MASKING_DRUGS, type DrugKinetics } from './drugs.ts';
export { seriesToCsv, round6 } from './series-export.ts';
