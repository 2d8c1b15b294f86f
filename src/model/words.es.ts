/**
 * The site's vocabulary in Spanish: the twin of ./words.ts, value for value and register for
 * register (./words.es.test.ts checks that the two have exactly one shape). Plain Spanish of US
 * patient materials in the `patient` register, addressing no one; the clinical wording in
 * `clinician`, with the English acronyms a care team uses beside the Spanish terms. Only the
 * explorer's Spanish words import it, so no English page carries it.
 */
import type { BpSupport, Consciousness, Edema, Motor, O2Support, Seizure } from './grading.ts';
import type { TimingWords, Words } from './words.ts';

const BP_PATIENT: Words<BpSupport> = {
  none: 'ningún tratamiento para la presión arterial',
  fluids: 'líquidos por la vena para sostener la presión arterial',
  'one-pressor': 'un medicamento que sube la presión arterial (un vasopresor)',
  'multiple-pressors': 'varios medicamentos para subir la presión arterial',
};

const BP_CLINICIAN: Words<BpSupport> = {
  none: 'Ninguno: presión arterial normal para este paciente',
  fluids: 'Baja, tratada solo con líquidos (sin vasopresor)',
  'one-pressor': 'Un vasopresor, con o sin vasopresina',
  'multiple-pressors': 'Varios vasopresores (sin contar la vasopresina)',
};

const BP_SHORT: Words<BpSupport> = {
  none: 'Ninguno',
  fluids: 'Líquidos',
  'one-pressor': 'Un vasopresor',
  'multiple-pressors': 'Varios vasopresores',
};

const BP_NEED: Words<BpSupport> = {
  none: 'ningún apoyo para la presión arterial',
  fluids: 'líquidos para la presión arterial baja',
  'one-pressor': 'un vasopresor',
  'multiple-pressors': 'varios vasopresores',
};

const BP_FINDING: Words<BpSupport> = {
  none: 'sin presión arterial baja',
  fluids: 'presión arterial baja tratada sin vasopresores',
  'one-pressor': 'presión arterial baja que necesita un vasopresor',
  'multiple-pressors': 'presión arterial baja que necesita varios vasopresores',
};

const BP_BAND: Words<BpSupport> = {
  none: 'ninguno',
  fluids: 'líquidos',
  'one-pressor': 'un vasopresor',
  'multiple-pressors': 'varios',
};

const O2_PATIENT: Words<O2Support> = {
  none: 'nada de oxígeno adicional',
  'low-flow': 'oxígeno por un tubito debajo de la nariz',
  'high-flow': 'más oxígeno, por un tubo de alto flujo o una mascarilla',
  'positive-pressure': 'una máquina que ayuda a respirar',
};

const O2_CLINICIAN: Words<O2Support> = {
  none: 'Ninguno, u oxígeno solo para comodidad',
  'low-flow': 'Cánula nasal de bajo flujo ≤ 6 L/min, u oxígeno cerca de la cara',
  'high-flow':
    'Cánula nasal de alto flujo > 6 L/min, mascarilla facial, mascarilla sin reinhalación o mascarilla Venturi',
  'positive-pressure': 'Presión positiva: CPAP, BiPAP, o intubación y ventilación mecánica',
};

const O2_SHORT: Words<O2Support> = {
  none: 'Ninguno',
  'low-flow': 'Oxígeno de bajo flujo',
  'high-flow': 'Oxígeno de alto flujo',
  'positive-pressure': 'Presión positiva',
};

const O2_NEED: Words<O2Support> = {
  none: 'ningún apoyo de oxígeno',
  'low-flow': 'oxígeno de bajo flujo',
  'high-flow': 'oxígeno de alto flujo',
  'positive-pressure': 'apoyo para respirar con presión positiva',
};

const O2_FINDING: Words<O2Support> = {
  none: 'sin necesidad de oxígeno',
  'low-flow': 'oxígeno de bajo flujo (≤ 6 L/min)',
  'high-flow': 'oxígeno de alto flujo (> 6 L/min) o mascarilla',
  'positive-pressure': 'apoyo para respirar con presión positiva',
};

const O2_BAND: Words<O2Support> = {
  none: 'ninguno',
  'low-flow': 'bajo flujo',
  'high-flow': 'alto flujo',
  'positive-pressure': 'presión positiva',
};

const CONSCIOUSNESS_PATIENT: Words<Consciousness> = {
  awake: 'despierto y alerta',
  spontaneous: 'con sueño, pero se despierta solo',
  voice: 'se despierta solo cuando le hablan',
  touch: 'se despierta solo cuando lo tocan',
  vigorous: 'se despierta solo si lo tocan con fuerza o varias veces',
  unarousable: 'no se puede despertar',
};

