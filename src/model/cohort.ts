/**
 * A virtual cohort: `cohort(scenario, { n, seed })` runs n virtual patients who differ the way
 * real ones do, and returns the shares with CRS and ICANS (any grade, grade ≥ 3), the median and
 * IQR of onset and duration, and the distribution of worst grades.
 *
 * Each patient differs in:
 * - tumor burden: drawn from the disease's spread (./diseases.ts) for a product, or spread
 *   around the scenario's burden for a generic therapy;
 * - a few parameters, each multiplied by a log-normal factor (median 1) named in
 *   {@link VARIABILITY} with its grounding.
 *
 * The random numbers come from a seeded generator, so the same call gives the same numbers.
 */
import { simulate } from './cascade.ts';
import { DISEASE_INFO } from './diseases.ts';
import { DEFAULT_PARAMETERS, type ParameterId } from './parameters.ts';
import { PRODUCT_INFO, isProduct, productParameters } from './products.ts';
import { BURDEN_MAX, type Scenario } from './scenario.ts';
import { HORIZON_DAYS } from './series.ts';
import type { TherapyId } from './therapies.ts';

/** One parameter that varies between patients, and why. */
export interface Variability {
  /** Standard deviation of the log of its factor. */
  readonly spread: number;
  /** What the spread stands for and what grounds it. */
  readonly grounding: string;
  /** Citation key of that grounding. */
  readonly cite: string;
}

/**
 * The parameters that vary between patients. Spreads are model choices, sized so that
 * the same product gives mild CRS in some patients and severe CRS in a few, as trials report.
 */
export const VARIABILITY: Readonly<Partial<Record<ParameterId, Variability>>> = {
  carExpansionCd28: {
    spread: 0.12,
    grounding:
      'CAR-T expansion differs widely between patients, with the make-up of the infused cells.',
    cite: 'monfrini2022',
  },
  carExpansionBb: {
    spread: 0.12,
    grounding: 'As for CD28 products: expansion differs with the infused cells.',
    cite: 'monfrini2022',
  },
  bispecificActivation: {
    spread: 0.3,
    grounding:
      'How strongly a patient’s own T cells respond to an engager differs (for example after earlier T-cell-redirecting therapy).',
    cite: 'martin2023majestec',
  },
  macrophageActivation: {
    spread: 0.3,
    grounding:
      'CRS severity is set by the host’s monocytes and macrophages, not by the T cells alone (mouse data).',
    cite: 'giavridis2018',
  },
  endothelialActivation: {
    spread: 0.3,
    grounding:
      'Markers of endothelial activation were already higher before treatment in patients who went on to severe CRS.',
    cite: 'hay2017',
  },
  cnsActivation: {
    spread: 0.45,
    grounding:
      'Neurotoxicity comes with endothelial activation and a leaky blood–brain barrier, which differ between patients.',
    cite: 'gust2017',
  },
};

/** Median, first and third quartile. */
export interface Spread {
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
}

/** What a cohort shows for CRS or for ICANS. */
export interface CohortSide {
  /** Share of patients with any grade (0–1). */
  readonly any: number;
  /** Share with grade 3 or more (0–1). */
  readonly grade3plus: number;
  /** Onset, d (from the most recent dose before it), among patients who had it; null if none. */
  readonly onsetDays: Spread | null;
  /** Length of the first episode, d, among patients who had it; null if none. */
  readonly durationDays: Spread | null;
}

export interface CohortResult {
  readonly n: number;
  readonly seed: number;
  readonly crs: CohortSide;
  readonly icans: CohortSide;
  /** Share of patients whose worst grade was 0, 1, 2, 3, 4 (index = grade). */
  readonly worstGrades: { readonly crs: readonly number[]; readonly icans: readonly number[] };
}

export interface CohortOptions {
  /** Number of virtual patients (at least 1). */
  readonly n: number;
  /** Seed of the random numbers (an integer). */
  readonly seed: number;
  /**
   * Where each patient's burden comes from: `disease` draws it from the product's disease,
   * `scenario` spreads it around the scenario's burden. Default: `disease` for a product,
   * `scenario` for a generic therapy.
   */
  readonly burden?: 'disease' | 'scenario';
}

