/**
 * The explorer's state without a page: it opens on its preset, simulates what the charts draw
 * (the scenario alone, beside its no-drug twin, or the research arms), moves the moment with the
 * day, encodes itself for the address, reads a shared link when it keeps the address, and
 * resets to its preset.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../model/cascade';
import { makeScenario } from '../../model/scenario';
import { PRESETS, type Preset } from '../../explorer/presets';
import { explorerState, type ExplorerState } from './explorer-state.svelte';

// The model itself, counted: the explorer should run it once per distinct scenario.
vi.mock('../../model/cascade', async (original) => {
  const model = await original<typeof import('../../model/cascade')>();
  return { ...model, simulate: vi.fn(model.simulate) };
});

function explorer(preset: Preset, sync = false) {
  let state: ExplorerState | undefined;
  const destroy = $effect.root(() => {
    state = explorerState(preset, { sync, onframe: () => {} });
  });
  if (!state) throw new Error('the rune was not created');
  return { state, destroy };
}

describe('explorerState', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens on its preset, on the preset day, with an empty query', () => {
    const { state, destroy } = explorer(PRESETS.full);
    flushSync();
    expect(state.scenario).toBe(PRESETS.full.scenario);
    expect(state.view.day).toBe(PRESETS.full.view.day);
    expect(state.moment.day).toBeCloseTo(PRESETS.full.view.day);
    expect(state.sentence).toMatch(/^Day 4: /);
    expect(state.liveText).toBe(state.sentence);
    expect(state.runs.map((run) => run.label)).toEqual(['This scenario']);
    expect(state.other).toBeNull();
    expect(state.change).toBeNull();
    expect(state.courseText).toMatch(/^Over 28 days: worst CRS grade 2, /);
    expect(state.arms).toBeNull();
    expect(state.query).toBe('');
    expect(state.address.hydrated).toBe(true);
    destroy();
  });

  it('compares with the no-drug twin, and says so in the query', () => {
    const { state, destroy } = explorer(PRESETS.full);
    state.scenario = makeScenario({ burden: 80, drugs: { tocilizumab: 'grade2' } });
    state.view.compare = 'no-drug';
    expect(state.runs.map((run) => [run.label, run.style])).toEqual([
      ['Your scenario', 'main'],
      ['No drug', 'ghost'],
    ]);
    expect(state.other?.sim.drugStarts.tocilizumab).toBeNull();
    expect(state.query).toContain('tocilizumab=grade2');
    expect(state.query).toContain('compare=1');
    destroy();
  });

  it('moves the moment with the day, and shows the day in the query', () => {
    const { state, destroy } = explorer(PRESETS.full);
    state.view.day = 9;
    expect(state.moment.day).toBeCloseTo(9);
    expect(state.sentence).toMatch(/^Day 9: /);
    expect(state.query).toBe('day=9');
    destroy();
  });

  it('runs the research arms: one run and one sentence per arm', () => {
    const preset = PRESETS['research-arms'];
    const { state, destroy } = explorer(preset);
    expect(state.arms?.map((a) => a.arm.id)).toEqual(['none', 'tocilizumab', 'anakinra']);
    expect(state.runs.map((run) => run.style)).toEqual(['arm0', 'arm1', 'arm2']);
    // Comparing has no meaning beside the arms.
    state.view.compare = 'no-drug';
    expect(state.other).toBeNull();
    state.view.compare = 'b';
    expect(state.other).toBeNull();
    expect(state.scenarioB).toBeNull();
    expect(state.liveText).toMatch(/^No drug: Day 6: .* Tocilizumab: Day 6: .* Anakinra: Day 6: /);
    destroy();
  });

  it('reset stops playing and shows the preset again', () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const { state, destroy } = explorer(PRESETS.drugs);
    state.scenario = makeScenario({ burden: 10 });
    state.view.view = 'clinician';
    state.view.scale = 'log';
    state.view.compare = 'b';
    state.editing = 'b';
    state.set('anakinra', makeScenario({ drugs: { anakinra: 'day0' } }));
    state.playback.toggle();
    flushSync();
    state.reset();
    expect(state.playback.playing).toBe(false);
    expect(state.scenario).toBe(PRESETS.drugs.scenario);
    expect(state.view).toEqual(PRESETS.drugs.view);
    expect(state.editing).toBe('a');
    expect(state.change).toBeNull();
    state.view.compare = 'b';
    expect(state.scenarioB?.drugs.anakinra).toBe('off');
    destroy();
  });

  it('compares A with B: B starts as A without drugs, follows its patient, and is in the query', () => {
    const { state, destroy } = explorer(PRESETS.full);
    state.scenario = makeScenario({ burden: 80, drugs: { tocilizumab: 'grade2' } });
    state.view.compare = 'b';
    expect(state.scenarioB).toEqual(makeScenario({ burden: 80 }));
    expect(state.edited).toBe(state.scenario);
    state.editing = 'b';
    expect(state.edited).toBe(state.scenarioB);
    state.set('anakinra', makeScenario({ burden: 80, drugs: { anakinra: 'grade2' } }));
    expect(state.runs.map((run) => [run.label, run.style])).toEqual([
      ['Scenario A', 'main'],
      ['Scenario B', 'arm2'],
    ]);
    expect(state.query).toBe('burden=80&tocilizumab=grade2&compare=b&b.anakinra=grade2');
    expect(state.courseText).toMatch(/^Over 28 days: Scenario A: worst .*; Scenario B: worst /);
    expect(state.change?.target).toBe('b');
    // A's burden moves B's too while they are the same, and the change is A's.
    state.editing = 'a';
    state.set('burden', { ...state.scenario, burden: 60 });
    expect(state.scenarioB?.burden).toBe(60);
    expect(state.change).toMatchObject({ control: 'burden', target: 'a' });
    destroy();
  });

  it('says what a change did, measured from before the first step of the same control', () => {
    const { state, destroy } = explorer(PRESETS.full);
    const at = (burden: number) => ({ ...state.scenario, burden });
    state.set('burden', at(60));
    state.set('burden', at(80));
    expect(state.change?.effect).toMatch(/^Worst CRS grade 3 \(was 2\)/);
    expect(state.change?.notices.map((notice) => notice.id)).toEqual(['burden-step']);
    expect(state.change?.notices[0]?.text).toMatch(/^Between 40% and 80% burden/);
    expect(state.courseText).toContain('Between 40% and 80% burden');
    // Another control starts a new change from where the course is now.
    state.set('tocilizumab', makeScenario({ burden: 80, drugs: { tocilizumab: 'grade2' } }));
    expect(state.change?.effect).toMatch(/^Worst CRS grade 2 \(was 3\)/);
    expect(state.change?.notices.map((notice) => notice.id)).toEqual(['brain', 'free-il6']);
    destroy();
  });

  it('keeping the address, it shows what a shared link asks for, with notes', () => {
    const location = new URL('https://x.org/explore/?burden=80&day=6&view=clinician&colour=red');
    vi.stubGlobal('window', { location, history: { state: null, replaceState: () => {} } });
    const { state, destroy } = explorer(PRESETS.full, true);
    flushSync();
    expect(state.scenario.burden).toBe(80);
    expect(state.view.day).toBe(6);
    expect(state.view.view).toBe('clinician');
    expect(state.address.notes.map((note) => note.key)).toEqual(['colour']);
    destroy();
  });

  it('reads scenario B from a shared link', () => {
    const location = new URL('https://x.org/explore/?burden=80&tocilizumab=grade2&b.anakinra=day0');
    vi.stubGlobal('window', { location, history: { state: null, replaceState: () => {} } });
    const { state, destroy } = explorer(PRESETS.full, true);
    flushSync();
    expect(state.view.compare).toBe('b');
    expect(state.scenarioB).toEqual(makeScenario({ burden: 80, drugs: { anakinra: 'day0' } }));
    expect(state.address.notes).toEqual([]);
    destroy();
  });

  it("loads a tour step's state, and writes the tour's address instead of the state while told to", () => {
    const location = new URL('https://x.org/explore/?tour=a&step=2');
    const written: string[] = [];
    const history = {
      state: null,
      replaceState: (_: unknown, __: string, href: string) => {
        written.push(href);
        location.href = href;
      },
    };
    vi.stubGlobal('window', { location, history });
    const { state, destroy } = explorer(PRESETS.full, true);
    flushSync();
    state.playback.playing = true;
    expect(state.load('burden=80&day=6&colour=red').map((note) => note.key)).toEqual(['colour']);
    expect(state.playback.playing).toBe(false);
    expect(state.scenario.burden).toBe(80);
    expect(state.view.day).toBe(6);
    state.tourAddress = 'tour=a&step=3';
    flushSync();
    expect(written.at(-1)).toBe('https://x.org/explore/?tour=a&step=3');
    state.tourAddress = null;
    flushSync();
    destroy();
    expect(written.at(-1)).toBe('https://x.org/explore/?burden=80&day=6');
  });

  it('runs the model once per distinct scenario: not again for an equal one, nor for B or the no-drug twin when only A changes', () => {
    const location = new URL('https://x.org/explore/');
    vi.stubGlobal('window', { location, history: { state: null, replaceState: () => {} } });
    const runs = vi.mocked(simulate);
    runs.mockClear();
    const { state, destroy } = explorer(PRESETS.full, true);
    // The server's page shows the default course before the address is read (on mount).
    expect(state.sentence).toMatch(/^Day 4: /);
    flushSync();
    expect(state.sentence).toMatch(/^Day 4: /);
    expect(runs).toHaveBeenCalledTimes(1);

    state.view.compare = 'no-drug';
    expect(state.runs).toHaveLength(2);
    expect(runs).toHaveBeenCalledTimes(2);
    // A drug for A: A runs again; its no-drug twin is the same scenario as before.
    state.set('tocilizumab', makeScenario({ drugs: { tocilizumab: 'grade2' } }));
    expect(state.other?.sim.drugStarts.tocilizumab).toBeNull();
    expect(state.sim.drugStarts.tocilizumab).not.toBeNull();
    expect(runs).toHaveBeenCalledTimes(3);

    // B starts as A without drugs; another drug for A leaves B as it was.
    state.view.compare = 'b';
    expect(state.runs).toHaveLength(2);
    expect(runs).toHaveBeenCalledTimes(4);
    state.set('anakinra', makeScenario({ drugs: { tocilizumab: 'grade2', anakinra: 'day0' } }));
    expect(state.runs.map((run) => run.sim.drugStarts.anakinra)).toEqual([0, null]);
    expect(runs).toHaveBeenCalledTimes(5);
    // A's burden moves B's too: both run.
    state.set('burden', { ...state.scenario, burden: 60 });
    expect([state.scenario.burden, state.scenarioB?.burden]).toEqual([60, 60]);
    expect(state.runs).toHaveLength(2);
    expect(runs).toHaveBeenCalledTimes(7);
    destroy();
  });
});
