import { describe, expect, it } from 'vitest';
import type { Simulation } from '../model/cascade';
import { arrowFluxes, levelWord, nodeLevels } from './diagram';
import { ARROW_IDS, NODE_IDS } from './diagram-layout';
import { indexAt } from './moment';
import { peakIndex, run } from './testing/simulations';

describe('diagram levels and fluxes', () => {
  it('stay within 0–1 in every sample', () => {
    for (const query of ['burden=100&therapy=intratumoral', 'burden=80&tocilizumab=day0']) {
      const { sim } = run(query);
      for (let i = 0; i < sim.series.t.length; i += 7) {
        const levels = nodeLevels(sim.series, i);
        const fluxes = arrowFluxes(sim.series, i);
        for (const id of NODE_IDS) expect(levels[id]).toBeGreaterThanOrEqual(0);
        for (const id of NODE_IDS) expect(levels[id]).toBeLessThanOrEqual(1);
        for (const id of ARROW_IDS) expect(fluxes[id]).toBeGreaterThanOrEqual(0);
        for (const id of ARROW_IDS) expect(fluxes[id]).toBeLessThanOrEqual(1);
      }
    }
  });

  it('glow more with more tumor at the peak', () => {
    const low = run('burden=10').sim;
    const high = run('burden=80').sim;
    const at = (sim: Simulation) => nodeLevels(sim.series, peakIndex(sim.series.il6));
    expect(at(high).il6).toBeGreaterThan(at(low).il6);
    expect(at(high).vessels).toBeGreaterThan(at(low).vessels);
  });

  it('show tocilizumab cutting IL-6 to liver and vessels while IL-6 to the brain rises', () => {
    const none = run('burden=80').sim;
    const toc = run('burden=80&tocilizumab=grade2').sim;
    const i = indexAt(toc.series, (toc.drugStarts.tocilizumab ?? 3) + 1.5);
    expect(arrowFluxes(toc.series, i)['il6-liver']).toBeLessThan(
      arrowFluxes(none.series, i)['il6-liver'],
    );
    expect(arrowFluxes(toc.series, i)['il6-vessels']).toBeLessThan(
      arrowFluxes(none.series, i)['il6-vessels'],
    );
    expect(arrowFluxes(toc.series, i)['il6-brain']).toBeGreaterThan(
      arrowFluxes(none.series, i)['il6-brain'],
    );
  });

  it('show anakinra cutting IL-1 in the body more than in the brain', () => {
    const ana = run('burden=80&anakinra=day0').sim;
    const f = arrowFluxes(ana.series, peakIndex(ana.series.il1));
    expect(f['il1-vessels']).toBeLessThan(f['il1-brain']);
  });

  it('words levels', () => {
    expect(levelWord(0)).toBe('at rest');
    expect(levelWord(0.2)).toBe('low');
    expect(levelWord(0.5)).toBe('moderate');
    expect(levelWord(0.9)).toBe('high');
  });
});
