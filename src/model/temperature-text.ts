/**
 * The one rule for reading a temperature from text, whichever way it comes in (typed into the
 * fever check or the CRS calculator, read from a shared link, or passed to `npm run grade`).
 *
 * A reading is used only when it is a plain number (a decimal comma is fine) inside the
 * plausible range of a body temperature in the unit it was given in. Anything else is reported,
 * never replaced: a number that is a plausible body temperature in the *other* unit (98.6 given
 * as °C) comes with the conversion as a suggestion, not as a silent substitute.
 */
import { parseDecimal } from './query.ts';
import {
  BODY_TEMPERATURE_C,
  celsiusToFahrenheit,
  fahrenheitToCelsius,
  formatTemperature,
  temperatureReading,
  type TemperatureReading,
  type TemperatureUnit,
} from './temperature.ts';

/** The plausible range in a unit, as numbers. */
function bodyRange(unit: TemperatureUnit): { readonly min: number; readonly max: number } {
  return unit === 'C'
    ? BODY_TEMPERATURE_C
    : {
        min: celsiusToFahrenheit(BODY_TEMPERATURE_C.min),
        max: celsiusToFahrenheit(BODY_TEMPERATURE_C.max),
      };
}

/** "30–45 °C" or "86–113 °F". */
export function formatBodyRange(unit: TemperatureUnit): string {
  const { min, max } = bodyRange(unit);
  return `${min}–${max} °${unit}`;
}

/** The same number read in the other unit, offered when it would be a body temperature. */
export interface OtherUnit {
  readonly unit: TemperatureUnit;
  /** The number as typed, read in `unit`, in °C. */
  readonly celsius: number;
}

export type TemperatureText =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-a-number'; readonly text: string }
  | {
      readonly kind: 'implausible';
      readonly value: number;
      readonly unit: TemperatureUnit;
      /** Set when the number is a body temperature in the other unit. */
      readonly otherUnit: OtherUnit | null;
    }
  | TemperatureReading;

function inRange(value: number, unit: TemperatureUnit): boolean {
  const { min, max } = bodyRange(unit);
  return value >= min && value <= max;
}

/**
 * Read a temperature typed or passed as text in `unit`. Surrounding spaces are ignored and a
 * decimal comma is read as a point (`38,5`). Never throws and never substitutes: an unusable
 * text is returned as what it is (`empty`, `not-a-number`, `implausible`).
 */
export function readTemperature(text: string, unit: TemperatureUnit): TemperatureText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const value = parseDecimal(trimmed);
  if (value === null) return { kind: 'not-a-number', text: trimmed };
  if (!inRange(value, unit)) {
    const other: TemperatureUnit = unit === 'C' ? 'F' : 'C';
    const otherUnit = inRange(value, other)
      ? { unit: other, celsius: other === 'C' ? value : fahrenheitToCelsius(value) }
      : null;
    return { kind: 'implausible', value, unit, otherUnit };
  }
  return temperatureReading(unit === 'C' ? value : fahrenheitToCelsius(value));
}

/**
 * One sentence for a temperature that cannot be used, naming what was given and what it would
 * be in the other unit: "98.6 is not a body temperature in °C (30–45 °C). In °F, it would be
 * 37.0 °C (98.6 °F)."
 */
export function temperatureProblem(
  result: Exclude<TemperatureText, TemperatureReading | { kind: 'empty' }>,
  unit: TemperatureUnit,
): string {
  if (result.kind === 'not-a-number') {
    return `"${result.text}" is not a number. Type a reading such as ${unit === 'C' ? '38.2' : '100.8'}.`;
  }
  const given = `${String(result.value)} is not a body temperature in °${result.unit} (${formatBodyRange(result.unit)}).`;
  if (result.otherUnit === null) return `${given} Check the number.`;
  return `${given} In °${result.otherUnit.unit}, it would be ${formatTemperature(result.otherUnit.celsius)}.`;
}
