/** Temperatures for readers: the site always shows °C with °F beside it. */

import { FEVER_THRESHOLD_C } from '../model/grading';

/** ASTCT 2019: fever is a temperature of 38.0 °C or more (the model's grading owns the number). */
export { FEVER_THRESHOLD_C };

export type TemperatureUnit = 'C' | 'F';

export function celsiusToFahrenheit(celsius: number): number {
  return (celsius * 9) / 5 + 32;
}

export function fahrenheitToCelsius(fahrenheit: number): number {
  return ((fahrenheit - 32) * 5) / 9;
}

/** "39.4 °C (102.9 °F)", one decimal each, as patients read thermometers. */
export function formatTemperature(celsius: number): string {
  return `${celsius.toFixed(1)} °C (${celsiusToFahrenheit(celsius).toFixed(1)} °F)`;
}

/** Thermometers show one decimal, so a reading is judged as displayed, not in full precision. */
export function isFever(celsius: number): boolean {
  return Math.round(celsius * 10) / 10 >= FEVER_THRESHOLD_C;
}

export interface Reading {
  celsius: number;
  fahrenheit: number;
}

/** Limits of a plausible human body temperature reading, to catch typos (e.g. 3.8 or 1004). */
export const PLAUSIBLE_C = { min: 30, max: 45 } as const;

export type ReadingResult =
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string }
  | { kind: 'reading'; reading: Reading; fever: boolean };

/** Reads what a person typed (comma or dot decimals) in the unit they chose. */
export function readTemperature(text: string, unit: TemperatureUnit): ReadingResult {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { kind: 'empty' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    return { kind: 'invalid', message: 'Please type a number, like 38.2 or 100.8.' };
  }
  const celsius = unit === 'C' ? value : fahrenheitToCelsius(value);
  if (celsius < PLAUSIBLE_C.min || celsius > PLAUSIBLE_C.max) {
    const range =
      unit === 'C'
        ? `${PLAUSIBLE_C.min}–${PLAUSIBLE_C.max} °C`
        : `${celsiusToFahrenheit(PLAUSIBLE_C.min)}–${celsiusToFahrenheit(PLAUSIBLE_C.max)} °F`;
    return {
      kind: 'invalid',
      message: `That does not look like a body temperature in °${unit} (expected ${range}). Check the unit and the number.`,
    };
  }
  return {
    kind: 'reading',
    reading: { celsius, fahrenheit: celsiusToFahrenheit(celsius) },
    fever: isFever(celsius),
  };
}
