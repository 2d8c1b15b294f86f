/**
 * The state of one explorer: the reader's scenario and view (the shown day, patient or
 * clinician, the chart scale, the no-drug comparison), the courses the model runs for them, and
 * the moment on the shown day. The model runs only when the scenario (or the comparison)
 * changes; moving through time only indexes into its series. The full explorer keeps the state
 * in the page address too. Create it while the explorer initialises: its playback loop and
 * address belong to the explorer.
 *
 * ```ts
 * const explorer = explorerState(preset, { sync, onframe: (dt) => diagram?.advance(dt) });
 * // explorer.scenario, explorer.view.day (bindable), explorer.runs, explorer.reset() …
 * ```
 */
import { simulate, type Simulation } from '../../model/cascade';
import type { Scenario } from '../../model/scenario';
import { HORIZON_DAYS } from '../../model/series';
import { AddressState } from '../../lib/address-state.svelte';
import { Playback } from '../../lib/playback.svelte';
import { withoutDrugs, type Preset } from '../../explorer/presets';
import { armsSentence, runsFor, simulateArms, type ArmRun } from '../../explorer/run-sets';
import type { Run } from '../../explorer/chart';
import { indexAt, momentAt, summarySentence, type Moment } from '../../explorer/moment';
import {
  DEFAULT_VIEW,
  encodeExplorerQuery,
  parseExplorerQuery,
  type ViewState,
} from '../../explorer/view-query';

export interface ExplorerOptions {
  /** Read the address on load and keep it up to date (the full explorer). */
  sync: boolean;
  /** Called on each frame while playing (the diagram moves its particles on it). */
  onframe(dt: number): void;
}

export interface ExplorerState {
  scenario: Scenario;
  /** The view keys of the address, each bindable; `day` moves while playing. */
  readonly view: { -readonly [K in keyof ViewState]: ViewState[K] };
  /** Playing or not, and the speed. */
  readonly playback: Playback;
  /** The page address: read once on mount, then following the state (not while playing). */
  readonly address: AddressState;
  /** The reader's course. */
  readonly sim: Simulation;
  /** The same scenario without drugs, when comparing (never beside research arms). */
  readonly baseline: Simulation | null;
  /** The research arms, when the preset has them. */
  readonly arms: readonly ArmRun[] | null;
  /** What the charts draw. */
  readonly runs: readonly Run[];
  /** The sample shown: the one at the shown day. */
  readonly index: number;
  readonly moment: Moment;
  /** The moment in one sentence. */
  readonly sentence: string;
  /** What a screen reader hears once the moment settles: the sentence, or one per arm. */
  readonly liveText: string;
  /** The address query of this state (defaults left out). */
  readonly query: string;
  /** Stops playing and shows the preset's scenario and view again. */
  reset(): void;
}

export function explorerState(preset: Preset, { sync, onframe }: ExplorerOptions): ExplorerState {
  let scenario = $state.raw(preset.scenario);
  const view = $state({ ...preset.view });
  const playback = new Playback(view, { end: HORIZON_DAYS, onframe });

  const sim = $derived(simulate(scenario));
  const baseline = $derived(view.compare && !preset.arms ? simulate(withoutDrugs(scenario)) : null);
  const arms = $derived(preset.arms ? simulateArms(scenario, preset.arms) : null);
  const runs = $derived(runsFor(sim, baseline, arms));
  const index = $derived(indexAt(sim.series, view.day));
  const moment = $derived(momentAt(sim, index));
  const sentence = $derived(summarySentence(moment));
  const query = $derived(encodeExplorerQuery(scenario, view, DEFAULT_VIEW));

  const address = new AddressState({
    read(linkQuery) {
      const parsed = parseExplorerQuery(linkQuery, preset.view);
      scenario = parsed.scenario;
      Object.assign(view, parsed.view);
      return parsed.notes;
    },
    query: () => query,
    sync,
    // The day changes every frame while playing: the address catches up after.
    paused: () => playback.playing,
  });

  return {
    get scenario() {
      return scenario;
    },
    set scenario(next) {
      scenario = next;
    },
    view,
    playback,
    address,
    get sim() {
      return sim;
    },
    get baseline() {
      return baseline;
    },
    get arms() {
      return arms;
    },
    get runs() {
      return runs;
    },
    get index() {
      return index;
    },
    get moment() {
      return moment;
    },
    get sentence() {
      return sentence;
    },
    get liveText() {
      return arms ? armsSentence(arms, index) : sentence;
    },
    get query() {
      return query;
    },
    reset() {
      playback.playing = false;
      scenario = preset.scenario;
      Object.assign(view, preset.view);
    },
  };
}
