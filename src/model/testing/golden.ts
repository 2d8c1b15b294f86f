/**
 * Golden trajectories: three canonical scenarios, simulated and rounded to 4 significant
 * digits (so float noise cannot flip them, but any retune shows), every 0.5 d. The fixtures
 * in ../__fixtures__/ are written only by `npm run golden` (scripts/golden.ts); the unit test
 * (../golden.test.ts) recomputes them and lists every value that drifted.
 */
import { simulate } from '../cascade.ts';
import { parse } from '../scenario.ts';
import { SERIES, type SeriesKey } from '../series.ts';

/** The canonical scenarios: file name (without .json) and query. */
export const GOLDEN_SCENARIOS = {
  default: '',
  'burden80-tocilizumab-grade2': 'burden=80&tocilizumab=grade2',
  'bispecific-burden60': 'therapy=bispecific&burden=60',
} as const;
export type GoldenName = keyof typeof GOLDEN_SCENARIOS;

/** Spacing of the stored samples, d. */
const EVERY = 0.5;

/** Every series except the symptoms (a presentation scale read from the clinical series). */
const GOLDEN_SERIES: readonly SeriesKey[] = SERIES.filter((spec) => spec.kind !== 'symptom').map(
  (spec) => spec.key,
);

export interface Golden {
  readonly query: string;
  readonly every: number;
  readonly summary: Readonly<Record<string, number | null>>;
  readonly drugStarts: Readonly<Record<string, number | null>>;
  readonly feverMaskedFrom: number | null;
  readonly series: Readonly<Record<string, readonly number[]>>;
}

/** A number to 4 significant digits (integers unchanged; -0 becomes 0, as JSON stores it). */
function round4(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value + 0;
  return Number(value.toPrecision(4)) + 0;
}

function rounded(record: Readonly<Record<string, number | null>>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, value === null ? null : round4(value)]),
  );
}

/** The golden record of one query, as the fixture stores it. */
export function goldenOf(query: string): Golden {
  const sim = simulate(parse(query).scenario, { outputEvery: EVERY });
  return {
    query,
    every: EVERY,
    summary: rounded({ ...sim.summary }),
    drugStarts: sim.drugStarts,
    feverMaskedFrom: sim.feverMaskedFrom,
    series: Object.fromEntries(GOLDEN_SERIES.map((key) => [key, sim.series[key].map(round4)])),
  };
}

/**
 * Every difference between a stored golden record and a fresh one, one readable line each
 * ("series il6 on day 4.5: stored 649.2, now 651"), at most `limit` lines plus a count.
 */
export function goldenDiff(stored: Golden, now: Golden, limit = 40): string[] {
  const lines: string[] = [];
  const compare = (where: string, a: unknown, b: unknown) => {
    if (!Object.is(a, b)) lines.push(`${where}: stored ${String(a)}, now ${String(b)}`);
  };
  compare('query', stored.query, now.query);
  compare('every', stored.every, now.every);
  compare('feverMaskedFrom', stored.feverMaskedFrom, now.feverMaskedFrom);
  for (const part of ['summary', 'drugStarts'] as const) {
    const keys = new Set([...Object.keys(stored[part]), ...Object.keys(now[part])]);
    for (const key of keys) compare(`${part}.${key}`, stored[part][key], now[part][key]);
  }
  const t = now.series.t ?? [];
  const keys = new Set([...Object.keys(stored.series), ...Object.keys(now.series)]);
  for (const key of keys) {
    const a = stored.series[key];
    const b = now.series[key];
    if (a === undefined || b === undefined || a.length !== b.length) {
      lines.push(`series ${key}: stored ${a?.length ?? 'no'} samples, now ${b?.length ?? 'no'}`);
      continue;
    }
    a.forEach((value, i) => compare(`series ${key} on day ${String(t[i])}`, value, b[i]));
  }
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit), `… and ${lines.length - limit} more differences`];
}
