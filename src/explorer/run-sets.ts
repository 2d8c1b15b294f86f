/**
 * The courses the explorer simulates and draws: the reader's scenario with its no-drug twin
 * when comparing, or the research arms. The model runs here; the component only keeps the
 * results while the scenario stays the same.
 */
import { simulate, type Simulation } from '../model/cascade';
import type { Scenario } from '../model/scenario';
import { armScenario, type Arm } from './presets';
import type { Run, RunStyle } from './chart';
import { momentAt, summarySentence } from './moment';

/** One research arm, simulated. */
export interface ArmRun {
  readonly arm: Arm;
  readonly scenario: Scenario;
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
 * "Your scenario" beside its no-drug twin and "This scenario" alone.
 */
export function runsFor(
  sim: Simulation,
  baseline: Simulation | null,
  arms: readonly ArmRun[] | null,
): Run[] {
  if (arms) {
    return arms.map((a, i) => ({
      id: a.arm.id,
      label: a.arm.label,
      sim: a.sim,
      style: ARM_STYLES[i] ?? 'arm0',
    }));
  }
  const runs: Run[] = [
    { id: 'main', label: baseline ? 'Your scenario' : 'This scenario', sim, style: 'main' },
  ];
  if (baseline) runs.push({ id: 'none', label: 'No drug', sim: baseline, style: 'ghost' });
  return runs;
}

/** Each arm's moment at sample `index` in one sentence, after the arm's name. */
export function armsSentence(arms: readonly ArmRun[], index: number): string {
  return arms.map((a) => `${a.arm.label}: ${summarySentence(momentAt(a.sim, index))}`).join(' ');
}
