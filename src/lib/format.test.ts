import { describe, expect, it } from 'vitest';
import { formatAmount, formatDay } from './format';

describe('formatDay', () => {
  it('prints whole days without decimals', () => {
    expect(formatDay(3)).toBe('3');
    expect(formatDay(3.0000001)).toBe('3');
    expect(formatDay(3.45)).toBe('3.5');
  });
});

describe('formatAmount', () => {
  it('keeps three significant digits and groups thousands', () => {
    expect(formatAmount(1420.04)).toBe('1,420');
    expect(formatAmount(9.64)).toBe('9.6');
    expect(formatAmount(0.123)).toBe('0.12');
    expect(formatAmount(Number.NaN)).toBe('–');
  });
});
