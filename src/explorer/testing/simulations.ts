/** Simulations the explorer's tests read, each run once per test file. */
import { simulate, type Simulation } from '../../model/cascade';
import { parse, type Scenario } from '../../model/scenario';

const cache = new Map<string, { scenario: Scenario; sim: Simulation }>();
/** The scenario of a query and its simulation. */
export function run(query: string): { scenario: Scenario; sim: Simulation } {
  let hit = cache.get(query);
  if (!hit) {
    const { scenario } = parse(query);
    hit = { scenario, sim: simulate(scenario) };
    cache.set(query, hit);
  }
  return hit;
}

/** Index of the sample with the highest value of a series. */
export function peakIndex(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? -Infinity)) best = i;
  });
  return best;
}
