/**
 * What the cohort worker computes for one request: 100 virtual people like the reader's
 * scenario (same treatment, dose and drugs; tumor burden spread around the scenario's, so the
 * burden slider matters), counted by worst CRS grade, and the product's trial figures to show
 * beside them. Pure: the worker (src/lib/cohort-worker.ts) only passes messages to it, and the
 * tests call it directly.
 */
import { iconCounts } from '../model/cohort-icons';
import { cohort } from '../model/cohort';
import { isProduct } from '../model/products';
import { parse } from '../model/scenario';
import { TRIALS } from '../model/trials';
import {
  COHORT_SEED,
  COHORT_SIZE,
  type CohortRequest,
  type CohortResponse,
  type TrialHeadline,
} from './cohort-protocol';
import { TRIAL_SOURCE_NAMES } from './trial-sources';

/** The trial figures of a product (null for a generic therapy or a product without any). */
export function trialHeadline(therapy: string): TrialHeadline | null {
  const trial = isProduct(therapy) ? TRIALS[therapy] : null;
  if (!trial) return null;
  return {
    trial: trial.trial,
    n: trial.n,
    scale: trial.crsScale,
    any: trial.crs.any?.value ?? null,
    severe: trial.crs.grade3plus?.value ?? null,
    sources: trial.cite.map((key) => ({ key, name: TRIAL_SOURCE_NAMES[key] ?? key })),
  };
}

export function answer(request: CohortRequest): CohortResponse {
  try {
    const { scenario } = parse(request.query);
    const result = cohort(scenario, { n: COHORT_SIZE, seed: COHORT_SEED, burden: 'scenario' });
    return {
      kind: 'cohort',
      id: request.id,
      query: request.query,
      burden: scenario.burden,
      counts: iconCounts(result.worstGrades.crs, COHORT_SIZE),
      trial: trialHeadline(scenario.therapy),
      product: isProduct(scenario.therapy),
    };
  } catch (error) {
    return {
      kind: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
