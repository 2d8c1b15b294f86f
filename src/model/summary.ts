/**
 * The summary of one simulated course, with exactly the field names of model.md. A tracker is
 * fed every step (not only the output samples), so onsets and peaks are exact to one step.
 */

export interface Summary {
  /** Worst ASTCT CRS grade over the 28 days (0–4). */
  readonly maxCrsGrade: number;
  /** Worst ASTCT ICANS grade over the 28 days (0–4). */
  readonly maxIcansGrade: number;
  /** First day CRS grade ≥ 1, or null when never. */
  readonly crsOnsetDay: number | null;
  /** First day ICANS grade ≥ 1, or null when never. */
  readonly icansOnsetDay: number | null;
  /** Highest free serum IL-6, pg/mL. */
  readonly peakIl6: number;
  /** Day of the highest free serum IL-6 (first if repeated). */
  readonly peakIl6Day: number;
  /** Highest serum IL-1, pg/mL. */
  readonly peakIl1: number;
  /** Day of the highest serum IL-1. */
  readonly peakIl1Day: number;
  /** Tumor remaining at day 28, % of the starting burden (0 when there was no tumor). */
  readonly tumorRemainingDay28: number;
}

/** Mutable accumulator; create one per simulation. */
export interface SummaryTracker {
  maxCrsGrade: number;
  maxIcansGrade: number;
  crsOnsetDay: number | null;
  icansOnsetDay: number | null;
  peakIl6: number;
  peakIl6Day: number;
  peakIl1: number;
  peakIl1Day: number;
  tumorRemaining: number;
  /** Last time of the first CRS and ICANS episode so far (gaps under {@link EPISODE_GAP} merge). */
  crsLast: number | null;
  icansLast: number | null;
}

/** A pause shorter than this, d, does not end an episode (trials count such a pause as one episode). */
export const EPISODE_GAP = 1;

export function createTracker(): SummaryTracker {
  return {
    maxCrsGrade: 0,
    maxIcansGrade: 0,
    crsOnsetDay: null,
    icansOnsetDay: null,
    peakIl6: -Infinity,
    peakIl6Day: 0,
    peakIl1: -Infinity,
    peakIl1Day: 0,
    tumorRemaining: 0,
    crsLast: null,
    icansLast: null,
  };
}

/** Feed one time point. */
export function track(
  s: SummaryTracker,
  t: number,
  crsGrade: number,
  icansGrade: number,
  il6: number,
  il1: number,
  tumorRemaining: number,
): void {
  if (crsGrade > s.maxCrsGrade) s.maxCrsGrade = crsGrade;
  if (icansGrade > s.maxIcansGrade) s.maxIcansGrade = icansGrade;
  if (crsGrade >= 1 && s.crsOnsetDay === null) s.crsOnsetDay = t;
  if (icansGrade >= 1 && s.icansOnsetDay === null) s.icansOnsetDay = t;
  if (crsGrade >= 1 && (s.crsLast === null || t - s.crsLast <= EPISODE_GAP)) s.crsLast = t;
  if (icansGrade >= 1 && (s.icansLast === null || t - s.icansLast <= EPISODE_GAP)) s.icansLast = t;
  if (il6 > s.peakIl6) {
    s.peakIl6 = il6;
    s.peakIl6Day = t;
  }
  if (il1 > s.peakIl1) {
    s.peakIl1 = il1;
    s.peakIl1Day = t;
  }
  s.tumorRemaining = tumorRemaining;
}

/** The final summary (days rounded to the step grid, to 2 decimals). */
export function finishSummary(s: SummaryTracker): Summary {
  const day = (t: number) => Math.round(t * 100) / 100;
  return {
    maxCrsGrade: s.maxCrsGrade,
    maxIcansGrade: s.maxIcansGrade,
    crsOnsetDay: s.crsOnsetDay === null ? null : day(s.crsOnsetDay),
    icansOnsetDay: s.icansOnsetDay === null ? null : day(s.icansOnsetDay),
    peakIl6: s.peakIl6,
    peakIl6Day: day(s.peakIl6Day),
    peakIl1: s.peakIl1,
    peakIl1Day: day(s.peakIl1Day),
    tumorRemainingDay28: s.tumorRemaining,
  };
}

/** How long the first episode of CRS and of ICANS lasted, d. */
export interface Episodes {
  /** From CRS onset to its last moment of the first episode, or null when there was no CRS. */
  readonly crsDays: number | null;
  /** The same for ICANS (an episode still going on day 28 ends there). */
  readonly icansDays: number | null;
}

/** The first episodes' lengths, d, rounded to 2 decimals; `step` is the time resolution. */
export function finishEpisodes(s: SummaryTracker, step: number): Episodes {
  const length = (onset: number | null, last: number | null) =>
    onset === null || last === null ? null : Math.round((last - onset + step) * 100) / 100;
  return {
    crsDays: length(s.crsOnsetDay, s.crsLast),
    icansDays: length(s.icansOnsetDay, s.icansLast),
  };
}
