/**
 * The site's one vocabulary: the words a reader sees for each value of the model's lists
 * (blood-pressure and oxygen support, level of consciousness, seizure, motor findings, brain
 * swelling, drug timings, drugs, therapies), keyed by value and register. Pure data, so the
 * model's own explanation sentences (./grading.ts) use it as the explorer and the calculators
 * do; a translation translates this module.
 *
 * Every vocabulary has the three registers of {@link REGISTERS}:
 * - `patient`: plain words for patients and families (the explorer's "what you might feel");
 * - `clinician`: the clinical wording, close to the ASTCT consensus (the calculators' options);
 * - `short`: the fewest words that name the value (table cells, chart read-outs, options).
 *
 * Some have more, where the site words one value two ways for one reader: `finding` (inside the
 * grading sentences: "low blood pressure needing one vasopressor"), `need` (after "needs" in
 * the explorer's summary), `band` (the support chart's legend), `when` (after "set to start").
 *
 * Words no page shows yet (the ICANS findings in a patient's words, say) are written for the
 * reviewers and the translation. One export per vocabulary and register, so the bundles keep
 * only the words some page shows; {@link VOCABULARY} gathers them all (for the test that every
 * value has every register). The drug and therapy catalogues (./drugs.ts, ./therapies.ts) take
 * their names from here, so this module imports nothing at run time: the calculators' pages
 * load these words without the simulation's code.
 */
import type { BpSupport, Consciousness, Edema, Motor, O2Support, Seizure } from './grading.ts';

/** The registers every vocabulary has. */
export const REGISTERS = ['patient', 'clinician', 'short'] as const;
export type Register = (typeof REGISTERS)[number];

/** One register of a vocabulary: a word for each value. */
export type Words<V extends string> = Readonly<Record<V, string>>;

/* ---- blood-pressure support (BP_SUPPORT) -------------------------------------------------- */

export const BP_PATIENT: Words<BpSupport> = {
  none: 'no treatment for blood pressure',
  fluids: 'fluids through a drip to support blood pressure',
  'one-pressor': 'a medicine that raises blood pressure (a vasopressor)',
  'multiple-pressors': 'several medicines to raise blood pressure',
};

export const BP_CLINICIAN: Words<BpSupport> = {
  none: 'None: blood pressure normal for this patient',
  fluids: 'Low, treated with fluids only (no vasopressor)',
  'one-pressor': 'One vasopressor, with or without vasopressin',
  'multiple-pressors': 'Several vasopressors (vasopressin not counted)',
};

export const BP_SHORT: Words<BpSupport> = {
  none: 'None',
  fluids: 'Fluids',
  'one-pressor': 'One vasopressor',
  'multiple-pressors': 'Several vasopressors',
};

export const BP_NEED: Words<BpSupport> = {
  none: 'no blood-pressure support',
  fluids: 'fluids for low blood pressure',
  'one-pressor': 'one vasopressor',
  'multiple-pressors': 'several vasopressors',
};

export const BP_FINDING: Words<BpSupport> = {
  none: 'no low blood pressure',
  fluids: 'low blood pressure treated without vasopressors',
  'one-pressor': 'low blood pressure needing one vasopressor',
  'multiple-pressors': 'low blood pressure needing several vasopressors',
};

export const BP_BAND: Words<BpSupport> = {
  none: 'none',
  fluids: 'fluids',
  'one-pressor': 'one vasopressor',
  'multiple-pressors': 'several',
};

/* ---- oxygen support (O2_SUPPORT) ----------------------------------------------------------- */

export const O2_PATIENT: Words<O2Support> = {
  none: 'no extra oxygen',
  'low-flow': 'oxygen through a small tube under the nose',
  'high-flow': 'more oxygen, through a high-flow tube or a mask',
  'positive-pressure': 'a machine that helps with breathing',
};

export const O2_CLINICIAN: Words<O2Support> = {
  none: 'None, or oxygen for comfort only',
  'low-flow': 'Low-flow nasal cannula ≤ 6 L/min, or blow-by',
  'high-flow': 'High-flow nasal cannula > 6 L/min, face mask, non-rebreather or Venturi mask',
  'positive-pressure': 'Positive pressure: CPAP, BiPAP, or intubation and mechanical ventilation',
};

