/**
 * The SVG path of a line chart's line. Written out here, not built with d3-shape's `line()`:
 * that generator brought all of d3-shape and d3-path (about 3 KB gzip) into every explorer
 * page for a job of a few lines, as d3-scale would have for the scales (see chart-geometry.ts).
 * The path is the one `line()` drew: the same points, numbers and gaps.
 */
import type { NumberScale } from './chart-geometry';

/**
 * SVG path of a line through (t[i], values[i]), coordinates rounded to 0.1: every `stride`-th
 * point and always the last. A value that is not a finite number leaves a gap: the line starts
 * again with a new `M`. A piece of one point alone is closed (`Z`), as SVG needs to draw it.
 */
export function linePath(
  t: readonly number[],
  values: readonly number[],
  x: NumberScale,
  y: NumberScale,
  stride = 1,
): string {
  const n = Math.min(t.length, values.length);
  let path = '';
  /** Points in the piece being drawn. */
  let run = 0;
  const end = (): void => {
    if (run === 1) path += 'Z';
    run = 0;
  };
  const point = (i: number): void => {
    const value = values[i] ?? 0;
    if (!Number.isFinite(value)) return end();
    const px = Math.round(x(t[i] ?? 0) * 10) / 10;
    const py = Math.round(y(value) * 10) / 10;
    path += `${run > 0 ? 'L' : 'M'}${px},${py}`;
    run += 1;
  };
  let last = -1;
  for (let i = 0; i < n; i += stride) point((last = i));
  if (n > 0 && last !== n - 1) point(n - 1);
  end();
  return path;
}
