import { describe, expect, it } from 'vitest';
import { isFever } from './grading.ts';
import { celsiusToFahrenheit, fahrenheitToCelsius, formatTemperature } from './temperature.ts';
import { readTemperature, temperatureProblem } from './temperature-text.ts';

describe('temperature conversion', () => {
  it('maps the fixed points of water', () => {
    expect(celsiusToFahrenheit(0)).toBe(32);
    expect(celsiusToFahrenheit(100)).toBe(212);
    expect(fahrenheitToCelsius(212)).toBe(100);
  });

  it('writes the fever threshold the way the site states it', () => {
    expect(formatTemperature(38)).toBe('38.0 °C (100.4 °F)');
  });

  it('round-trips any plausible reading', () => {
    for (let c = 30; c <= 45; c += 0.37) {
      expect(fahrenheitToCelsius(celsiusToFahrenheit(c))).toBeCloseTo(c, 10);
    }
  });
});

describe('one fever rule, shown as judged', () => {
  it('judges the reading, not its rounded display: 37.95 °C is no fever and shows as 37.9', () => {
    expect(isFever(37.95)).toBe(false);
    expect(formatTemperature(37.95)).toBe('37.9 °C (100.3 °F)');
    expect(readTemperature('37.95', 'C')).toMatchObject({ kind: 'reading', fever: false });
  });

  it('never shows a °F value across the line either: 100.35 °F is 37.9 °C (100.3 °F)', () => {
    const reading = readTemperature('100.35', 'F');
    expect(reading).toMatchObject({ kind: 'reading', fever: false });
    if (reading.kind === 'reading')
      expect(formatTemperature(reading.celsius)).toBe('37.9 °C (100.3 °F)');
  });

  it('puts readings converted from °F on the lines, not beside them', () => {
    expect(readTemperature('100.4', 'F')).toMatchObject({ fever: true, low: false });
    expect(readTemperature('96.8', 'F')).toMatchObject({ fever: false, low: false });
    expect(formatTemperature(36)).toBe('36.0 °C (96.8 °F)');
    expect(formatTemperature(35.96)).toBe('35.9 °C (96.7 °F)');
  });
});

describe('fever and low temperature', () => {
  it('counts exactly 38.0 °C as fever and 37.9 °C as not', () => {
    expect(isFever(38.0)).toBe(true);
    expect(isFever(37.9)).toBe(false);
  });

  it('judges 100.4 °F as fever, as patient leaflets say', () => {
    expect(readTemperature('100.4', 'F')).toMatchObject({ kind: 'reading', fever: true });
  });

  it('judges 100.2 °F as no fever', () => {
    expect(readTemperature('100.2', 'F')).toMatchObject({ kind: 'reading', fever: false });
  });

  it('flags a temperature below 36.0 °C (96.8 °F) as low, and 36.0 °C as not', () => {
    expect(readTemperature('35.9', 'C')).toMatchObject({ kind: 'reading', low: true });
    expect(readTemperature('36.0', 'C')).toMatchObject({ kind: 'reading', low: false });
    expect(readTemperature('96.6', 'F')).toMatchObject({ kind: 'reading', low: true });
    expect(readTemperature('98.6', 'F')).toMatchObject({ kind: 'reading', low: false });
  });
});

describe('reading what a person typed or a link carried', () => {
  it('accepts a comma as the decimal mark', () => {
    const result = readTemperature('38,5', 'C');
    expect(result).toMatchObject({ kind: 'reading', celsius: 38.5, fever: true });
    if (result.kind === 'reading') expect(result.fahrenheit).toBeCloseTo(101.3, 5);
  });

  it('does not read "38,500" as a temperature (a comma before three digits may group thousands)', () => {
    expect(readTemperature('38,500', 'C').kind).toBe('not-a-number');
  });

  it('treats blank input as no reading yet', () => {
    expect(readTemperature('   ', 'C').kind).toBe('empty');
  });

  it('explains text that is not a number', () => {
    const result = readTemperature('<script>', 'C');
    expect(result.kind).toBe('not-a-number');
    if (result.kind === 'not-a-number') expect(temperatureProblem(result, 'C')).toContain('38.2');
  });

  it('offers the °C value for a °F reading given as °C, and never substitutes it', () => {
    const result = readTemperature('98.6', 'C');
    expect(result).toMatchObject({ kind: 'implausible', value: 98.6, unit: 'C' });
    if (result.kind !== 'implausible') return;
    expect(result.otherUnit?.unit).toBe('F');
    expect(result.otherUnit?.celsius).toBeCloseTo(37, 10);
    const text = temperatureProblem(result, 'C');
    expect(text).toContain('30–45 °C');
    expect(text).toContain('In °F, it would be 37.0 °C (98.6 °F)');
  });

  it('offers the °F reading for a °C reading given as °F', () => {
    const result = readTemperature('38.5', 'F');
    expect(result).toMatchObject({ kind: 'implausible', otherUnit: { unit: 'C', celsius: 38.5 } });
  });

  it('offers nothing for a number that is no temperature in either unit', () => {
    expect(readTemperature('3.8', 'C')).toMatchObject({ kind: 'implausible', otherUnit: null });
    expect(readTemperature('385', 'C')).toMatchObject({ kind: 'implausible', otherUnit: null });
  });
});

describe('temperatures in Spanish', () => {
  it('uses a decimal comma, °C first and °F beside', () => {
    expect(formatTemperature(38, 'es')).toBe('38,0 °C (100,4 °F)');
    expect(formatTemperature(39.4, 'es')).toBe('39,4 °C (102,9 °F)');
  });

  it('rounds as the English does, never across the fever line', () => {
    expect(formatTemperature(37.95, 'es')).toBe('37,9 °C (100,3 °F)');
  });
});