export const O2_SHORT: Words<O2Support> = {
  none: 'None',
  'low-flow': 'Low-flow oxygen',
  'high-flow': 'High-flow oxygen',
  'positive-pressure': 'Positive pressure',
};

export const O2_NEED: Words<O2Support> = {
  none: 'no oxygen support',
  'low-flow': 'low-flow oxygen',
  'high-flow': 'high-flow oxygen',
  'positive-pressure': 'positive-pressure breathing support',
};

export const O2_FINDING: Words<O2Support> = {
  none: 'no oxygen need',
  'low-flow': 'low-flow oxygen (≤ 6 L/min)',
  'high-flow': 'high-flow oxygen (> 6 L/min) or a mask',
  'positive-pressure': 'positive-pressure breathing support',
};

export const O2_BAND: Words<O2Support> = {
  none: 'none',
  'low-flow': 'low-flow',
  'high-flow': 'high-flow',
  'positive-pressure': 'positive pressure',
};

/* ---- level of consciousness (CONSCIOUSNESS) ------------------------------------------------ */

export const CONSCIOUSNESS_PATIENT: Words<Consciousness> = {
  awake: 'awake and alert',
  spontaneous: 'drowsy, but wakes up on their own',
  voice: 'wakes up only when spoken to',
  touch: 'wakes up only when touched',
  vigorous: 'wakes up only with a firm or repeated touch',
  unarousable: 'cannot be woken up',
};

export const CONSCIOUSNESS_CLINICIAN: Words<Consciousness> = {
  awake: 'Alert',
  spontaneous: 'Drowsy, awakens spontaneously',
  voice: 'Awakens only to voice',
  touch: 'Awakens only to touch',
  vigorous: 'Rousable only by vigorous or repeated touch',
  unarousable: 'Cannot be roused: stupor or coma',
};

export const CONSCIOUSNESS_SHORT: Words<Consciousness> = {
  awake: 'Alert',
  spontaneous: 'Drowsy',
  voice: 'Wakes to voice',
  touch: 'Wakes to touch',
  vigorous: 'Wakes to vigorous touch',
  unarousable: 'Unarousable',
};

export const CONSCIOUSNESS_FINDING: Words<Consciousness> = {
  awake: 'alert',
  spontaneous: 'drowsy but wakes by themselves',
  voice: 'wakes only to voice',
  touch: 'wakes only to touch',
  vigorous: 'rousable only by vigorous or repeated touch',
  unarousable: 'cannot be roused (stupor or coma)',
};

/* ---- seizure (SEIZURE) --------------------------------------------------------------------- */

export const SEIZURE_PATIENT: Words<Seizure> = {
  none: 'no seizures',
  'focal-resolves': 'a seizure in one part of the body that stopped quickly',
  generalized: 'a seizure of the whole body that stopped quickly',
  prolonged: 'a seizure lasting over 5 minutes, or seizures one after another',
};

export const SEIZURE_CLINICIAN: Words<Seizure> = {
  none: 'None',
  'focal-resolves':
    'Focal seizure that resolved rapidly, or non-convulsive seizures on EEG that resolved with intervention',
  generalized: 'Generalized seizure that resolved rapidly',
  prolonged:
    'Life-threatening prolonged seizure (> 5 min), or repeated seizures without return to baseline',
};

export const SEIZURE_SHORT: Words<Seizure> = {
  none: 'None',
  'focal-resolves': 'Focal, resolved',
  generalized: 'Generalized, resolved',
  prolonged: 'Prolonged or repeated',
};

export const SEIZURE_FINDING: Words<Seizure> = {
  none: 'no seizure',
  'focal-resolves': 'a focal seizure that resolved quickly',
  generalized: 'a generalized seizure that resolved quickly',
  prolonged: 'a prolonged (over 5 minutes) or repeated seizure',
};

/* ---- motor findings (MOTOR) ---------------------------------------------------------------- */

