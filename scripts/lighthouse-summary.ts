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
