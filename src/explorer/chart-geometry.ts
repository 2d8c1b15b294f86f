/**
 * Chart maths for the explorer: scales, line paths, ticks and a one-sentence description of a
 * line for screen readers. Svelte draws.
 *
 * The two scales are written out here instead of importing d3-scale: its continuous scales pull
 * in d3-interpolate's colour code and d3-format (about 11 KB gzip), a sixth of the page's whole
 * JavaScript budget, for a job of a few lines. The line path is written out too: d3-shape's
 * `line()` brought the whole of d3-shape and d3-path into every explorer page (about 4 KB gzip,
 * not tree-shaken); a property test checks the path is the one `line()` draws, to the character.
 * So are d3-array's ticks and nice bounds (./ticks.ts).
 */
import { nice, ticks } from './ticks';
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

/** A continuous scale: call it with a value to get a position. */
export interface NumberScale {
  (value: number): number;
  /** Input bounds. */
  readonly domain: readonly [number, number];
  readonly log: boolean;
}

/** Linear map from `domain` to `range`; values outside the domain are clamped when asked. */
export function scaleLinear(
  domain: readonly [number, number],
  range: readonly [number, number],
  clamp = false,
): NumberScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = (value: number) => {
    const v = clamp ? Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1)) : value;
    return r0 + (v - d0) * k;
  };
  return Object.assign(scale, { domain, log: false });
}

/** Base-10 log map from `domain` (both > 0) to `range`, clamped. */
export function scaleLog(
  domain: readonly [number, number],
  range: readonly [number, number],
): NumberScale {
  const inner = scaleLinear([Math.log10(domain[0]), Math.log10(domain[1])], range, true);
  const scale = (value: number) => inner(Math.log10(Math.max(value, domain[0])));
  return Object.assign(scale, { domain, log: true });
}

export function xScale(box: Box): NumberScale {
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
    return scaleLog([lo, hi], range);
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
  const [a, b] = nice(lo, hi, 4);
  return scaleLinear([a, b], [box.height - box.bottom, box.top]);
}

/** Tick values of a y scale: 4-ish for linear, whole decades for log. */
export function yTicks(y: NumberScale): number[] {
  const [lo, hi] = y.domain;
  if (y.log) {
    const out: number[] = [];
    for (let p = Math.round(Math.log10(lo)); 10 ** p <= hi * 1.0001; p++) out.push(10 ** p);
    return out;
  }
  return ticks(lo, hi, 4);
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
