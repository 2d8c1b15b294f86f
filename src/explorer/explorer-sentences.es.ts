/**
 * The Spanish explorer's numbers and sentences: how a day, an amount and a temperature are
 * written (decimal comma, °C first), and the words the model's sentence, a change's effect, the
 * burden slider, the diagram's parts and a link's notes are built from. Only
 * ./explorer-words.es.ts imports it.
 */
import { formatDecimal, formatGrouped } from '../model/locale';
import type { QueryNote } from '../model/query';
import type { Summary } from '../model/summary';
import { formatTemperature } from '../model/temperature';
import { BP_NEED_ES, DRUG_SHORT_ES, O2_NEED_ES } from '../model/words.es';
import type { ChangeWords } from './change';
import { NODE_BY_ID, type NodeId } from './diagram-layout';
import type { NodeWords } from './explorer-words-shape';
import type { SummaryWords } from './moment';
import type { BurdenWords } from './scenario-text';

/** "3" or "3,4": a day as the Spanish explorer writes it. */
export const day = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : formatDecimal(rounded, 1, 'es');
};

/** 3 significant digits, decimal comma: "1420", "9,6", "0,12" (as formatAmount in English). */
export const amount = (x: number): string => {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
  return formatGrouped(x, digits, 'es');
};

export const temperature = (celsius: number): string => formatTemperature(celsius, 'es');

