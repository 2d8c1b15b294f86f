/**
 * Predict, then reveal: a reader draws the curve they expect (one handle every few days), then
 * the model's curve is laid over it and the two are compared. The score asks what a student
 * should get right about a curve's shape, not its exact numbers: does it rise and fall where the
 * model's does, does it peak on about the same day, and at about the same height. Pure.
 */
/**
 * Numbers as the drawing prints them: 3 significant digits, grouped ("1,420", "9.6"), as the
 * explorer's formatAmount (lib/format.ts) prints them, but made here with Intl: the drawing's
 * code loads on demand, after start-up, and must not depend on the explorer's bundle, whose
 * stylesheets the bundler cannot preload.
 */
const AMOUNTS = [0, 1, 2].map(
  (digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }),
);

export function formatAmount(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  return (AMOUNTS[abs >= 100 ? 0 : abs >= 1 ? 1 : 2] ?? AMOUNTS[0]!).format(x);
}

/** "3" for whole days, "3.4" otherwise. */
export function formatDay(day: number): string {
  const rounded = Math.round(day * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** The days a drawing has a handle on: every 2 days over the first two weeks. */
export const DRAW_DAYS: readonly number[] = [0, 2, 4, 6, 8, 10, 12, 14];

/** Steps of a handle: the arrow keys move it by a twentieth of the axis. */
export const DRAW_STEPS = 20;

/** A change smaller than this share of the axis counts as flat. */
const FLAT_SHARE = 0.05;
/** Peaks this many days apart or closer count as the same. */
const PEAK_DAYS = 2;
/** A peak within this factor of the model's counts as the right height. */
const HEIGHT_FACTOR = 1.5;

/** The value of a series at `day`, read off its samples `t` by straight lines between them. */
export function valueAt(t: readonly number[], values: readonly number[], day: number): number {
  if (t.length === 0) return 0;
  if (day <= (t[0] ?? 0)) return values[0] ?? 0;
  for (let i = 1; i < t.length; i += 1) {
    const t1 = t[i] ?? 0;
    if (day <= t1) {
      const t0 = t[i - 1] ?? 0;
      const v0 = values[i - 1] ?? 0;
      const v1 = values[i] ?? 0;
      return t1 === t0 ? v1 : v0 + ((v1 - v0) * (day - t0)) / (t1 - t0);
    }
  }
  return values[values.length - 1] ?? 0;
}

/** A handle's value kept on the axis and on its steps. */
export function snap(value: number, max: number): number {
  const step = max / DRAW_STEPS;
  return Math.min(max, Math.max(0, Math.round(value / step) * step));
}

export type Trend = 'rise' | 'fall' | 'flat';

/** Whether a curve rises, falls or stays flat between neighbouring handles. */
export function trends(values: readonly number[], max: number): Trend[] {
  const flat = max * FLAT_SHARE;
  return values.slice(1).map((value, i) => {
    const change = value - (values[i] ?? 0);
    return change > flat ? 'rise' : change < -flat ? 'fall' : 'flat';
  });
}

/** The day of a curve's highest handle (the first, if two are as high). */
function peakDay(values: readonly number[], days: readonly number[]): number {
  let best = 0;
  values.forEach((value, i) => {
    if (value > (values[best] ?? 0)) best = i;
  });
  return days[best] ?? 0;
}

export interface DrawScore {
  /** Intervals where the guess rises, falls or stays flat as the model does, of `intervals`. */
  readonly agree: number;
  readonly intervals: number;
  readonly guessPeakDay: number;
  readonly modelPeakDay: number;
  /** The guess's highest value over the model's (Infinity when the model stays at 0). */
  readonly heightRatio: number;
  /** One point each for the shape, the peak day and the height: 0–3. */
  readonly points: number;
}

/** How a drawn guess compares with the model's values at the same handle days. */
export function scoreDrawing(
  guess: readonly number[],
  model: readonly number[],
  days: readonly number[],
  max: number,
): DrawScore {
  const guessTrends = trends(guess, max);
  const modelTrends = trends(model, max);
  const agree = guessTrends.filter((trend, i) => trend === modelTrends[i]).length;
  const intervals = modelTrends.length;
  const guessPeakDay = peakDay(guess, days);
  const modelPeakDay = peakDay(model, days);
  const modelTop = Math.max(...model);
  const guessTop = Math.max(...guess);
  const heightRatio = modelTop > 0 ? guessTop / modelTop : guessTop > 0 ? Infinity : 1;
  const points =
    (intervals > 0 && agree / intervals >= 0.75 ? 1 : 0) +
    (Math.abs(guessPeakDay - modelPeakDay) <= PEAK_DAYS ? 1 : 0) +
    (heightRatio >= 1 / HEIGHT_FACTOR && heightRatio <= HEIGHT_FACTOR ? 1 : 0);
  return { agree, intervals, guessPeakDay, modelPeakDay, heightRatio, points };
}

/** The difference between the guess and the model, in one sentence. */
export function scoreSentence(score: DrawScore): string {
  const shape = `Your curve rises and falls as the model's does in ${score.agree} of ${score.intervals} intervals`;
  const peak =
    score.guessPeakDay === score.modelPeakDay
      ? `peaks on the same day (day ${formatDay(score.modelPeakDay)})`
      : `peaks on day ${formatDay(score.guessPeakDay)} where the model's peaks on day ${formatDay(score.modelPeakDay)}`;
  const ratio = score.heightRatio;
  const height =
    ratio >= 1 / HEIGHT_FACTOR && ratio <= HEIGHT_FACTOR
      ? 'at about the right height'
      : ratio < 1
        ? `at about ${Math.round(ratio * 100)}% of the model's height`
        : Number.isFinite(ratio)
          ? `at about ${formatAmount(ratio)} times the model's height`
          : "while the model's stays flat";
  return `${shape}, and ${peak}, ${height}.`;
}
