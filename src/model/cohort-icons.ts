/**
 * A virtual cohort's worst grades as whole people out of 100 (or any total), for an icon array
 * and the words beside it. Shares are rounded by largest remainder, so the counts always add up
 * to the total and each differs from its share by less than one person: the icons, the table
 * and the sentence then give the same numbers.
 */

/** Whole counts out of `total` for shares that add up to 1 (largest remainder, ties to the lower index). */
export function iconCounts(shares: readonly number[], total = 100): number[] {
  if (!Number.isInteger(total) || total < 1)
    throw new RangeError(`total must be ≥ 1, got ${total}`);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (shares.length === 0 || !(sum > 0) || shares.some((s) => !(s >= 0))) {
    throw new RangeError('shares must be non-negative numbers with a positive sum');
  }
  const exact = shares.map((s) => (s / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    counts[index]! += 1;
    left -= 1;
  }
  return counts;
}

/** The icons in order: grade 0 first, each grade repeated by its count. */
export function iconGrades(counts: readonly number[]): number[] {
  return counts.flatMap((count, grade) => Array.from({ length: count }, () => grade));
}

/**
 * A published share as people out of 100, in words a patient reads: "about 13 in 100",
 * "fewer than 1 in 100", "none of the 123". `n` is the trial's size.
 */
export function inHundred(share: number, n: number): string {
  if (share <= 0) return `none of the ${n}`;
  if (share * 100 < 1) return 'fewer than 1 in 100';
  return `about ${Math.round(share * 100)} in 100`;
}
