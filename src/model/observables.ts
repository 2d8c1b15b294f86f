/**
 * What a clinician or patient would see, computed from the model's state: temperature,
 * blood-pressure and oxygen support, the ICE score and the other ICANS findings, and
 * patient symptoms with a severity 0–3 (none, mild, moderate, severe).
 *
 * All functions return numbers (levels are indices into the lists of ./grading.ts) so the
 * model can call them at every step without allocating.
 */
import { CONSCIOUSNESS } from './grading.ts';
import type { ParameterValues } from './parameters.ts';

const UNAROUSABLE = CONSCIOUSNESS.indexOf('unarousable');

/**
 * Pyrogen drive at the fever center: blocked IL-6 signal and IL-1 signal (anakinra blocks
 * the latter), each in its own half-effect units.
 */
export function pyrogenDrive(il6Signal: number, il1Signal: number, p: ParameterValues): number {
  return il6Signal / p.feverIl6 + (p.feverIl1 * il1Signal) / p.il1Max;
}

/** Body temperature, °C; an antipyretic removes part of the rise, not its cause. */
export function temperatureOf(pyrogen: number, antipyretic: number, p: ParameterValues): number {
  const rise = (p.feverRange * pyrogen) / (1 + pyrogen);
  return p.baseTemperature + rise * (1 - p.antipyreticEffect * antipyretic);
}

/** Blood-pressure support level (index into BP_SUPPORT) from endothelial activation. */
export function bpLevelOf(endothelium: number, p: ParameterValues): number {
  if (endothelium >= p.pressorsThreshold) return 3;
  if (endothelium >= p.onePressorThreshold) return 2;
  if (endothelium >= p.fluidsThreshold) return 1;
  return 0;
}

/** Oxygen support level (index into O2_SUPPORT) from endothelial activation (lung leak). */
export function o2LevelOf(endothelium: number, p: ParameterValues): number {
  if (endothelium >= p.positivePressureThreshold) return 3;
  if (endothelium >= p.highFlowThreshold) return 2;
  if (endothelium >= p.lowFlowThreshold) return 1;
  return 0;
}

/** ICE score 0–10: points are lost linearly as CNS inflammation rises. */
export function iceOf(cns: number, p: ParameterValues): number {
  const lost = (10 * (cns - p.iceLossStart)) / (p.iceLossEnd - p.iceLossStart);
  return Math.min(10, Math.max(0, Math.round(10 - lost)));
}

/**
 * Level of consciousness (index into CONSCIOUSNESS). The model's deepest level is a patient who
 * cannot be roused; it does not model the in-between "rousable only by vigorous touch".
 */
export function consciousnessLevelOf(cns: number, p: ParameterValues): number {
  if (cns >= p.unarousableThreshold) return UNAROUSABLE;
  if (cns >= p.touchThreshold) return 3;
  if (cns >= p.voiceThreshold) return 2;
  if (cns >= p.drowsyThreshold) return 1;
  return 0;
}

/** Seizure (index into SEIZURE): none, a brief focal seizure, or prolonged/repeated. */
export function seizureLevelOf(cns: number, p: ParameterValues): number {
  if (cns >= p.statusThreshold) return 3;
  if (cns >= p.seizureThreshold) return 1;
  return 0;
}

/** Brain swelling (index into EDEMA). */
export function edemaLevelOf(cns: number, p: ParameterValues): number {
  if (cns >= p.diffuseEdemaThreshold) return 2;
  if (cns >= p.focalEdemaThreshold) return 1;
  return 0;
}

/** Patient symptoms, in display order. */
export const SYMPTOMS = [
  { id: 'fatigue', label: 'Tiredness', key: 'symptomFatigue' },
  { id: 'fever', label: 'Fever, chills', key: 'symptomFever' },
  { id: 'appetite', label: 'Loss of appetite', key: 'symptomAppetite' },
  { id: 'nausea', label: 'Nausea or vomiting', key: 'symptomNausea' },
  { id: 'headache', label: 'Headache', key: 'symptomHeadache' },
  { id: 'dizziness', label: 'Dizziness, low blood pressure', key: 'symptomDizziness' },
  { id: 'heartbeat', label: 'Fast heartbeat', key: 'symptomHeartbeat' },
  { id: 'breathless', label: 'Shortness of breath', key: 'symptomBreathless' },
  { id: 'confusion', label: 'Confusion, trouble finding words', key: 'symptomConfusion' },
  { id: 'seizure', label: 'Seizure', key: 'symptomSeizure' },
] as const;
export type SymptomId = (typeof SYMPTOMS)[number]['id'];
export type SymptomKey = (typeof SYMPTOMS)[number]['key'];