export const MOTOR_PATIENT: Words<Motor> = {
  none: 'no new weakness',
  weakness: 'marked weakness of one side of the body or of both legs',
};

export const MOTOR_CLINICIAN: Words<Motor> = {
  none: 'None',
  weakness: 'Deep focal motor weakness (hemiparesis, paraparesis)',
};

export const MOTOR_SHORT: Words<Motor> = {
  none: 'None',
  weakness: 'Deep focal weakness',
};

export const MOTOR_FINDING: Words<Motor> = {
  none: 'no weakness',
  weakness: 'deep focal motor weakness',
};

/* ---- raised intracranial pressure / cerebral edema (EDEMA) --------------------------------- */

export const EDEMA_PATIENT: Words<Edema> = {
  none: 'no brain swelling',
  focal: 'swelling in one part of the brain, seen on a scan',
  diffuse: 'swelling throughout the brain, or signs of pressure inside the skull',
};

export const EDEMA_CLINICIAN: Words<Edema> = {
  none: 'None',
  focal: 'Focal or local edema on neuroimaging',
  diffuse:
    "Diffuse edema on imaging, decerebrate or decorticate posturing, cranial nerve VI palsy, papilledema or Cushing's triad",
};

export const EDEMA_SHORT: Words<Edema> = {
  none: 'None',
  focal: 'Focal edema',
  diffuse: 'Diffuse edema',
};

export const EDEMA_FINDING: Words<Edema> = {
  none: 'no brain swelling',
  focal: 'focal brain swelling on imaging',
  diffuse: 'diffuse brain swelling or signs of raised pressure',
};

/* ---- drug timings (DrugTiming in ./scenario.ts) -------------------------------------------- */

/** The timings worded one by one; every later `dayN` is worded by the register's `day(N)`. */
export type TimingKey = 'off' | 'day0' | 'fever' | 'grade2' | 'grade3';

export interface TimingWords extends Words<TimingKey> {
  /** A `dayN` timing, N from 1. */
  readonly day: (day: number) => string;
}

export const TIMING_PATIENT: TimingWords = {
  off: 'not given',
  day0: 'from the first day, to prevent CRS',
  fever: 'once a fever starts',
  grade2: 'once CRS reaches grade 2',
  grade3: 'once CRS reaches grade 3',
  day: (day) => `from day ${day}`,
};

export const TIMING_CLINICIAN: TimingWords = {
  off: 'Not given',
  day0: 'Prophylaxis from day 0',
  fever: 'At CRS onset (fever, grade 1)',
  grade2: 'At CRS grade 2',
  grade3: 'At CRS grade 3',
  day: (day) => `From day ${day}`,
};

export const TIMING_SHORT: TimingWords = {
  off: 'Off',
  day0: 'Prophylactic (from day 0)',
  fever: 'At fever (CRS grade 1)',
  grade2: 'At CRS grade 2',
  grade3: 'At CRS grade 3',
  day: (day) => `From day ${day}`,
};

export const TIMING_WHEN: TimingWords = {
  off: 'off',
  day0: 'from day 0 (prophylactic)',
  fever: 'at fever (CRS grade 1)',
  grade2: 'at CRS grade 2',
  grade3: 'at CRS grade 3',
  day: (day) => `from day ${day}`,
};

/* ---- drugs (DRUGS in ./drugs.ts, whose catalogue reads its name and phrase here) ---------- */

export const DRUG_PATIENT = {
  tocilizumab: 'a drip that blocks the IL-6 signal',
  siltuximab: 'a drip that soaks up IL-6',
  anakinra: 'injections that block the IL-1 signal',
  dexamethasone: 'a steroid that calms the immune system',
  antihistamine: 'an allergy medicine',
  antipyretic: 'medicine that brings a fever down',
} as const satisfies Words<string>;

