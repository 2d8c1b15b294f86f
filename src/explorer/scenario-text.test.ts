import { describe, expect, it } from 'vitest';
import { burdenValueText } from './scenario-text';

describe('burdenValueText', () => {
  it('names the presets and the spaces between them', () => {
    expect(burdenValueText(40)).toBe('40% of a bulky reference, moderate');
    expect(burdenValueText(10)).toBe('10% of a bulky reference, low');
    expect(burdenValueText(55)).toBe('55% of a bulky reference, between moderate and high');
    expect(burdenValueText(0)).toBe('0% of a bulky reference, below low');
    expect(burdenValueText(95)).toBe('95% of a bulky reference, above high');
  });
});
