/**
 * Body temperatures: their units, the fever and low-temperature lines, and the one way the site
 * writes a temperature (°C with °F beside it). Reading a temperature from text is in
 * ./temperature-text.ts, kept apart so pages that only show temperatures do not ship it.
 */
import { FEVER_THRESHOLD_C, atOrAbove, isFever, tenthsWithin } from './grading.ts';
import { formatDecimal, type Locale } from './locale.ts';

export type TemperatureUnit = 'C' | 'F';

/**
 * Plausible body temperatures, °C: outside this a number is a typo or the other unit (a reading
 * of 3.8, 380 or 101 °C is not a person's temperature). 30 °C is deep hypothermia and 45 °C is
 * beyond survivable fever, so no real reading falls outside.
 */
export const BODY_TEMPERATURE_C = { min: 30, max: 45 } as const;

/**
 * Below this a temperature is low, °C: the lower limit of the SIRS criteria (ACCP/SCCM 1992,
 * key `bone1992sirs`), and after CAR-T or a bispecific antibody a reason to call the team as
 * much as a fever is (a low temperature can come with a serious infection).
 */
export const LOW_TEMPERATURE_C = 36.0;

export function celsiusToFahrenheit(celsius: number): number {
  return (celsius * 9) / 5 + 32;
}

export function fahrenheitToCelsius(fahrenheit: number): number {
  return ((fahrenheit - 32) * 5) / 9;
}

/** The lines a reading is judged by, in each unit: a display never rounds across them. */
const LINES_C = [LOW_TEMPERATURE_C, FEVER_THRESHOLD_C];
const LINES_F = LINES_C.map(celsiusToFahrenheit);

/**
 * "39.4 °C (102.9 °F)", one decimal each, as patients read thermometers; neither number is
 * rounded across the fever or the low line, so what is shown agrees with what is said of it
 * (37.96 °C is "37.9 °C (100.3 °F)", below the fever line). In Spanish the decimal mark is a
 * comma: "39,4 °C (102,9 °F)".
 */
export function formatTemperature(celsius: number, locale: Locale = 'en'): string {
  const c = tenthsWithin(celsius, LINES_C);
  const f = tenthsWithin(celsiusToFahrenheit(celsius), LINES_F);
  return `${formatDecimal(c, 1, locale)} °C (${formatDecimal(f, 1, locale)} °F)`;
}

/** True below {@link LOW_TEMPERATURE_C}, judged on the reading itself (as fever is). */
function isLowTemperature(celsius: number): boolean {
  return !atOrAbove(celsius, LOW_TEMPERATURE_C);
}

/** A temperature that can be used, in both units. */
export interface TemperatureReading {
  readonly kind: 'reading';
  readonly celsius: number;
  readonly fahrenheit: number;
  /** ≥ 38.0 °C as displayed (ASTCT fever). */
  readonly fever: boolean;
  /** < 36.0 °C as displayed. */
  readonly low: boolean;
}

/** A reading from a number already in °C (for example a simulated temperature). */
export function temperatureReading(celsius: number): TemperatureReading {
  return {
    kind: 'reading',
    celsius,
    fahrenheit: celsiusToFahrenheit(celsius),
    fever: isFever(celsius),
    low: isLowTemperature(celsius),
  };
}
