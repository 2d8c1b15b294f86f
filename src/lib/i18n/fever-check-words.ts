/**
 * The temperature check's words in every language (FeverCheck.svelte), built from the model's
 * one temperature rule and its one way of writing a temperature (°C first, °F beside it; a
 * decimal comma in Spanish). Kept apart from the shell's words so the widget's bundle carries
 * only what it shows.
 */
import { FEVER_THRESHOLD_C } from '../../model/grading';
import type { Locale } from '../../model/locale';
import {
  LOW_TEMPERATURE_C,
  formatTemperature,
  type TemperatureUnit,
} from '../../model/temperature';
import {
  formatBodyRange,
  temperatureProblem,
  type TemperatureText,
} from '../../model/temperature-text';

type Problem = Exclude<TemperatureText, { kind: 'reading' | 'empty' }>;

export interface FeverCheckWords {
  title: string;
  hint: string;
  field: string;
  unit: string;
  empty: string;
  /** A reading that cannot be used: what was typed and what it would be in the other unit. */
  problem: (result: Problem, unit: TemperatureUnit) => string;
  /** The number read in the other unit would be a fever (or a low temperature). */
  otherUnitUrgent: (unit: TemperatureUnit, fever: boolean) => string;
  readAs: (unit: TemperatureUnit) => string;
  fever: (celsius: number) => string;
  low: (celsius: number) => string;
  normal: (celsius: number) => string;
  stillCall: string;
}

const en: FeverCheckWords = {
  title: 'Check a temperature',
  hint: `Not sure whether a reading counts? Type it here to see it in both units. Fever means ${formatTemperature(FEVER_THRESHOLD_C)} or higher; below ${formatTemperature(LOW_TEMPERATURE_C)} is low. It does not replace a call.`,
  field: 'Temperature',
  unit: 'Unit',
  empty: 'No reading yet.',
  problem: temperatureProblem,
  otherUnitUrgent: (unit, fever) =>
    `Read in °${unit}, that would be ${fever ? 'a fever' : 'lower than normal'}: call your care team now.`,
  readAs: (unit) => `Read it as °${unit}`,
  fever: (celsius) =>
    `${formatTemperature(celsius)} is a fever. After CAR-T or a bispecific antibody, call your care team now.`,
  low: (celsius) =>
    `${formatTemperature(celsius)} is lower than normal. A low temperature can also be a sign of a serious infection: call your care team now.`,
  normal: (celsius) => `${formatTemperature(celsius)} is below the fever line.`,
  stillCall:
    'That alone does not mean all is well. Fever medicine can hide a fever, and any warning sign on the list above needs a call whatever your temperature. If you took fever medicine or feel unwell, call your care team anyway.',
};

/** "98,6" for a number typed as 98.6: the reader sees the Spanish decimal mark. */
const numberEs = (value: number) => String(value).replace('.', ',');
const rangeEs = (unit: TemperatureUnit) => formatBodyRange(unit).replace(/\./g, ',');

const es: FeverCheckWords = {
  title: 'Revise una temperatura',
  hint: `¿No sabe si una medición cuenta? Escríbala aquí para verla en las dos unidades. Hay fiebre con ${formatTemperature(FEVER_THRESHOLD_C, 'es')} o más; por debajo de ${formatTemperature(LOW_TEMPERATURE_C, 'es')} es baja. Esto no reemplaza una llamada.`,
  field: 'Temperatura',
  unit: 'Unidad',
  empty: 'Todavía no hay ninguna medición.',
  problem: (result, unit) => {
    if (result.kind === 'not-a-number') {
      return `"${result.text}" no es un número. Escriba una medición como ${unit === 'C' ? '38,2' : '100,8'}.`;
    }
    const given = `${numberEs(result.value)} no es una temperatura del cuerpo en °${result.unit} (${rangeEs(result.unit)}).`;
    if (result.otherUnit === null) return `${given} Revise el número.`;
    return `${given} En °${result.otherUnit.unit}, sería ${formatTemperature(result.otherUnit.celsius, 'es')}.`;
  },
  otherUnitUrgent: (unit, fever) =>
    `Leída en °${unit}, sería ${fever ? 'fiebre' : 'más baja de lo normal'}: llame a su equipo médico ahora.`,
  readAs: (unit) => `Leerla en °${unit}`,
  fever: (celsius) =>
    `${formatTemperature(celsius, 'es')} es fiebre. Después de células CAR-T o de un anticuerpo biespecífico, llame a su equipo médico ahora.`,
  low: (celsius) =>
    `${formatTemperature(celsius, 'es')} es más baja de lo normal. Una temperatura baja también puede ser señal de una infección grave: llame a su equipo médico ahora.`,
  normal: (celsius) => `${formatTemperature(celsius, 'es')} está por debajo de la línea de fiebre.`,
  stillCall:
    'Eso solo no quiere decir que todo esté bien. Las medicinas para la fiebre pueden ocultarla, y cualquier señal de alarma de la lista de arriba requiere una llamada, tenga la temperatura que tenga. Si tomó medicina para la fiebre o se siente mal, llame a su equipo médico de todos modos.',
};

export const FEVER_CHECK_WORDS: Record<Locale, FeverCheckWords> = { en, es };
