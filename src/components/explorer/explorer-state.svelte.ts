/**
 * The state of one explorer: the reader's scenario (A), a second scenario (B) when comparing
 * with one, and the view (the shown day, patient or clinician, the chart scale, what A is
 * compared with); the courses the model runs for them, the moment on the shown day, and what
 * the reader's last change did. The model runs only when a scenario (or the comparison)
 * changes; moving through time only indexes into its series. The full explorer keeps the state
 * in the page address too. Create it while the explorer initialises: its playback loop and
 * address belong to the explorer.
 *
 * ```ts
 * const explorer = explorerState(preset, { sync, onframe: (dt) => diagram?.advance(dt) });
 * // explorer.scenario, explorer.view.day (bindable), explorer.set('burden', next), explorer.runs …
 * ```
 */
import { untrack } from 'svelte';
import { simulate, type Simulation } from '../../model/cascade';
import { encode as encodeScenario, makeScenario, type Scenario } from '../../model/scenario';
import { HORIZON_DAYS } from '../../model/series';
import { AddressState } from '../../lib/address-state.svelte';
import { Playback } from '../../lib/playback.svelte';
import { withoutDrugs, type Preset } from '../../explorer/presets';
import {
  armsSentence,
  runsFor,
  simulateArms,
  type ArmRun,
  type Other,
} from '../../explorer/run-sets';
import type { Run } from '../../explorer/chart';
import type { Change, ScenarioControl } from '../../explorer/change';
import { EXPLORER_WORDS_EN, type ExplorerWords } from '../../explorer/explorer-words';
import { indexAt, momentAt, type Moment } from '../../explorer/moment';
import {
  DEFAULT_VIEW,
  encodeExplorerQuery,
  parseExplorerQuery,
  startOfB,
  type ViewState,
} from '../../explorer/view-query';
import type { QueryNote } from '../../model/query';

/** The scenario the controls set: the reader's (A) or, when comparing with one, B. */
export type Target = 'a' | 'b';

export interface ExplorerOptions {
  /** Read the address on load and keep it up to date (the full explorer). */
  sync: boolean;
  /** Called on each frame while playing (the diagram moves its particles on it). */
  onframe(dt: number): void;
  /** The words its sentences are said in (English unless given). */
  words?: ExplorerWords;
}

/**
 * What a component wrapping an explorer (TourExplorer) may give the explorer it renders, so the
 * explorer itself stays unaware of guided tours.
 */
export interface ExplorerHook {
  /** Takes out of the link the keys that are not the explorer's (a tour's) before it is read. */
  linkFilter(query: string): string;
  /** Receives the explorer's state once it is created. */
  attach(state: ExplorerState): void;
}

let nextHook: ExplorerHook | undefined;

/**
 * Gives the next explorer created its wrapper's hook: the wrapper calls it just before it renders
 * its explorer, which takes it at once. (A module variable, not a Svelte context, keeps the
 * context functions out of every explorer's bundle.)
 */
export function hookNextExplorer(hook: ExplorerHook): void {
  nextHook = hook;
}

export interface ExplorerState {
  /** The reader's scenario (A). */
  scenario: Scenario;
  /** Scenario B, when comparing with it. */
  readonly scenarioB: Scenario | null;
  /** The scenario the controls set when comparing with B (bindable); A otherwise. */
  editing: Target;
  /** The scenario the controls show and set now. */
  readonly edited: Scenario;
  /** The view keys of the address, each bindable; `day` moves while playing. */
  readonly view: { -readonly [K in keyof ViewState]: ViewState[K] };
  /** Playing or not, and the speed. */
  readonly playback: Playback;
  /** The page address: read once on mount, then following the state (not while playing). */
  readonly address: AddressState;
  /** The reader's course. */
  readonly sim: Simulation;
  /** What A is compared with (no drug, or B), named; never beside research arms. */
  readonly other: Other | null;
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
  /**
   * What it hears once the course settles: the worst grades and when CRS starts (for each run
   * drawn), and what to notice about the last change.
   */
  readonly courseText: string;
  /** What the reader's last change did, while it is the change being made; null before. */
  readonly change: (Change & { readonly target: Target }) | null;
  /** The address query of this state (defaults left out). */
  readonly query: string;
  /**
   * Sets the edited scenario from one control. Changes to the same control add up: what the
   * change did is measured from before the first of them.
   */
  set(control: ScenarioControl, next: Scenario): void;
  /** Stops playing and shows the preset's scenario and view again. */
  reset(): void;
  /** While a tour is followed, what the address shows instead of the state (`tour=…&step=…`). */
  tourAddress: string | null;
  /** Stops playing and shows the state a query text describes (a tour step); returns its notes. */
  load(query: string): readonly QueryNote[];
}

/**
 * The course of the scenario `of` returns, run again only when that scenario changes meaning
 * (its canonical query), not each time an equal copy is set. Reading the address on load sets
 * the default scenario again (it was a second cold run of the model inside the task that
 * hydrates the explorer), and B and the no-drug twin are rebuilt from A at each change of A,
 * mostly unchanged. Lazy: nothing runs until the course is read.
 */
