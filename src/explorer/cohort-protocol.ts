/**
 * The messages between the explorer and its cohort worker ("100 people like this"). The page
 * asks for a scenario, written as its query (the model's codec, so the worker reads exactly the
 * scenario the page runs), with a number that grows with every request; the worker answers with
 * the same number. Only the answer to the latest request is shown: a slower, older answer that
 * arrives after a newer request is dropped. Both sides check what they receive, since a message
 * is only `unknown` data.
 *
 * ```ts
 * const request = cohortRequest(++latest, encode(scenario));   // page → worker
 * const response = readResponse(event.data);                    // worker → page
 * if (response && isLatest(response, latest)) show(response);
 * ```
 */

/** Virtual people in the icon array. */
export const COHORT_SIZE = 100;
/** One seed for every scenario: the same scenario always shows the same people. */
export const COHORT_SEED = 1;

export interface CohortRequest {
  readonly kind: 'cohort';
  /** Grows with each request; the answer carries it back. */
  readonly id: number;
  /** The scenario as its query (`therapy=axi-cel&burden=60`). */
  readonly query: string;
}

/** A source of a trial figure: its key in the reference list and its short name. */
export interface TrialSource {
  readonly key: string;
  readonly name: string;
}

/** The trial figures the panel quotes beside the virtual people. */
export interface TrialHeadline {
  /** Trial name, e.g. "ZUMA-1". */
  readonly trial: string;
  /** Patients in its safety set. */
  readonly n: number;
  /** The CRS grading scale it used. */
  readonly scale: string;
  /** Share with any CRS (0–1), or null if not confirmed. */
  readonly any: number | null;
  /** Share with grade 3 or higher CRS (0–1), or null if not confirmed. */
  readonly severe: number | null;
  readonly sources: readonly TrialSource[];
}

export interface CohortAnswer {
  readonly kind: 'cohort';
  readonly id: number;
  readonly query: string;
  /** The scenario's tumor burden, % (the people's burdens spread around it). */
  readonly burden: number;
  /** People out of {@link COHORT_SIZE} whose worst CRS grade was 0, 1, 2, 3, 4 (adds up). */
  readonly counts: readonly number[];
  /** The product's trial, or null: a generic therapy, or a product with no confirmed figure. */
  readonly trial: TrialHeadline | null;
  /** The scenario names a real product (not a generic therapy). */
  readonly product: boolean;
}

export interface CohortFailure {
  readonly kind: 'error';
  readonly id: number;
  readonly message: string;
}

export type CohortResponse = CohortAnswer | CohortFailure;

export function cohortRequest(id: number, query: string): CohortRequest {
  return { kind: 'cohort', id, query };
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null;
const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isShare = (value: unknown) =>
  value === null || (typeof value === 'number' && value >= 0 && value <= 1);

/** A request the worker can run, or null for anything else. */
export function readRequest(data: unknown): CohortRequest | null {
  if (!isRecord(data) || data.kind !== 'cohort' || !isId(data.id)) return null;
  if (typeof data.query !== 'string' || data.query.length > 2000) return null;
  return cohortRequest(data.id, data.query);
}

function readTrial(data: unknown): TrialHeadline | null | undefined {
  if (data === null) return null;
  if (!isRecord(data) || typeof data.trial !== 'string' || typeof data.scale !== 'string')
    return undefined;
  if (!isId(data.n) || !isShare(data.any) || !isShare(data.severe)) return undefined;
  if (!Array.isArray(data.sources)) return undefined;
  const sources = data.sources.filter(
    (s): s is TrialSource => isRecord(s) && typeof s.key === 'string' && typeof s.name === 'string',
  );
  if (sources.length !== data.sources.length) return undefined;
  return data as unknown as TrialHeadline;
}

/** An answer the page can show, or null for anything malformed. */
export function readResponse(data: unknown): CohortResponse | null {
  if (!isRecord(data) || !isId(data.id)) return null;
  if (data.kind === 'error') {
    return typeof data.message === 'string'
      ? { kind: 'error', id: data.id, message: data.message }
      : null;
  }
  if (data.kind !== 'cohort' || typeof data.query !== 'string') return null;
  const { burden } = data;
  if (typeof burden !== 'number' || !(burden >= 0 && burden <= 100)) return null;
  const { counts } = data;
  if (
    !Array.isArray(counts) ||
    counts.length !== 5 ||
    !counts.every((c) => Number.isInteger(c) && c >= 0) ||
    counts.reduce((a: number, b: number) => a + b, 0) !== COHORT_SIZE
  )
    return null;
  const trial = readTrial(data.trial);
  if (trial === undefined || typeof data.product !== 'boolean') return null;
  return {
    kind: 'cohort',
    id: data.id,
    query: data.query,
    burden,
    counts: counts as number[],
    trial,
    product: data.product,
  };
}

/** True when a response answers the latest request (older ones are dropped). */
export function isLatest(response: CohortResponse, latest: number): boolean {
  return response.id === latest;
}
