/**
 * The explorer's state without a page: it opens on its preset, simulates what the charts draw
 * (the scenario alone, beside its no-drug twin, or the research arms), moves the moment with the
 * day, encodes itself for the address, reads a shared link when it keeps the address, and
 * resets to its preset.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeScenario } from '../../model/scenario';
import { PRESETS, type Preset } from '../../explorer/presets';
import { explorerState, type ExplorerState } from './explorer-state.svelte';

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
    expect(state.baseline).toBeNull();
    expect(state.arms).toBeNull();
    expect(state.query).toBe('');
    expect(state.address.hydrated).toBe(true);
    destroy();
  });

  it('compares with the no-drug twin, and says so in the query', () => {
    const { state, destroy } = explorer(PRESETS.full);
    state.scenario = makeScenario({ burden: 80, drugs: { tocilizumab: 'grade2' } });
    state.view.compare = true;
    expect(state.runs.map((run) => [run.label, run.style])).toEqual([
      ['Your scenario', 'main'],
      ['No drug', 'ghost'],
    ]);
    expect(state.baseline?.drugStarts.tocilizumab).toBeNull();
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
    state.view.compare = true;
    expect(state.baseline).toBeNull();
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
    state.view.compare = false;
    state.playback.toggle();
    flushSync();
    state.reset();
    expect(state.playback.playing).toBe(false);
    expect(state.scenario).toBe(PRESETS.drugs.scenario);
    expect(state.view).toEqual(PRESETS.drugs.view);
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
});
