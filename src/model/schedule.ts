/**
 * How a therapy is given: its doses (CAR-T infusions, step-up and full doses of an engager, an
 * injection into the tumor), any continuous infusion, and the premedication given before its
 * doses. Days count from the first dose (label day 1 is day 0 here).
 */
import type { Drug } from './drugs.ts';

/** How the agent reaches the body. */
export type Route = 'iv-infusion' | 'subcutaneous' | 'iv' | 'continuous-iv' | 'intratumoral';

/** One dose of a schedule. */
export interface ScheduledDose {
  /** Day of the dose, from the first dose (day 0). */
  readonly day: number;
  /**
   * Amount relative to the full (target) dose: 1 for a full dose, less for a step-up dose; for
   * CAR-T, the share of the cell dose in this infusion.
   */
  readonly amount: number;
  /**
   * The dose as the label gives it, e.g. "0.06 mg/kg (step-up dose)" (for CAR-T, the catalogue
   * adds it from ./schedule-text.ts).
   */
  readonly label?: string;
}

/** A continuous infusion at a constant rate between two days. */
export interface InfusionSegment {
  /** First day of the segment. */
  readonly from: number;
  /** Day the segment ends (exclusive). */
  readonly to: number;
  /** Rate relative to the full rate (1 = the target dose). */
  readonly rate: number;
  /** The rate as the label gives it, e.g. "9 µg/day" (the catalogue adds it). */
  readonly label?: string;
}

/** Premedication a label gives before some doses. */
export interface Premedication {
  /** The model's drugs that stand for it (a corticosteroid is dexamethasone here). */
  readonly drugs: readonly Drug[];
  /** Days of the doses it is given before (a subset of the schedule's dose days). */
  readonly days: readonly number[];
  /** What the label asks for, in words (the catalogue adds it from ./schedule-text.ts). */
  readonly label?: string;
}

/** A therapy's schedule over the model's 28 days. */
export interface Schedule {
  readonly route: Route;
  /** Doses in day order (none for a purely continuous infusion). */
  readonly doses: readonly ScheduledDose[];
  /** Continuous infusion segments (blinatumomab), in day order. */
  readonly infusion: readonly InfusionSegment[];
  /** Premedication, or null when the label asks for none. */
  readonly premedication: Premedication | null;
  /** What the schedule leaves out or simplifies (the catalogue adds it from ./schedule-text.ts). */
  readonly note?: string;
}

/** Weekly full doses from `first` to the end of the model's horizon. */
export function weeklyDoses(first: number, every = 7, until = 28): ScheduledDose[] {
  const doses: ScheduledDose[] = [];
  for (let day = first; day < until; day += every) doses.push({ day, amount: 1 });
  return doses;
}
