import { describe, expect, it } from 'vitest';
import {
  celsiusToFahrenheit,
  fahrenheitToCelsius,
  formatTemperature,
  isFever,
  readTemperature,
} from './temperature';

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

describe('fever', () => {
  it('counts exactly 38.0 °C as fever and 37.9 °C as not', () => {
    expect(isFever(38.0)).toBe(true);
    expect(isFever(37.9)).toBe(false);
  });

  it('judges 100.4 °F as fever, as patient leaflets say', () => {
    const result = readTemperature('100.4', 'F');
    expect(result.kind === 'reading' && result.fever).toBe(true);
  });

  it('judges 100.2 °F as no fever', () => {
    const result = readTemperature('100.2', 'F');
    expect(result.kind === 'reading' && result.fever).toBe(false);
  });
});

describe('reading what a person typed', () => {
  it('accepts a comma as the decimal mark', () => {
    const result = readTemperature('38,5', 'C');
    expect(result.kind).toBe('reading');
    if (result.kind === 'reading') expect(result.reading.fahrenheit).toBeCloseTo(101.3, 5);
  });

  it('treats blank input as no reading yet', () => {
    expect(readTemperature('   ', 'C').kind).toBe('empty');
  });

  it('explains text that is not a number', () => {
    const result = readTemperature('<script>', 'C');
    expect(result.kind).toBe('invalid');
  });

  it('catches a reading in the wrong unit', () => {
    const result = readTemperature('101', 'C');
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.message).toContain('°C');
  });
});