const CONSCIOUSNESS_CLINICIAN: Words<Consciousness> = {
  awake: 'Alerta',
  spontaneous: 'Somnoliento, se despierta espontáneamente',
  voice: 'Se despierta solo con la voz',
  touch: 'Se despierta solo con el tacto',
  vigorous: 'Se despierta solo con estímulo táctil fuerte o repetido',
  unarousable: 'No se puede despertar: estupor o coma',
};

const CONSCIOUSNESS_SHORT: Words<Consciousness> = {
  awake: 'Alerta',
  spontaneous: 'Somnoliento',
  voice: 'Despierta con la voz',
  touch: 'Despierta con el tacto',
  vigorous: 'Despierta con estímulo fuerte',
  unarousable: 'No despierta',
};

const CONSCIOUSNESS_FINDING: Words<Consciousness> = {
  awake: 'alerta',
  spontaneous: 'somnoliento, pero se despierta solo',
  voice: 'se despierta solo con la voz',
  touch: 'se despierta solo con el tacto',
  vigorous: 'se despierta solo con estímulo fuerte o repetido',
  unarousable: 'no se puede despertar (estupor o coma)',
};

const SEIZURE_PATIENT: Words<Seizure> = {
  none: 'ninguna convulsión',
  'focal-resolves': 'una convulsión en una parte del cuerpo que paró pronto',
  generalized: 'una convulsión de todo el cuerpo que paró pronto',
  prolonged: 'una convulsión de más de 5 minutos, o varias seguidas',
};

const SEIZURE_CLINICIAN: Words<Seizure> = {
  none: 'Ninguna',
  'focal-resolves':
    'Convulsión focal que se resolvió rápido, o convulsiones no convulsivas en el EEG que se resolvieron con tratamiento',
  generalized: 'Convulsión generalizada que se resolvió rápido',
  prolonged:
    'Convulsión prolongada que pone en riesgo la vida (> 5 min), o convulsiones repetidas sin volver al estado inicial',
};

const SEIZURE_SHORT: Words<Seizure> = {
  none: 'Ninguna',
  'focal-resolves': 'Focal, resuelta',
  generalized: 'Generalizada, resuelta',
  prolonged: 'Prolongada o repetida',
};

const SEIZURE_FINDING: Words<Seizure> = {
  none: 'sin convulsión',
  'focal-resolves': 'una convulsión focal que se resolvió rápido',
  generalized: 'una convulsión generalizada que se resolvió rápido',
  prolonged: 'una convulsión prolongada (más de 5 minutos) o repetida',
};

const MOTOR_PATIENT: Words<Motor> = {
  none: 'ninguna debilidad nueva',
  weakness: 'mucha debilidad en un lado del cuerpo o en las dos piernas',
};

const MOTOR_CLINICIAN: Words<Motor> = {
  none: 'Ninguna',
  weakness: 'Debilidad motora focal profunda (hemiparesia, paraparesia)',
};

const MOTOR_SHORT: Words<Motor> = {
  none: 'Ninguna',
  weakness: 'Debilidad focal profunda',
};

const MOTOR_FINDING: Words<Motor> = {
  none: 'sin debilidad',
  weakness: 'debilidad motora focal profunda',
};

const EDEMA_PATIENT: Words<Edema> = {
  none: 'ninguna hinchazón del cerebro',
  focal: 'hinchazón en una parte del cerebro, vista en una imagen',
  diffuse: 'hinchazón en todo el cerebro, o señales de presión dentro del cráneo',
};

const EDEMA_CLINICIAN: Words<Edema> = {
  none: 'Ninguno',
  focal: 'Edema focal o local en la neuroimagen',
  diffuse:
    'Edema difuso en la imagen, postura de descerebración o decorticación, parálisis del VI par craneal, papiledema o tríada de Cushing',
};

const EDEMA_SHORT: Words<Edema> = {
  none: 'Ninguno',
  focal: 'Edema focal',
  diffuse: 'Edema difuso',
};

const EDEMA_FINDING: Words<Edema> = {
  none: 'sin hinchazón del cerebro',
  focal: 'hinchazón focal del cerebro en la imagen',
  diffuse: 'hinchazón difusa del cerebro o señales de presión alta',
};

const TIMING_PATIENT: TimingWords = {
  off: 'no se da',
  day0: 'desde el primer día, para prevenir el SLC',
  fever: 'cuando empieza la fiebre',
  grade2: 'cuando el SLC llega al grado 2',
  grade3: 'cuando el SLC llega al grado 3',
  day: (day) => `desde el día ${day}`,
};

