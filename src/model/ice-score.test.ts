import { describe, expect, it } from 'vitest';
import { iceScore } from './ice-score.ts';

describe('ICE score from its items', () => {
  it('all items scored gives 10', () => {
    expect(
      iceScore({ orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1 }),
    ).toMatchObject({
      score: 10,
    });
  });

  it('adds the points and lists what was missed', () => {
    const r = iceScore({ orientation: 2, naming: 1, commands: 1, writing: 0, attention: 0 });
    expect(r.score).toBe(4);
    expect(r.because).toContain('orientation 2/4');
    expect(r.because).toContain('writing 0/1');
  });

  it('rejects impossible items', () => {
    expect(() =>
      iceScore({ orientation: 5, naming: 3, commands: 1, writing: 1, attention: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      iceScore({ orientation: 4, naming: 1.5, commands: 1, writing: 1, attention: 1 }),
    ).toThrow(RangeError);
  });
});
