import { describe, expect, it } from 'vitest';
import { DRAW_DAYS, scoreDrawing, scoreSentence, snap, trends, valueAt } from './predict';

/** A model-like curve: up to a peak on day 4, then down. */
const model = [3, 380, 1960, 1800, 660, 190, 53, 19];

describe('valueAt', () => {
  it('reads a series between and beyond its samples', () => {
    const t = [0, 1, 2];
    const v = [0, 10, 30];
    expect(valueAt(t, v, 0.5)).toBe(5);
    expect(valueAt(t, v, 1.5)).toBe(20);
    expect(valueAt(t, v, -1)).toBe(0);
    expect(valueAt(t, v, 9)).toBe(30);
    expect(valueAt([], [], 3)).toBe(0);
  });
});

describe('snap', () => {
  it('keeps a value on the axis and on a twentieth of it', () => {
    expect(snap(-40, 3000)).toBe(0);
    expect(snap(3400, 3000)).toBe(3000);
    expect(snap(1020, 3000)).toBe(1050);
  });
});

describe('trends', () => {
  it('calls a change under 5% of the axis flat', () => {
    expect(trends([0, 100, 90, 400, 0], 1000)).toEqual(['rise', 'flat', 'rise', 'fall']);
  });
});

describe('scoreDrawing', () => {
  it("gives all three points to the model's own curve", () => {
    const score = scoreDrawing(model, model, DRAW_DAYS, 3000);
    expect(score).toEqual({
      agree: 7,
      intervals: 7,
      guessPeakDay: 4,
      modelPeakDay: 4,
      heightRatio: 1,
      points: 3,
    });
  });

  it('gives none to a flat line at the bottom of the axis', () => {
    const score = scoreDrawing(Array(8).fill(0), model, DRAW_DAYS, 3000);
    expect(score.points).toBe(0);
    expect(score.heightRatio).toBe(0);
  });

  it('scores shape, peak day and height apart', () => {
    // Right shape and day, half the height: two points.
    const low = model.map((v) => v / 2);
    expect(scoreDrawing(low, model, DRAW_DAYS, 3000).points).toBe(2);
    // A curve that falls where the model rises, peaking on day 0: the height may still be right.
    const early = [2000, 1500, 1000, 600, 300, 100, 50, 20];
    const score = scoreDrawing(early, model, DRAW_DAYS, 3000);
    expect(score.guessPeakDay).toBe(0);
    expect(score.agree).toBeLessThan(7);
    expect(score.points).toBe(1);
  });
});

describe('scoreSentence', () => {
  it('says in one sentence where the guess and the model differ', () => {
    const low = model.map((v) => v / 2);
    expect(scoreSentence(scoreDrawing(low, model, DRAW_DAYS, 3000))).toBe(
      "Your curve rises and falls as the model's does in 6 of 7 intervals, and peaks on the same day (day 4), at about 50% of the model's height.",
    );
    const late = [3, 100, 400, 1000, 2000, 900, 100, 20];
    expect(scoreSentence(scoreDrawing(late, model, DRAW_DAYS, 3000))).toMatch(
      /peaks on day 8 where the model's peaks on day 4, at about the right height\.$/,
    );
    const high = model.map((v) => v * 3);
    expect(scoreSentence(scoreDrawing(high, model, DRAW_DAYS, 3000))).toMatch(
      /at about 3 times the model's height\.$/,
    );
  });
});