const TIMING_CLINICIAN: TimingWords = {
  off: 'No se da',
  day0: 'Profilaxis desde el día 0',
  fever: 'Al inicio del SLC (fiebre, grado 1)',
  grade2: 'En el grado 2 del SLC',
  grade3: 'En el grado 3 del SLC',
  day: (day) => `Desde el día ${day}`,
};

export const TIMING_SHORT_ES: TimingWords = {
  off: 'No',
  day0: 'Preventivo (desde el día 0)',
  fever: 'Con la fiebre (SLC grado 1)',
  grade2: 'En el SLC grado 2',
  grade3: 'En el SLC grado 3',
  day: (day) => `Desde el día ${day}`,
};

const TIMING_WHEN: TimingWords = {
  off: 'no',
  day0: 'desde el día 0 (preventivo)',
  fever: 'con la fiebre (SLC grado 1)',
  grade2: 'en el SLC grado 2',
  grade3: 'en el SLC grado 3',
  day: (day) => `desde el día ${day}`,
};

const DRUG_PATIENT = {
  tocilizumab: 'un suero que bloquea la señal de la IL-6',
  siltuximab: 'un suero que atrapa la IL-6',
  anakinra: 'inyecciones que bloquean la señal de la IL-1',
  dexamethasone: 'un esteroide que calma el sistema inmunitario',
  antihistamine: 'un medicamento para la alergia',
  antipyretic: 'un medicamento que baja la fiebre',
} as const satisfies Words<string>;

export const DRUG_CLINICIAN_ES = {
  tocilizumab: 'bloquea el receptor de la IL-6 (no en el cerebro)',
  siltuximab: 'se une a la propia IL-6',
  anakinra: 'bloquea el receptor de la IL-1 (en parte en el cerebro)',
  dexamethasone: 'un esteroide: frena las células T, los monocitos y la inflamación del cerebro',
  antihistamine: 'bloquea la histamina: no actúa en esta cascada, así que aquí nada cambia',
  antipyretic: 'un antipirético: baja la temperatura, no la cascada',
} as const satisfies Words<string>;

/** The names of the drugs in Spanish: the generic names as Spanish labels write them. */
export const DRUG_SHORT_ES = {
  tocilizumab: 'Tocilizumab',
  siltuximab: 'Siltuximab',
  anakinra: 'Anakinra',
  dexamethasone: 'Dexametasona',
  antihistamine: 'Antihistamínico',
  antipyretic: 'Medicamento para la fiebre',
} as const satisfies Words<string>;

const THERAPY_PATIENT = {
  'cart-cd28': 'células CAR-T que se multiplican rápido',
  'cart-41bb': 'células CAR-T que se multiplican más despacio',
  bispecific: 'un anticuerpo que se da en dosis que suben, debajo de la piel',
  intratumoral: 'un medicamento inyectado en el tumor',
} as const satisfies Words<string>;

const THERAPY_CLINICIAN = {
  'cart-cd28': 'Células CAR-T con coestimulación CD28',
  'cart-41bb': 'Células CAR-T con coestimulación 4-1BB',
  bispecific: 'Anticuerpo biespecífico que activa las células T, dosis escalonadas subcutáneas',
  intratumoral: 'Inmunoterapia intratumoral',
} as const satisfies Words<string>;

export const THERAPY_SHORT_ES = {
  'cart-cd28': 'Células CAR-T, tipo CD28 (rápidas)',
  'cart-41bb': 'Células CAR-T, tipo 4-1BB (más lentas)',
  bispecific: 'Anticuerpo biespecífico (dosis escalonadas)',
  intratumoral: 'Inmunoterapia inyectada en el tumor',
} as const satisfies Words<string>;

export { BP_NEED as BP_NEED_ES, BP_PATIENT as BP_PATIENT_ES, BP_BAND as BP_BAND_ES };
export { O2_NEED as O2_NEED_ES, O2_PATIENT as O2_PATIENT_ES, O2_BAND as O2_BAND_ES };
// One export per register the explorer shows, so its bundle keeps only those (not VOCABULARY_ES).
export { BP_SHORT as BP_SHORT_ES, O2_SHORT as O2_SHORT_ES, TIMING_WHEN as TIMING_WHEN_ES };

/** Every Spanish vocabulary by name: the same names and registers as `VOCABULARY`. */
export const VOCABULARY_ES = {
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
    short: TIMING_SHORT_ES,
    when: TIMING_WHEN,
  },
  drug: { patient: DRUG_PATIENT, clinician: DRUG_CLINICIAN_ES, short: DRUG_SHORT_ES },
  therapy: { patient: THERAPY_PATIENT, clinician: THERAPY_CLINICIAN, short: THERAPY_SHORT_ES },
} as const;