/** Severity labels, index = severity. */
export const SEVERITY_LABELS = ['none', 'mild', 'moderate', 'severe'] as const;

/**
 * How observables map to symptom severity. This is a presentation scale (how the site words
 * what the model computes), not a fitted part of the model; each row lists the cut-offs for
 * mild, moderate and severe.
 */
const SYMPTOM_SCALE = {
  /** Temperature, °C: 38.0 is the consensus fever threshold. */
  feverC: [38.0, 39.0, 40.0],
  /** Systemic inflammation 0–1 (pyrogen drive d as d / (1 + d), before any antipyretic). */
  fatigue: [0.15, 0.4, 0.65],
  appetite: [0.25, 0.5, 0.75],
  nausea: [0.35, 0.6, 0.85],
  headache: [0.3, 0.55, 0.8],
  /** CNS inflammation, r.u., for the brain's share of headache. */
  headacheCns: [0.3, 0.6, 0.9],
  /** ICE score at or below which confusion is mild, moderate, severe. */
  confusionIce: [9, 6, 2],
} as const;

function severity(value: number, cutoffs: readonly [number, number, number]): number {
  if (value >= cutoffs[2]) return 3;
  if (value >= cutoffs[1]) return 2;
  if (value >= cutoffs[0]) return 1;
  return 0;
}

/** The observables symptoms are read from (one reusable object per simulation). */
export interface SymptomInputs {
  temperature: number;
  /** Pyrogen drive (./observables.ts `pyrogenDrive`), before any antipyretic. */
  pyrogenDrive: number;
  cns: number;
  bpLevel: number;
  o2Level: number;
  ice: number;
  seizureLevel: number;
}

/** The inputs of a calm patient (37 °C, no inflammation, full ICE score), to fill in place. */
export function calmSymptomInputs(): SymptomInputs {
  return {
    temperature: 37,
    pyrogenDrive: 0,
    cns: 0,
    bpLevel: 0,
    o2Level: 0,
    ice: 10,
    seizureLevel: 0,
  };
}

function confusion(ice: number): number {
  const [mild, moderate, severe] = SYMPTOM_SCALE.confusionIce;
  if (ice <= severe) return 3;
  if (ice <= moderate) return 2;
  if (ice <= mild) return 1;
  return 0;
}

/** Position of each symptom in {@link SYMPTOMS}. */
const AT = Object.fromEntries(SYMPTOMS.map((symptom, i) => [symptom.id, i])) as Readonly<
  Record<SymptomId, number>
>;

/**
 * Write the severity 0–3 of every symptom, in {@link SYMPTOMS} order, into `out` from
 * `offset` on. Writes instead of returning so the model's loop does not allocate.
 */
export function fillSymptoms(o: SymptomInputs, out: Float64Array, offset = 0): void {
  const s = SYMPTOM_SCALE;
  const inflammation = o.pyrogenDrive / (1 + o.pyrogenDrive);
  const fever = severity(o.temperature, s.feverC);
  out[offset + AT.fatigue] = severity(inflammation, s.fatigue);
  out[offset + AT.fever] = fever;
  out[offset + AT.appetite] = severity(inflammation, s.appetite);
  out[offset + AT.nausea] = severity(inflammation, s.nausea);
  out[offset + AT.headache] = Math.max(
    severity(inflammation, s.headache),
    severity(o.cns, s.headacheCns),
  );
  out[offset + AT.dizziness] = o.bpLevel;
  out[offset + AT.heartbeat] = Math.max(o.bpLevel, fever);
  out[offset + AT.breathless] = o.o2Level;
  out[offset + AT.confusion] = confusion(o.ice);
  out[offset + AT.seizure] = o.seizureLevel > 0 ? 3 : 0;
}