function courseOf(of: () => Scenario): () => Simulation {
  const key = $derived(encodeScenario(of()));
  const course = $derived.by(() => {
    void key; // the one dependency; the scenario itself is read untracked
    return untrack(() => simulate(of()));
  });
  return () => course;
}

/** The settings of a patient, which B follows A in while they are the same. */
const PATIENT = ['therapy', 'burden', 'dose'] as const;

export function explorerState(
  preset: Preset,
  { sync, onframe, words: w = EXPLORER_WORDS_EN }: ExplorerOptions,
): ExplorerState {
  const hook = nextHook;
  nextHook = undefined;
  let scenario = $state.raw(preset.scenario);
  /** B once it has its own settings; until then it is where it starts ({@link startOfB}). */
  let ownB = $state.raw<Scenario | null>(null);
  let editing = $state<Target>('a');
  const view = $state({ ...preset.view });
  const playback = new Playback(view, { end: HORIZON_DAYS, onframe });
  /** The change being made: its control, scenario, and the course before its first step. */
  let edit = $state.raw<{
    control: ScenarioControl;
    target: Target;
    before: { scenario: Scenario; sim: Simulation };
  } | null>(null);

  const comparing = $derived(preset.arms ? 'off' : view.compare);
  const scenarioB = $derived(comparing === 'b' ? (ownB ?? startOfB(scenario)) : null);
  const target = $derived<Target>(comparing === 'b' ? editing : 'a');
  const courseA = courseOf(() => scenario);
  const courseB = courseOf(() => scenarioB ?? scenario);
  const courseWithoutDrugs = courseOf(() => withoutDrugs(scenario));
  const sim = $derived(courseA());
  const simB = $derived(scenarioB && courseB());
  const other = $derived<Other | null>(
    simB
      ? { id: 'b', label: w.other.b, sim: simB }
      : comparing === 'no-drug'
        ? { id: 'none', label: w.other.none, sim: courseWithoutDrugs() }
        : null,
  );
  const arms = $derived(preset.arms ? simulateArms(scenario, preset.arms) : null);
  const runs = $derived(runsFor(sim, other, arms, w.runs));
  const index = $derived(indexAt(sim.series, view.day));
  const moment = $derived(momentAt(sim, index));
  const sentence = $derived(w.sentence(moment));
  const query = $derived(encodeExplorerQuery(scenario, view, DEFAULT_VIEW, scenarioB));
  const change = $derived.by(() => {
    if (!edit || (edit.target === 'b' && !simB)) return null;
    const after =
      edit.target === 'b' && scenarioB && simB
        ? { scenario: scenarioB, sim: simB }
        : { scenario, sim };
    return { ...w.change(edit.control, edit.before, after), target: edit.target };
  });
  const courseText = $derived(
    `${w.course(runs)} ${change?.notices.map((notice) => notice.text).join(' ') ?? ''}`.trim(),
  );

  let tourAddress = $state<string | null>(null);
  function apply(stateQuery: string): readonly QueryNote[] {
    const parsed = parseExplorerQuery(stateQuery, preset.view);
    scenario = parsed.scenario;
    ownB = parsed.b;
    Object.assign(view, parsed.view);
    return parsed.notes;
  }

  const address = new AddressState({
    read: (linkQuery) => apply(hook ? hook.linkFilter(linkQuery) : linkQuery),
    query: () => tourAddress ?? query,
    sync,
    // The day changes every frame while playing: the address catches up after.
    paused: () => playback.playing,
  });

  const state: ExplorerState = {
    get scenario() {
      return scenario;
    },
    set scenario(next) {
      scenario = next;
    },
    get scenarioB() {
      return scenarioB;
    },
    get editing() {
      return editing;
    },
    set editing(next) {
      editing = next;
    },
    get edited() {
      return target === 'b' && scenarioB ? scenarioB : scenario;
    },
    view,
    playback,
    address,
    get sim() {
      return sim;
    },
    get other() {
      return other;
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
      return arms ? armsSentence(arms, index, w.sentence) : sentence;
    },
    get courseText() {
      return courseText;
    },
    get change() {
      return change;
    },
    get query() {
      return query;
    },
    set(control, next) {
      if (!edit || edit.control !== control || edit.target !== target) {
        const current =
          target === 'b' && scenarioB && simB
            ? { scenario: scenarioB, sim: simB }
            : { scenario, sim };
        edit = { control, target, before: current };
      }
      if (target === 'b') {
        ownB = next;
        return;
      }
      // B keeps following A's patient in each setting where the two are the same.
      if (ownB) {
        const b = ownB;
        const follow = PATIENT.filter((key) => b[key] === scenario[key]);
        ownB = makeScenario({ ...b, ...Object.fromEntries(follow.map((key) => [key, next[key]])) });
      }
      scenario = next;
    },
    reset() {
      playback.playing = false;
      scenario = preset.scenario;
      ownB = null;
      editing = 'a';
      edit = null;
      Object.assign(view, preset.view);
    },
    get tourAddress() {
      return tourAddress;
    },
    set tourAddress(next) {
      tourAddress = next;
    },
    load(stateQuery) {
      playback.playing = false;
      edit = null;
      editing = 'a';
      return apply(stateQuery);
    },
  };
  hook?.attach(state);
  return state;
}
