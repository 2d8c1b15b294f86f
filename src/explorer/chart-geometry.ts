/**
 * Chart maths for the explorer: scales, line paths, ticks and a one-sentence description of a
 * line for screen readers. Svelte draws.
 *
 * The scales, their nice bounds and ticks are d3-scale's (with d3-array's ticks inside), and
 * the line path is d3-shape's `line()`: the field's libraries. They cost about 15 KB gzip, so
 * the charts that use them load when first near the screen (LazyCharts.svelte), not with the
 * explorer's first screen.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import { HORIZON_DAYS } from '../model/series';
import type { Scale } from './view-query';
import { formatAmount, formatDay } from '../lib/format';

export interface Box {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** A chart's continuous scale: linear, or base-10 log for cytokines on the log setting. */
export type NumberScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

const isLog = (y: NumberScale): y is ScaleLogarithmic<number, number> => 'base' in y;

export function xScale(box: Box): ScaleLinear<number, number> {
  return scaleLinear([0, HORIZON_DAYS], [box.left, box.width - box.right]);
}

/** Days with a tick: every week, or every 2 days when there is room. */
export function dayTicks(box: Box): number[] {
  const room = box.width - box.left - box.right;
  const every = room >= 520 ? 2 : room >= 300 ? 4 : 7;
  const ticks: number[] = [];
  for (let d = 0; d <= HORIZON_DAYS; d += every) ticks.push(d);
  if (ticks.at(-1) !== HORIZON_DAYS) ticks.push(HORIZON_DAYS);
  if (ticks.length > 2 && HORIZON_DAYS - (ticks.at(-2) ?? 0) < every / 2) ticks.splice(-2, 1);
  return ticks;
}

/** Largest finite value of several series (0 when there is none). */
export function maxOf(...series: readonly (readonly number[])[]): number {
  let best = 0;
  for (const values of series) for (const v of values) if (Number.isFinite(v) && v > best) best = v;
  return best;
}

/** Smallest positive finite value of several series (1 when there is none). */
export function minPositiveOf(...series: readonly (readonly number[])[]): number {
  let best = Infinity;
  for (const values of series)
    for (const v of values) if (Number.isFinite(v) && v > 0 && v < best) best = v;
  return best === Infinity ? 1 : best;
}

/**
 * The y scale of a cytokine chart: linear from 0, or log over the decades the values span.
 * `top` is the highest value shown (all runs), `bottom` the lowest positive one.
 */
export function cytokineScale(scale: Scale, box: Box, top: number, bottom: number): NumberScale {
  const range = [box.height - box.bottom, box.top] as const;
  if (scale === 'log') {
    const lo = 10 ** Math.floor(Math.log10(Math.max(1e-3, Math.min(bottom, top))));
    const hi = 10 ** Math.ceil(Math.log10(Math.max(lo * 10, top)));
    // Clamped: a value at or below the lowest decade (0 included) sits on the axis.
    return scaleLog([lo, hi], range).clamp(true);
  }
  return linearScale(box, 0, Math.max(1, top));
}

/**
 * The y scale of a line chart over `lines` (every run's values): a temperature from at most
 * 36.5 °C to at least 40 °C, so the fever line always shows; a cytokine as {@link cytokineScale}.
 */
export function lineYScale(
  kind: 'cytokine' | 'temperature',
  scale: Scale,
  box: Box,
  lines: readonly (readonly number[])[],
): NumberScale {
  if (kind === 'temperature') {
    return linearScale(box, Math.min(36.5, ...lines.flat()), Math.max(40, maxOf(...lines)));
  }
  return cytokineScale(scale, box, maxOf(...lines), minPositiveOf(...lines));
}

/** A linear y scale over [lo, hi], widened to nice round bounds. */
export function linearScale(box: Box, lo: number, hi: number): NumberScale {
  return scaleLinear([lo, hi], [box.height - box.bottom, box.top]).nice(4);
}

/** Tick values of a y scale: 4-ish for linear, whole decades for log. */
export function yTicks(y: NumberScale): number[] {
  if (isLog(y)) {
    const [lo = 1, hi = 1] = y.domain();
    const out: number[] = [];
    for (let p = Math.round(Math.log10(lo)); 10 ** p <= hi * 1.0001; p++) out.push(10 ** p);
    return out;
  }
  return y.ticks(4);
}

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
  const indices: number[] = [];
  for (let i = 0; i < n; i += stride) indices.push(i);
  if (n > 0 && indices.at(-1) !== n - 1) indices.push(n - 1);
  const path = line<number>()
    .defined((i) => Number.isFinite(values[i]))
    .x((i) => Math.round(x(t[i] ?? 0) * 10) / 10)
    .y((i) => Math.round(y(values[i] ?? 0) * 10) / 10);
  return path(indices) ?? '';
}

/**
 * "IL-6 peaks at 649 pg/mL on day 5 and is 13.2 pg/mL by day 28." A sentence about one line,
 * for the chart's accessible name.
 */
export function describeLine(
  name: string,
  unit: string,
  t: readonly number[],
  values: readonly number[],
  format: (v: number) => string = formatAmount,
): string {
  if (values.length === 0) return `${name}: no data.`;
  let peak = 0;
  values.forEach((v, i) => {
    if (v > (values[peak] ?? -Infinity)) peak = i;
  });
  const last = values.length - 1;
  const end = values[last] ?? 0;
  return `${name} peaks at ${format(values[peak] ?? 0)}${unit} on day ${formatDay(t[peak] ?? 0)} and is ${format(end)}${unit} by day ${formatDay(t[last] ?? 0)}.`;
}
