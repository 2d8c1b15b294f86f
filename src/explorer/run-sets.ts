/**
 * The courses the explorer simulates and draws: the reader's scenario beside what it is compared
 * with (its no-drug twin, or scenario B), or the research arms. The model runs here; the
 * component only keeps the results while the scenario stays the same.
 */
import { simulate, type Simulation } from '../model/cascade';
import type { Scenario } from '../model/scenario';
import { armScenario, type Arm } from './presets';
import type { Run, RunStyle } from './chart';
import { formatAmount } from '../lib/format';
import { courseWords } from './change';
import { momentAt, summarySentence, type Moment } from './moment';

/** One research arm, simulated. */
export interface ArmRun {
  readonly arm: Arm;
  readonly scenario: Scenario;
  readonly sim: Simulation;
}

/** What the reader's scenario is compared with: its no-drug twin, or scenario B. */
export interface Other {
  readonly id: 'none' | 'b';
  readonly label: string;
  readonly sim: Simulation;
}

/** The line styles of the arms, in order. */
const ARM_STYLES: readonly RunStyle[] = ['arm0', 'arm1', 'arm2'];

/** Each arm run from the reader's scenario (its burden, therapy, dose and drug timing). */
export function simulateArms(base: Scenario, arms: readonly Arm[]): ArmRun[] {
  return arms.map((arm) => {
    const scenario = armScenario(base, arm);
    return { arm, scenario, sim: simulate(scenario) };
  });
}

/**
 * The runs the charts draw: the arms when there are any; otherwise the reader's scenario, named
 * "This scenario" alone, "Your scenario" beside its no-drug twin and "Scenario A" beside B.
 */
export function runsFor(
  sim: Simulation,
  other: Other | null,
  arms: readonly ArmRun[] | null,
  labels = { alone: 'This scenario', yours: 'Your scenario', a: 'Scenario A' },
): Run[] {
  if (arms) {
    return arms.map((a, i) => ({
      id: a.arm.id,
      label: a.arm.label,
      sim: a.sim,
      style: ARM_STYLES[i] ?? 'arm0',
    }));
  }
  if (!other) return [{ id: 'main', label: labels.alone, sim, style: 'main' }];
  return [
    { id: 'main', label: other.id === 'b' ? labels.a : labels.yours, sim, style: 'main' },
    {
      id: other.id,
      label: other.label,
      sim: other.sim,
      style: other.id === 'b' ? 'arm2' : 'ghost',
    },
  ];
}

/**
 * "Over 28 days: worst CRS grade 3, worst ICANS grade 2, CRS starts day 1.8." The course of
 * each run in one sentence, each after its name when there are several.
 */
export function courseSentence(runs: readonly Run[]): string {
  const words = runs.map((run) =>
    runs.length > 1
      ? `${run.label}: ${courseWords(run.sim.summary)}`
      : courseWords(run.sim.summary),
  );
  return `Over 28 days: ${words.join('; ')}.`;
}

/** Each arm's moment at sample `index` in one sentence, after the arm's name. */
export function armsSentence(
  arms: readonly ArmRun[],
  index: number,
  sentence: (m: Moment) => string = summarySentence,
): string {
  return arms.map((a) => `${a.arm.label}: ${sentence(momentAt(a.sim, index))}`).join(' ');
}

/**
 * "A: CRS 2, ICANS 2, IL-6 2,255 pg/mL · B: CRS 2, ICANS 1, IL-6 462 pg/mL": each run's worst
 * grades and highest free IL-6 in 28 days, after a short name when there are several (A and B,
 * yours and no drug, or the arms'). IL-6 is there because what a drug does to it is often the
 * surprise (tocilizumab raises it), and the summary is what a phone shows beside the controls.
 */
export function worstText(runs: readonly Run[]): string {
  const name = (run: Run) =>
    run.id === 'main' ? (runs[1]?.id === 'b' ? 'A' : 'yours') : run.id === 'b' ? 'B' : run.label;
  return runs
    .map(
      (run) =>
        `${runs.length > 1 ? `${name(run)}: ` : ''}CRS ${run.sim.summary.maxCrsGrade}, ICANS ${run.sim.summary.maxIcansGrade}, IL-6 ${formatAmount(run.sim.summary.peakIl6)} pg/mL`,
    )
    .join(' · ');
}
