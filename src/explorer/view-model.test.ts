import { describe, expect, it } from 'vitest';
import { simulate, type Simulation } from '../model/cascade';
import { makeScenario, parse, type Scenario } from '../model/scenario';
import {
  ARROW_IDS,
  NODE_IDS,
  arrowFluxes,
  burdenValueText,
  dailyIndices,
  formatAmount,
  formatDay,
  gradeRuns,
  indexAt,
  levelWord,
  momentAt,
  nodeLevels,
  summarySentence,
  type Moment,
} from './view-model';

const cache = new Map<string, { scenario: Scenario; sim: Simulation }>();
function run(query: string): { scenario: Scenario; sim: Simulation } {
  let hit = cache.get(query);
  if (!hit) {
    const { scenario } = parse(query);
    hit = { scenario, sim: simulate(scenario) };
    cache.set(query, hit);
  }
  return hit;
}

/** Index of the sample with the highest value of a series. */
function peakIndex(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? -Infinity)) best = i;
  });
  return best;
}

describe('indexAt and formatDay', () => {
  const { sim } = run('');
  it('maps days to the 0.1-day sample grid, clamped', () => {
    expect(indexAt(sim.series, 0)).toBe(0);
    expect(sim.series.t[indexAt(sim.series, 3.4)]).toBeCloseTo(3.4, 6);
    expect(indexAt(sim.series, -5)).toBe(0);
    expect(indexAt(sim.series, 99)).toBe(sim.series.t.length - 1);
  });
  it('prints whole days without decimals', () => {
    expect(formatDay(3)).toBe('3');
    expect(formatDay(3.0000001)).toBe('3');
    expect(formatDay(3.45)).toBe('3.5');
  });
  it('gives one sample per whole day, 0 to 28', () => {
    const days = dailyIndices(sim.series).map((i) => sim.series.t[i]);
    expect(days).toHaveLength(29);
    days.forEach((t, d) => expect(t).toBeCloseTo(d, 6));
  });
});

describe('momentAt', () => {
  const scenarios = [
    '',
    'burden=80',
    'burden=80&tocilizumab=grade2',
    'burden=80&anakinra=day0&antipyretic=fever',
    'burden=100&dexamethasone=day3&siltuximab=grade3',
    'therapy=bispecific&burden=60&tocilizumab=fever',
  ];

  it('grades every sample exactly as the model did', () => {
    for (const query of scenarios) {
      const { sim } = run(query);
      for (let i = 0; i < sim.series.t.length; i++) {
        const m = momentAt(sim, i);
        expect(m.crs.grade, `${query} crs at t=${m.day}`).toBe(m.crsGrade);
        expect(m.icans.grade, `${query} icans at t=${m.day}`).toBe(m.icansGrade);
      }
    }
  });

  it('lists the drugs that have started and their effect', () => {
    const { sim } = run('burden=80&tocilizumab=grade2');
    const start = sim.drugStarts.tocilizumab ?? Infinity;
    const before = momentAt(sim, indexAt(sim.series, start - 0.5));
    const after = momentAt(sim, indexAt(sim.series, start + 1));
    expect(before.drugs).toEqual([]);
    expect(after.drugs.map((d) => d.drug)).toEqual(['tocilizumab']);
    expect(after.drugs[0]?.effect).toBeGreaterThan(0.5);
    expect(after.masked).toBe(true);
    expect(before.masked).toBe(false);
  });

  it('links the moment to the calculators with its inputs', () => {
    const { sim } = run('burden=80');
    const m = momentAt(sim, peakIndex(sim.series.crsGrade));
    expect(m.crsToolHref).toMatch(/^\/tools\/crs-grade\/\?temp=\d+(\.\d)?/);
    expect(m.icansToolHref).toMatch(/^\/tools\/icans-grade\/\?/);
  });

  it('reports symptoms in plain words with a severity', () => {
    const { sim } = run('burden=80');
    const m = momentAt(sim, peakIndex(sim.series.crsGrade));
    expect(m.symptoms.length).toBeGreaterThan(5);
    const fever = m.symptoms.find((s) => s.id === 'fever');
    expect(fever?.severity).toBeGreaterThan(0);
    expect(['mild', 'moderate', 'severe']).toContain(fever?.severityLabel);
  });
});

describe('summarySentence', () => {
  it('names the day, the temperature in both units, the support and the grade', () => {
    const { sim } = run('burden=80');
    const m = momentAt(sim, peakIndex(sim.series.crsGrade));
    const text = summarySentence(m);
    expect(text).toMatch(
      /^Day \d+(\.\d)?: fever \d\d\.\d °C \(\d{2,3}\.\d °F\), needs .+ — CRS grade \d/,
    );
  });

  it('is calm on a quiet day', () => {
    const { sim } = run('burden=10');
    expect(summarySentence(momentAt(sim, 0))).toMatch(
      /^Day 0: temperature 3\d\.\d °C \(\d+\.\d °F\) — no CRS\.$/,
    );
  });

  it('words each support level', () => {
    const base = momentAt(run('burden=80').sim, 40);
    const moment = (patch: Partial<Moment>): string => summarySentence({ ...base, ...patch });
    expect(
      moment({ fever: true, bp: 'one-pressor', o2: 'none', crsGrade: 3, icansGrade: 0 }),
    ).toContain('needs one vasopressor — CRS grade 3.');
    expect(moment({ bp: 'fluids', o2: 'high-flow', crsGrade: 3, icansGrade: 2 })).toContain(
      'needs fluids for low blood pressure and high-flow oxygen — CRS grade 3, ICANS grade 2.',
    );
    expect(moment({ fever: false, masked: true, bp: 'fluids', o2: 'none', crsGrade: 2 })).toContain(
      'fever hidden by drugs',
    );
  });
});

describe('burdenValueText', () => {
  it('names the presets and the spaces between them', () => {
    expect(burdenValueText(40)).toBe('40% of a bulky reference, moderate');
    expect(burdenValueText(10)).toBe('10% of a bulky reference, low');
    expect(burdenValueText(55)).toBe('55% of a bulky reference, between moderate and high');
    expect(burdenValueText(0)).toBe('0% of a bulky reference, below low');
    expect(burdenValueText(95)).toBe('95% of a bulky reference, above high');
  });
});

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

describe('gradeRuns', () => {
  it('tiles the time axis with runs of equal grade', () => {
    const t = [0, 1, 2, 3, 4, 5];
    expect(gradeRuns(t, [0, 0, 1, 2, 2, 0])).toEqual([
      { start: 0, end: 1.5, grade: 0 },
      { start: 1.5, end: 2.5, grade: 1 },
      { start: 2.5, end: 4.5, grade: 2 },
      { start: 4.5, end: 5, grade: 0 },
    ]);
    expect(gradeRuns([0, 1], [3, 3])).toEqual([{ start: 0, end: 1, grade: 3 }]);
    expect(gradeRuns([], [])).toEqual([]);
  });
});

describe('formatAmount', () => {
  it('keeps three significant digits and groups thousands', () => {
    expect(formatAmount(1420.04)).toBe('1,420');
    expect(formatAmount(9.64)).toBe('9.6');
    expect(formatAmount(0.123)).toBe('0.12');
    expect(formatAmount(Number.NaN)).toBe('–');
  });
});

it('makeScenario matches parse for the test scenarios', () => {
  expect(run('burden=80&tocilizumab=grade2').scenario).toEqual(
    makeScenario({ burden: 80, drugs: { tocilizumab: 'grade2' } }),
  );
});
