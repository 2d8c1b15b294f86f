/**
 * The state of one explorer: the reader's scenario and view (the shown day lives in its
 * playback clock), the courses the model runs for them, and the moment on the shown day. The
 * model runs only when the scenario (or the comparison) changes; moving through time only
 * indexes into its series. The full explorer keeps the state in the page address too. Create it
 * while the explorer initialises: its playback loop and address belong to the explorer.
 */
import { simulate } from '../../model/cascade';
import type { Scenario } from '../../model/scenario';
import { HORIZON_DAYS } from '../../model/series';
import { AddressState } from '../../lib/address-state.svelte';
import { Playback } from '../../lib/playback.svelte';
import { withoutDrugs, type Preset } from '../../explorer/presets';
import { runsFor, simulateArms } from '../../explorer/run-sets';
import { indexAt, momentAt, summarySentence } from '../../explorer/view-model';
import {
  DEFAULT_VIEW,
  encodeExplorerQuery,
  parseExplorerQuery,
  type Scale,
  type View,
  type ViewState,
} from '../../explorer/view-query';

export interface ExplorerOptions {
  /** Read the address on load and keep it up to date (the full explorer). */
  sync: boolean;
  /** Called on each frame while playing (the diagram moves its particles on it). */
  onframe(dt: number): void;
}

export class ExplorerState {
  declare scenario: Scenario;
  declare view: View;
  declare scale: Scale;
  declare compare: boolean;
  /** The shown day, playing or not, and the speed. */
  readonly playback: Playback;
  /** The page address: read once on mount, then following the state (not while playing). */
  readonly address: AddressState;
  readonly #preset: Preset;

  // Derived with `.by`: the fields they read are set in the constructor, after these lines.
  /** The reader's course. */
  readonly sim = $derived.by(() => simulate(this.scenario));
  /** The same scenario without drugs, when comparing (not beside research arms). */
  readonly baseline = $derived.by(() =>
    this.compare && !this.#preset.arms ? simulate(withoutDrugs(this.scenario)) : null,
  );
  /** The research arms, when the preset has them. */
  readonly arms = $derived.by(() =>
    this.#preset.arms ? simulateArms(this.scenario, this.#preset.arms) : null,
  );
  /** What the charts draw. */
  readonly runs = $derived(runsFor(this.sim, this.baseline, this.arms));

  /** The sample shown: the one at the shown day. */
  readonly index = $derived.by(() => indexAt(this.sim.series, this.playback.day));
  readonly moment = $derived(momentAt(this.sim, this.index));
  /** The moment in one sentence. */
  readonly sentence = $derived(summarySentence(this.moment));
  /** What a screen reader hears once the moment settles: the sentence, or one per arm. */
  readonly liveText = $derived(
    this.arms
      ? this.arms
          .map((a) => `${a.arm.label}: ${summarySentence(momentAt(a.sim, this.index))}`)
          .join(' ')
      : this.sentence,
  );
  /** The address query of this state (defaults left out). */
  readonly query = $derived.by(() =>
    encodeExplorerQuery(
      this.scenario,
      { day: this.playback.day, view: this.view, scale: this.scale, compare: this.compare },
      DEFAULT_VIEW,
    ),
  );

  constructor(preset: Preset, { sync, onframe }: ExplorerOptions) {
    this.#preset = preset;
    this.scenario = $state.raw(preset.scenario);
    this.view = $state(preset.view.view);
    this.scale = $state(preset.view.scale);
    this.compare = $state(preset.view.compare);
    this.playback = new Playback({ day: preset.view.day, end: HORIZON_DAYS, onframe });
    this.address = new AddressState({
      read: (query) => {
        const parsed = parseExplorerQuery(query, preset.view);
        this.#show(parsed.scenario, parsed.view);
        return parsed.notes;
      },
      query: () => this.query,
      sync,
      // The day changes every frame while playing: the address catches up after.
      paused: () => this.playback.playing,
    });
  }

  #show(scenario: Scenario, view: ViewState): void {
    this.scenario = scenario;
    this.playback.day = view.day;
    this.view = view.view;
    this.scale = view.scale;
    this.compare = view.compare;
  }

  /** Stops playing and shows the preset's scenario and view again. */
  reset = (): void => {
    this.playback.playing = false;
    this.#show(this.#preset.scenario, this.#preset.view);
  };
}