/** Spread of log burden around the scenario's burden, for `burden: 'scenario'`. */
const SCENARIO_BURDEN_SPREAD = 0.5;

/** A seeded uniform generator on [0, 1) (mulberry32): small, fast, and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform generator. */
function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The q-quantile (0–1) of sorted values, linear between ranks. */
export function quantileOf(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

function spreadOf(values: number[]): Spread | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    median: round(quantileOf(values, 0.5)),
    q1: round(quantileOf(values, 0.25)),
    q3: round(quantileOf(values, 0.75)),
  };
}

/** Days a therapy's doses (or infusion steps) start, for onset "from the most recent dose". */
export function doseDays(therapy: TherapyId): readonly number[] {
  if (!isProduct(therapy)) return [0];
  const { schedule } = PRODUCT_INFO[therapy];
  const days = [...schedule.doses.map((d) => d.day), ...schedule.infusion.map((s) => s.from)];
  return days.length === 0 ? [0] : days.sort((a, b) => a - b);
}

/** Onset counted from the most recent dose at or before it. */
function sinceDose(onset: number, days: readonly number[]): number {
  let last = 0;
  for (const day of days) if (day <= onset) last = day;
  return onset - last;
}

/** Run n virtual patients of one scenario. Deterministic for a given seed. */
export function cohort(scenario: Scenario, options: CohortOptions): CohortResult {
  const { n, seed } = options;
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`n must be a whole number ≥ 1, got ${String(n)}`);
  if (!Number.isInteger(seed))
    throw new RangeError(`seed must be a whole number, got ${String(seed)}`);
  const random = seededRandom(seed);
  const product = isProduct(scenario.therapy) ? PRODUCT_INFO[scenario.therapy] : null;
  const fromDisease = (options.burden ?? (product ? 'disease' : 'scenario')) === 'disease';
  const disease = product ? DISEASE_INFO[product.disease] : null;
  const median = fromDisease && disease ? disease.medianBurden : Math.max(1, scenario.burden);
  const burdenSpread = fromDisease && disease ? disease.spread : SCENARIO_BURDEN_SPREAD;
  const base = productParameters(scenario.therapy, DEFAULT_PARAMETERS);
  const varied = Object.entries(VARIABILITY) as [ParameterId, Variability][];
  const days = doseDays(scenario.therapy);

  const counts = { crs: [0, 0, 0, 0, 0], icans: [0, 0, 0, 0, 0] };
  const crsOnsets: number[] = [];
  const crsDurations: number[] = [];
  const icansOnsets: number[] = [];
  const icansDurations: number[] = [];
  for (let i = 0; i < n; i++) {
    const burden = Math.round(
      Math.min(BURDEN_MAX, Math.max(1, median * Math.exp(burdenSpread * normal(random)))),
    );
    const parameters: Partial<Record<ParameterId, number>> = {};
    for (const [id, v] of varied) parameters[id] = base[id] * Math.exp(v.spread * normal(random));
    const sim = simulate({ ...scenario, burden }, { parameters, outputEvery: HORIZON_DAYS });
    const { summary, episodes } = sim;
    counts.crs[summary.maxCrsGrade]! += 1;
    counts.icans[summary.maxIcansGrade]! += 1;
    if (summary.crsOnsetDay !== null) crsOnsets.push(sinceDose(summary.crsOnsetDay, days));
    if (summary.icansOnsetDay !== null) icansOnsets.push(sinceDose(summary.icansOnsetDay, days));
    if (episodes.crsDays !== null) crsDurations.push(episodes.crsDays);
    if (episodes.icansDays !== null) icansDurations.push(episodes.icansDays);
  }
  const side = (grades: number[], onsets: number[], durations: number[]): CohortSide => ({
    any: (n - grades[0]!) / n,
    grade3plus: (grades[3]! + grades[4]!) / n,
    onsetDays: spreadOf(onsets),
    durationDays: spreadOf(durations),
  });
  return {
    n,
    seed,
    crs: side(counts.crs, crsOnsets, crsDurations),
    icans: side(counts.icans, icansOnsets, icansDurations),
    worstGrades: {
      crs: counts.crs.map((c) => c / n),
      icans: counts.icans.map((c) => c / n),
    },
  };
}
