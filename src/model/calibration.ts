/**
 * The calibration: each product's virtual cohort (./cohort.ts) side by side with its trial's
 * published figures (./trials.ts), and whether the model falls within the tolerance of each
 * figure. `npm run calibrate -- --check` prints it and fails when a figure is missed; the
 * "About the model" page renders the same rows.
 *
 * Tolerances (issue 13): any CRS ± 10 percentage points; grade ≥ 3 CRS ± 5; any ICANS ± 10;
 * grade ≥ 3 ICANS ± 7; median CRS onset ± 1 day; median CRS duration ± 2 days; median ICANS
 * onset ± 2 days. The model grades with ASTCT 2019; where a trial used an older scale (Lee 2014,
 * Penn, CTCAE, or counted broad "neurologic events" instead of ICANS) and no ASTCT re-grading is
 * collected, that row's tolerance is widened by half and the row says so.
 */
import { cohort, type CohortResult, type CohortSide } from './cohort.ts';
import { PRODUCT_IDS, type ProductId } from './products.ts';
import { makeScenario } from './scenario.ts';
import { TRIALS, type Figure, type TrialFigures } from './trials.ts';

/** The figures the calibration compares, in table order. */
export const METRICS = [
  { id: 'crsAny', side: 'crs', label: 'Any CRS', unit: 'share', tolerance: 0.1 },
  { id: 'crsGrade3', side: 'crs', label: 'CRS grade ≥ 3', unit: 'share', tolerance: 0.05 },
  { id: 'crsOnset', side: 'crs', label: 'Median CRS onset', unit: 'days', tolerance: 1 },
  { id: 'crsDuration', side: 'crs', label: 'Median CRS duration', unit: 'days', tolerance: 2 },
  { id: 'icansAny', side: 'icans', label: 'Any ICANS', unit: 'share', tolerance: 0.1 },
  { id: 'icansGrade3', side: 'icans', label: 'ICANS grade ≥ 3', unit: 'share', tolerance: 0.07 },
  { id: 'icansOnset', side: 'icans', label: 'Median ICANS onset', unit: 'days', tolerance: 2 },
] as const;
export type MetricId = (typeof METRICS)[number]['id'];

/** How much an older grading scale widens a tolerance. */
export const OLDER_SCALE_WIDENING = 1.5;

/** The sample size and seed the check and the page use. */
export const CHECK_COHORT = { n: 200, seed: 1 } as const;

/** One figure of one product, model against trial. */
export interface CalibrationCell {
  readonly metric: MetricId;
  /** The model's value (share 0–1 or days), or null when the model has none (no patient had it). */
  readonly model: number | null;
  readonly trial: Figure;
  readonly tolerance: number;
  /** Whether the tolerance was widened for an older grading scale. */
  readonly widened: boolean;
  readonly ok: boolean;
}

export interface CalibrationRow {
  readonly product: ProductId;
  readonly trial: TrialFigures;
  readonly cells: readonly CalibrationCell[];
}

function modelValue(side: CohortSide, metric: MetricId): number | null {
  if (metric.endsWith('Any')) return side.any;
  if (metric.endsWith('Grade3')) return side.grade3plus;
  if (metric.endsWith('Onset')) return side.onsetDays?.median ?? null;
  return side.durationDays?.median ?? null;
}

function trialFigure(trial: TrialFigures, metric: MetricId): Figure | null {
  const side = metric.startsWith('crs') ? trial.crs : trial.icans;
  if (metric.endsWith('Any')) return side.any;
  if (metric.endsWith('Grade3')) return side.grade3plus;
  if (metric.endsWith('Onset')) return side.onsetDays;
  return side.durationDays;
}

/** Whether a metric of this trial was graded on an older scale than ASTCT 2019. */
export function olderScale(trial: TrialFigures, metric: MetricId): boolean {
  return metric.startsWith('crs') ? trial.crsScale !== 'ASTCT' : trial.neuroScale !== 'ICANS';
}

/** Compare one product's cohort with its trial. */
export function compare(
  product: ProductId,
  trial: TrialFigures,
  result: CohortResult,
): CalibrationRow {
  const cells: CalibrationCell[] = [];
  for (const metric of METRICS) {
    const figure = trialFigure(trial, metric.id);
    if (figure === null) continue;
    const widened = olderScale(trial, metric.id);
    const tolerance = metric.tolerance * (widened ? OLDER_SCALE_WIDENING : 1);
    const model = modelValue(metric.side === 'crs' ? result.crs : result.icans, metric.id);
    const ok = model !== null && Math.abs(model - figure.value) <= tolerance + 1e-9;
    cells.push({ metric: metric.id, model, trial: figure, tolerance, widened, ok });
  }
  return { product, trial, cells };
}

/** The products that have trial figures, in catalogue order. */
export const CALIBRATED_PRODUCTS: readonly ProductId[] = PRODUCT_IDS.filter(
  (id) => TRIALS[id] !== null,
);

/** Every calibrated product's row, from a cohort of `n` patients with `seed`. */
export function calibrationRows(
  options: { readonly n: number; readonly seed: number } = CHECK_COHORT,
): CalibrationRow[] {
  return CALIBRATED_PRODUCTS.map((product) =>
    compare(product, TRIALS[product]!, cohort(makeScenario({ therapy: product }), options)),
  );
}

/** The rows' misses, one line each ("axi-cel Any CRS: model 0.71, trial 0.94 ± 0.10"). */
export function misses(rows: readonly CalibrationRow[]): string[] {
  return rows.flatMap((row) =>
    row.cells
      .filter((cell) => !cell.ok)
      .map((cell) => {
        const label = METRICS.find((m) => m.id === cell.metric)!.label;
        const model = cell.model === null ? 'none' : cell.model.toFixed(2);
        return `${row.product} ${label}: model ${model}, trial ${cell.trial.value} ± ${cell.tolerance.toFixed(3)}`;
      }),
  );
}
