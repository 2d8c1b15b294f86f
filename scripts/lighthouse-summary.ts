/**
 * The figures `npm run lighthouse` keeps from each run, their median over the runs of one page
 * and form factor, and the goals (issue 17): performance 98 or more, accessibility,
 * best practices and SEO 100, LCP at most 1.5 s, TBT at most 50 ms, CLS at most 0.01.
 */

export interface RunFigures {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Largest contentful paint, ms. */
  lcp: number;
  /** Total blocking time, ms. */
  tbt: number;
  cls: number;
}

export type Figure = keyof RunFigures;

/** The goal of each figure: scores at least, metrics at most. */
export const goals: Record<Figure, { at: 'least' | 'most'; value: number }> = {
  performance: { at: 'least', value: 98 },
  accessibility: { at: 'least', value: 100 },
  'best-practices': { at: 'least', value: 100 },
  seo: { at: 'least', value: 100 },
  lcp: { at: 'most', value: 1500 },
  tbt: { at: 'most', value: 50 },
  cls: { at: 'most', value: 0.01 },
};

export const figures = Object.keys(goals) as Figure[];

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each figure's median over the runs, taken figure by figure. */
export function medianFigures(runs: RunFigures[]): RunFigures {
  return Object.fromEntries(
    figures.map((figure) => [figure, median(runs.map((run) => run[figure]))]),
  ) as unknown as RunFigures;
}

/** The figures that miss their goal. */
export function missedGoals(result: RunFigures): Figure[] {
  return figures.filter((figure) => {
    const goal = goals[figure];
    return goal.at === 'least' ? result[figure] < goal.value : result[figure] > goal.value;
  });
}

/** The figures of one Lighthouse result (scores 0–100, LCP/TBT ms, CLS unitless). */
export function runFigures(lhr: {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number | undefined } | undefined>;
}): RunFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}

interface AuditResult {
  score: number | null;
  scoreDisplayMode?: string | undefined;
}

/**
 * The audits that cost a category points in one run (weighted, failed, not informative): what
 * to fix when accessibility, best practices or SEO is below 100.
 */
export function failedAudits(
  lhr: {
    categories: Record<string, { auditRefs: { id: string; weight: number }[] } | undefined>;
    audits: Record<string, AuditResult | undefined>;
  },
  categories: string[],
): string[] {
  return categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const audit = lhr.audits[ref.id];
        return audit?.score !== null && audit?.score !== undefined && audit.score < 1;
      })
      .map((ref) => `${category}:${ref.id}`),
  );
}

/** One table row: scores as integers, LCP in seconds, TBT in ms, CLS to three places. */
export function formatFigures(result: RunFigures): string[] {
  return [
    String(result.performance),
    String(result.accessibility),
    String(result['best-practices']),
    String(result.seo),
    (result.lcp / 1000).toFixed(2),
    result.tbt.toFixed(0),
    result.cls.toFixed(3),
  ];
}

/**
 * Points of the calibration Lighthouse's maintainers publish (docs/throttling.md, "Calibrating
 * the CPU slowdown", and the CPU throttling calculator it links to): the CPU slowdown that
 * turns a machine of this benchmark index into a mid-tier phone. Above the last point, one more
 * times per 233 (about 1533 → 4×, the default, and 2000 → 6×).
 */
const SLOWDOWN_POINTS: readonly (readonly [index: number, slowdown: number])[] = [
  [150, 1],
  [800, 2],
  [1300, 3],
];
const INDEX_PER_SLOWDOWN_ABOVE = 233;

/**
 * The CPU slowdown that makes a machine of Lighthouse's `benchmarkIndex` (`lhr.environment`)
 * behave like a mid-tier phone, along the published calibration above, interpolated between
 * its points; 1 at or below index 150 (a machine that slow cannot be sped up). Lighthouse's
 * mobile runs use 4× whatever the machine, which fits a high-end desktop (index about
 * 1500–2000); on a slower or faster machine their timings say less about a phone.
 * Throws a RangeError for an index that is not a positive finite number.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!(benchmarkIndex > 0) || !Number.isFinite(benchmarkIndex)) {
    throw new RangeError(`benchmark index must be a positive number, got ${benchmarkIndex}`);
  }
  const [first] = SLOWDOWN_POINTS;
  const last = SLOWDOWN_POINTS.at(-1)!;
  if (benchmarkIndex <= first![0]) return first![1];
  if (benchmarkIndex >= last[0]) {
    return last[1] + (benchmarkIndex - last[0]) / INDEX_PER_SLOWDOWN_ABOVE;
  }
  const upper = SLOWDOWN_POINTS.findIndex(([index]) => index >= benchmarkIndex);
  const [index0, slowdown0] = SLOWDOWN_POINTS[upper - 1]!;
  const [index1, slowdown1] = SLOWDOWN_POINTS[upper]!;
  return slowdown0 + ((benchmarkIndex - index0) / (index1 - index0)) * (slowdown1 - slowdown0);
}