export const and = (words: readonly string[]): string =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} y ${words[words.length - 1] ?? ''}`;

export const onset = (s: Summary): string =>
  s.crsOnsetDay === null ? 'nunca' : `el día ${day(s.crsOnsetDay)}`;

export const peakIl6 = (s: Summary): string =>
  `${amount(s.peakIl6)} pg/mL, el día ${day(s.peakIl6Day)}`;

export const courseWords = (s: Summary): string => {
  const start = s.crsOnsetDay === null ? 'sin SLC (CRS)' : `el SLC (CRS) empieza ${onset(s)}`;
  return `SLC (CRS) de grado máximo ${s.maxCrsGrade}, ICANS de grado máximo ${s.maxIcansGrade}, ${start}`;
};

export const SUMMARY: SummaryWords = {
  temperature,
  day,
  fever: (t) => `fiebre de ${t}`,
  notFever: (t) => `temperatura de ${t}`,
  hidden: 'los medicamentos ocultan la fiebre',
  bpNeed: BP_NEED_ES,
  o2Need: O2_NEED_ES,
  needs: (needs) => `necesita ${and(needs)}`,
  crs: (grade) => `SLC (CRS) de grado ${grade}`,
  icans: (grade) => `ICANS de grado ${grade}`,
  maskedNoFindings:
    'sin criterios de SLC (CRS) de grado 2 a 4 mientras el tratamiento oculta la fiebre',
  noCrs: 'sin SLC (CRS)',
  maybeHidden:
    'no se clasifica como SLC (CRS) sin una fiebre medida, aunque un medicamento puede estar ocultándola',
  noFever: 'no se clasifica como SLC (CRS) sin fiebre',
  sentence: (d, parts, grades) => `Día ${d}: ${parts.join(', ')}; ${grades.join(', ')}.`,
};

export const CHANGE: ChangeWords = {
  onset,
  amount,
  grade: (name, was, now) => {
    const what = name === 'CRS' ? 'el SLC (CRS)' : 'el ICANS';
    return now === was
      ? `${what} sigue con grado máximo ${now}`
      : `${what} llega a grado máximo ${now} (antes ${was})`;
  },
  noCrsNow: (was) => `no hay SLC (CRS) (antes empezaba ${was})`,
  onsetMoved: (now, was) => `el SLC (CRS) empieza ${now} (antes ${was})`,
  il6: (now, was) => `la IL-6 más alta es ${now} pg/mL (antes ${was})`,
  unchanged: (course) => `Ningún cambio en los 28 días: ${course}.`,
  course: courseWords,
  notices: {
    burdenStep: (lo, hi, was, now) =>
      `Entre ${lo} % y ${hi} % de carga, el grado máximo del SLC (CRS) ${now > was ? 'sube' : 'baja'} de ${was} a ${now}: más tumor activa más células T, y los grados cambian por escalones, no poco a poco.`,
    brain: (rose) =>
      `El grado máximo del ICANS ${rose ? 'subió' : 'no bajó'} con tocilizumab: calma las señales del SLC (CRS) en el cuerpo, pero no protege el cerebro.`,
    freeIl6:
      'La IL-6 libre subió en vez de bajar: el tocilizumab bloquea su receptor, así que la IL-6 que se habría unido allí se queda en la sangre.',
    feverHidden: (was, now) =>
      `El medicamento para la fiebre ocultó la fiebre, no la cascada de abajo${now < was ? `: el grado máximo del SLC (CRS) se lee ${now}, no ${was}` : ''}; la presión arterial y el oxígeno siguen mostrando cómo va el SLC (CRS).`,
    links: {
      'burden-step': 'Por qué importa el tamaño del tumor (en inglés)',
      brain: 'Por qué bloquear el receptor de la IL-6 no protege el cerebro (en inglés)',
      'free-il6': 'El tocilizumab, en Tratamientos (en inglés)',
      'fever-hidden': 'Cómo suele avanzar el SLC (en inglés)',
    },
  },
};

export const BURDEN: BurdenWords = {
  names: { low: 'baja', moderate: 'moderada', high: 'alta' },
  below: (name) => `menos que ${name}`,
  above: (name) => `más que ${name}`,
  between: (below, above) => `entre ${below} y ${above}`,
  value: (burden, name) => `${burden} % de un tumor grande de referencia, ${name}`,
};

const NODES: Readonly<Record<NodeId, Omit<NodeWords, 'step'>>> = {
  tumor: {
    label: 'Tumor',
    name: 'Tumor',
    explain:
      'Las células del cáncer tienen la señal que reconocen las células T del tratamiento: cuanto más tumor, más células T se activan.',
  },
  tcells: {
    label: 'Células T',
    name: 'Células T',
    explain:
      'Las células T del tratamiento se activan al encontrar el tumor, se multiplican, matan células del cáncer y liberan las primeras citocinas.',
  },
  monocytes: {
    label: 'Monocitos',
    name: 'Monocitos y macrófagos',
    explain:
      'Los monocitos y los macrófagos responden a las señales de las células T y producen la mayor parte de la IL-1 y la IL-6.',
  },
  il1: {
    label: 'IL-1',
    name: 'IL-1',
    explain:
      'La IL-1 hace que los monocitos produzcan más IL-6 y actúa en los vasos y el cerebro; la anakinra bloquea su receptor.',
  },
  il6: {
    label: 'IL-6',
    name: 'IL-6',
    explain:
      'La IL-6 causa fiebre, vasos que dejan salir líquido y aumento de la PCR; el tocilizumab bloquea su receptor y el siltuximab atrapa la propia IL-6.',
  },
  vessels: {
    label: 'Vasos',
    name: 'Vasos sanguíneos',
    explain:
      'La IL-6 y la IL-1 hacen que las paredes de los vasos dejen salir líquido, lo que puede bajar la presión arterial y el oxígeno.',
  },
  liver: {
    label: 'Hígado',
    name: 'Hígado (produce la PCR)',
    explain:
      'El hígado responde a la señal de la IL-6 produciendo PCR (proteína C reactiva), un análisis de sangre que sube y baja con ella.',
  },
  brain: {
    label: 'Cerebro',
    name: 'Cerebro',
    explain:
      'La IL-1, la IL-6 libre y los vasos inflamados pueden inflamar el cerebro y causar confusión (ICANS); en este modelo el tocilizumab no llega allí.',
  },
};

export const nodes = Object.fromEntries(
  Object.entries(NODES).map(([id, words]) => [
    id,
    { ...words, step: `el paso ${NODE_BY_ID[id as NodeId].step.replace('step ', '')}` },
  ]),
) as Record<NodeId, NodeWords>;

const LEVELS = ['en reposo', 'bajo', 'moderado', 'alto'] as const;
export const levelWord = (level: number): string =>
  LEVELS[level < 0.1 ? 0 : level < 0.35 ? 1 : level < 0.6 ? 2 : 3];

export const PICKER_LABELS = {
  'car-t': 'Productos de células CAR-T',
  bispecific: 'Anticuerpos biespecíficos',
  intratumoral: 'Inyectado en el tumor',
  generic: 'Tipos generales (ningún medicamento en particular)',
} as const;

/**
 * What a link's key sets, in Spanish, with the key itself beside it so a reader can find it in
 * the address ("la carga tumoral (burden)"); B's keys keep their `b.` prefix. Keys and values
 * stay as they are in the link: they are the link's words, the same in both languages.
 */
const KEY_NAMES: Readonly<Record<string, string>> = {
  therapy: 'el tratamiento',
  burden: 'la carga tumoral',
  dose: 'la dosis',
  day: 'el día',
  view: 'la vista',
  scale: 'la escala',
  compare: 'la comparación',
  ...Object.fromEntries(
    Object.entries(DRUG_SHORT_ES).map(([key, name]) => [key, `el inicio de ${name.toLowerCase()}`]),
  ),
};
const TOUR_KEYS = new Set(['tour', 'step', 't']);
export function keyName(key: string): string {
  const own = key.startsWith('b.') ? key.slice(2) : key;
  const name = KEY_NAMES[own];
  if (!name) return `«${key}»`;
  return key === own ? `${name} (${key})` : `${name} del escenario B (${key})`;
}
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const NOTES = {
  lead: (allRejected: boolean, someRejected: boolean) =>
    allRejected
      ? 'Este enlace tenía ajustes que no pudimos usar; en su lugar usamos los valores iniciales:'
      : someRejected
        ? 'Este enlace tenía ajustes que no pudimos usar o que tuvimos que ajustar; usamos los valores iniciales o el valor permitido más cercano:'
        : 'Este enlace tenía ajustes que tuvimos que llevar al rango permitido:',
  message: (note: QueryNote) => {
    const { key, value } = note;
    switch (note.kind) {
      case 'unknown-key':
        // Guided tours are only in English for now (docs/languages.md).
        if (TOUR_KEYS.has(key))
          return `Las visitas guiadas solo están en inglés, en la página del simulador en inglés («English» arriba); por eso no se usó «${key}».`;
        return `No conocemos el ajuste «${key}», así que no se usó.`;
      case 'invalid':
        return `«${value}» no es un valor válido para ${keyName(key)}; se usó el valor inicial.`;
      case 'malformed':
        return `No se pudo leer el ajuste «${value}», así que no se usó.`;
      case 'truncated':
        return 'El enlace tenía demasiados ajustes; solo se leyeron los primeros.';
      case 'clamped':
        return `${capital(keyName(key))}: ${value} estaba fuera del rango permitido; se usó el valor permitido más cercano.`;
      case 'rounded':
        return `${capital(keyName(key))}: ${value} se redondeó.`;
      case 'repeated':
        return `${capital(keyName(key))} aparece más de una vez; se usó el último valor.`;
      case 'missing':
        return `Falta ${keyName(key)}.`;
      case 'conflict':
        return `Los valores de ${keyName(key)} no pueden ser ciertos a la vez.`;
    }
  },
  dismiss: 'Cerrar esta nota',
};

export const SYMPTOMS = {
  fatigue: 'Cansancio',
  fever: 'Fiebre, escalofríos',
  appetite: 'Falta de apetito',
  nausea: 'Náuseas o vómitos',
  headache: 'Dolor de cabeza',
  dizziness: 'Mareo, presión arterial baja',
  heartbeat: 'Latidos rápidos del corazón',
  breathless: 'Falta de aire',
  confusion: 'Confusión, dificultad para encontrar palabras',
  seizure: 'Convulsión',
} as const;

export const CRS_CRITERIA = {
  fever: 'la fiebre',
  hypotension: 'la presión arterial baja',
  hypoxia: 'la falta de oxígeno',
  none: 'ningún criterio',
} as const;

export const ICANS_DOMAINS = {
  ice: 'el puntaje ICE',
  consciousness: 'el nivel de conciencia',
  seizure: 'las convulsiones',
  motor: 'la debilidad motora',
  edema: 'la hinchazón del cerebro',
  none: 'ningún hallazgo',
} as const;