/** What each drug does, in a short clinician phrase. */
export const DRUG_CLINICIAN = {
  tocilizumab: 'blocks the IL-6 receptor (not in the brain)',
  siltuximab: 'binds IL-6 itself',
  anakinra: 'blocks the IL-1 receptor (partly in the brain)',
  dexamethasone: 'a steroid: damps T cells, monocytes and the brain’s inflammation',
  antihistamine: 'blocks histamine: it has no target in this cascade, so nothing here changes',
  antipyretic: 'an antipyretic: lowers the temperature, not the cascade',
} as const satisfies Words<string>;

/** Each drug's name as the site shows it. */
export const DRUG_SHORT = {
  tocilizumab: 'Tocilizumab',
  siltuximab: 'Siltuximab',
  anakinra: 'Anakinra',
  dexamethasone: 'Dexamethasone',
  antihistamine: 'Antihistamine',
  antipyretic: 'Fever medicine',
} as const satisfies Words<string>;

/* ---- therapies (THERAPIES in ./therapies.ts, whose catalogue reads its name here) ---------- */

export const THERAPY_PATIENT = {
  'cart-cd28': 'CAR-T cells that multiply fast',
  'cart-41bb': 'CAR-T cells that multiply more slowly',
  bispecific: 'an antibody given as rising doses under the skin',
  intratumoral: 'a medicine injected into the tumor',
} as const satisfies Words<string>;

export const THERAPY_CLINICIAN = {
  'cart-cd28': 'CAR-T cells with CD28 costimulation',
  'cart-41bb': 'CAR-T cells with 4-1BB costimulation',
  bispecific: 'Bispecific T-cell engager, subcutaneous step-up dosing',
  intratumoral: 'Intratumoral immunotherapy',
} as const satisfies Words<string>;

/** Each therapy's name as the controls show it. */
export const THERAPY_SHORT = {
  'cart-cd28': 'CAR-T cells, CD28 type (fast)',
  'cart-41bb': 'CAR-T cells, 4-1BB type (slower)',
  bispecific: 'Bispecific antibody (step-up doses)',
  intratumoral: 'Immunotherapy injected into the tumor',
} as const satisfies Words<string>;

/* ---- all of it ----------------------------------------------------------------------------- */

/** One vocabulary: the registers every vocabulary has, and any of its own. */
type Vocabulary = Readonly<Record<Register, object>> & { readonly [register: string]: object };

/** Every vocabulary by name, each with its registers: what a test checks, a translation mirrors. */
export const VOCABULARY = {
  bp: {
    patient: BP_PATIENT,
    clinician: BP_CLINICIAN,
    short: BP_SHORT,
    need: BP_NEED,
    finding: BP_FINDING,
    band: BP_BAND,
  },
  o2: {
    patient: O2_PATIENT,
    clinician: O2_CLINICIAN,
    short: O2_SHORT,
    need: O2_NEED,
    finding: O2_FINDING,
    band: O2_BAND,
  },
  consciousness: {
    patient: CONSCIOUSNESS_PATIENT,
    clinician: CONSCIOUSNESS_CLINICIAN,
    short: CONSCIOUSNESS_SHORT,
    finding: CONSCIOUSNESS_FINDING,
  },
  seizure: {
    patient: SEIZURE_PATIENT,
    clinician: SEIZURE_CLINICIAN,
    short: SEIZURE_SHORT,
    finding: SEIZURE_FINDING,
  },
  motor: {
    patient: MOTOR_PATIENT,
    clinician: MOTOR_CLINICIAN,
    short: MOTOR_SHORT,
    finding: MOTOR_FINDING,
  },
  edema: {
    patient: EDEMA_PATIENT,
    clinician: EDEMA_CLINICIAN,
    short: EDEMA_SHORT,
    finding: EDEMA_FINDING,
  },
  timing: {
    patient: TIMING_PATIENT,
    clinician: TIMING_CLINICIAN,
    short: TIMING_SHORT,
    when: TIMING_WHEN,
  },
  drug: { patient: DRUG_PATIENT, clinician: DRUG_CLINICIAN, short: DRUG_SHORT },
  therapy: { patient: THERAPY_PATIENT, clinician: THERAPY_CLINICIAN, short: THERAPY_SHORT },
} as const satisfies Readonly<Record<string, Vocabulary>>;
