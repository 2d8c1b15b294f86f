/** One simulated course drawn in the charts: the reader's scenario, its no-drug twin, or an arm. */
import type { Simulation } from '../model/cascade';

export type RunStyle = 'main' | 'ghost' | 'arm0' | 'arm1' | 'arm2';

export interface Run {
  readonly id: string;
  /** Column and legend name, e.g. "No drug". */
  readonly label: string;
  readonly sim: Simulation;
  readonly style: RunStyle;
}
