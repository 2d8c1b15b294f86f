import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRUGS } from '../model/drugs';
import { DEFAULT_SCENARIO, DRUG_TRIGGERS, makeScenario } from '../model/scenario';
import { DOSES, THERAPIES } from '../model/therapies';
import {
  DEFAULT_VIEW,
  canonicalDay,
  encodeB,
  encodeExplorerQuery,
  encodeView,
  parseB,
  parseExplorerQuery,
  parseView,
  splitQuery,
  startOfB,
} from './view-query';

describe('splitQuery', () => {
  it('sends view keys to the view part and everything else to the model', () => {
    expect(splitQuery('?burden=80&day=5&View=clinician&foo=1&%E0%A4%A=2')).toEqual({
      scenarioQuery: 'burden=80&foo=1&%E0%A4%A=2',
      viewQuery: 'day=5&View=clinician',
      bQuery: '',
    });
  });

  it("sends B's keys, without their prefix, to B's part", () => {
    expect(splitQuery('burden=80&b.anakinra=grade2&B.Burden=1=2&b.=3&b.x=%E0%A4%A')).toEqual({
      scenarioQuery: 'burden=80',
      viewQuery: '',
      bQuery: 'anakinra=grade2&burden=1=2&=3&x=%E0%A4%A',
    });
  });

  it('handles empty queries', () => {
    expect(splitQuery('')).toEqual({ scenarioQuery: '', viewQuery: '', bQuery: '' });
    expect(splitQuery('?&&')).toEqual({ scenarioQuery: '', viewQuery: '', bQuery: '' });
  });
});

describe('parseView', () => {
  it('reads good values without notes', () => {
    const { view, notes } = parseView('day=5.5&view=clinician&scale=log&compare=1');
    expect(view).toEqual({ day: 5.5, view: 'clinician', scale: 'log', compare: 'no-drug' });
    expect(notes).toEqual([]);
  });

  it('uses the defaults for missing keys', () => {
    expect(parseView('')).toEqual({ view: DEFAULT_VIEW, notes: [] });
  });

  it('accepts several spellings of compare', () => {
    for (const word of ['1', 'true', 'YES', 'on']) {
      expect(parseView(`compare=${word}`).view.compare).toBe('no-drug');
    }
    for (const word of ['0', 'false', 'no', 'off']) {
      const defaults = { ...DEFAULT_VIEW, compare: 'no-drug' } as const;
      expect(parseView(`compare=${word}`, defaults).view.compare).toBe('off');
    }
    expect(parseView('compare=B').view.compare).toBe('b');
  });

  it('clamps, rounds and replaces bad values with a note for each', () => {
    const { view, notes } = parseView('day=99&view=doctor&scale=cubic&compare=maybe');
    expect(view).toEqual({ ...DEFAULT_VIEW, day: 28 });
    expect(notes.map((note) => [note.key, note.kind])).toEqual([
      ['day', 'clamped'],
      ['view', 'invalid'],
      ['scale', 'invalid'],
      ['compare', 'invalid'],
    ]);
    const rounded = parseView('day=3.47');
    expect(rounded.view.day).toBe(3.5);
    expect(rounded.notes.map((note) => note.kind)).toEqual(['rounded']);
    expect(parseView('day=soon').notes[0]?.message).toContain('not a number');
  });
});

describe('encodeView', () => {
  it('leaves defaults out and round-trips', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    const view = { day: 7.3, view: 'clinician', scale: 'log', compare: 'no-drug' } as const;
    expect(encodeView(view)).toBe('day=7.3&view=clinician&scale=log&compare=1');
    expect(parseView(encodeView(view)).view).toEqual(view);
  });

  it('writes compare=0 when the defaults compare and the view does not', () => {
    const defaults = { ...DEFAULT_VIEW, compare: 'no-drug' } as const;
    expect(encodeView({ ...defaults, compare: 'off' }, defaults)).toBe('compare=0');
    expect(encodeView({ ...defaults, compare: 'b' }, defaults)).toBe('compare=b');
  });
});

describe('canonicalDay', () => {
  it('keeps days on the 0.1-day grid within 0–28', () => {
    expect(canonicalDay(-0)).toBe(0);
    expect(Object.is(canonicalDay(-0.01), 0)).toBe(true);
    expect(canonicalDay(3.14159)).toBe(3.1);
    expect(canonicalDay(40)).toBe(28);
    expect(canonicalDay(Number.NaN)).toBe(DEFAULT_VIEW.day);
  });
});

describe('explorer query', () => {
  it('round-trips scenario and view together', () => {
    const scenario = makeScenario({
      therapy: 'cart-41bb',
      burden: 80,
      drugs: { tocilizumab: 'grade2', anakinra: 'day0' },
    });
    const view = { ...DEFAULT_VIEW, day: 6, compare: 'no-drug' } as const;
    const query = encodeExplorerQuery(scenario, view);
    expect(query).toBe(
      'therapy=cart-41bb&burden=80&tocilizumab=grade2&anakinra=day0&day=6&compare=1',
    );
    const parsed = parseExplorerQuery(`?${query}`);
    expect(parsed.scenario).toEqual(scenario);
    expect(parsed.view).toEqual(view);
    expect(parsed.b).toBeNull();
    expect(parsed.notes).toEqual([]);
  });

  it('is empty for the default state', () => {
    expect(encodeExplorerQuery(DEFAULT_SCENARIO, DEFAULT_VIEW)).toBe('');
  });

  it('gathers the notes of the model and of the view keys in one list', () => {
    const parsed = parseExplorerQuery('burden=500&tocilizumab=sometimes&day=-3&colour=red');
    expect(parsed.scenario.burden).toBe(100);
    expect(parsed.scenario.drugs.tocilizumab).toBe('off');
    expect(parsed.view.day).toBe(0);
    expect(parsed.notes.map((note) => note.key).sort()).toEqual(
      ['burden', 'colour', 'day', 'tocilizumab'].sort(),
    );
    for (const note of parsed.notes) expect(note.message.length).toBeGreaterThan(10);
  });
});

describe('scenario B', () => {
  const a = makeScenario({ burden: 80, dose: 'high', drugs: { tocilizumab: 'grade2' } });

  it("starts as A's patient without drugs, and writes only what differs from that", () => {
    expect(startOfB(a)).toEqual(makeScenario({ burden: 80, dose: 'high' }));
    expect(encodeB(startOfB(a), a)).toBe('');
    const b = makeScenario({ burden: 40, dose: 'high', drugs: { anakinra: 'grade2' } });
    expect(encodeB(b, a)).toBe('b.burden=40&b.anakinra=grade2');
  });

  it('round-trips tocilizumab against anakinra in one address', () => {
    const b = makeScenario({ burden: 80, dose: 'high', drugs: { anakinra: 'grade2' } });
    const view = { ...DEFAULT_VIEW, compare: 'b' } as const;
    const query = encodeExplorerQuery(a, view, DEFAULT_VIEW, b);
    expect(query).toBe('burden=80&dose=high&tocilizumab=grade2&compare=b&b.anakinra=grade2');
    expect(parseExplorerQuery(query)).toEqual({ scenario: a, view, b, notes: [] });
  });

  it('round-trips any two scenarios', () => {
    const scenario = fc
      .record({
        therapy: fc.constantFrom(...THERAPIES),
        burden: fc.integer({ min: 0, max: 100 }),
        dose: fc.constantFrom(...DOSES),
        drugs: fc.record(
          Object.fromEntries(
            DRUGS.map((drug) => [
              drug,
              fc.oneof(
                fc.constantFrom(...DRUG_TRIGGERS),
                fc.integer({ min: 0, max: 28 }).map((d) => `day${d}` as const),
              ),
            ]),
          ) as Record<(typeof DRUGS)[number], fc.Arbitrary<(typeof DRUG_TRIGGERS)[number]>>,
        ),
      })
      .map((settings) => makeScenario(settings));
    fc.assert(
      fc.property(scenario, scenario, (first, second) => {
        const view = { ...DEFAULT_VIEW, compare: 'b' } as const;
        const parsed = parseExplorerQuery(encodeExplorerQuery(first, view, DEFAULT_VIEW, second));
        expect(parsed).toEqual({ scenario: first, view, b: second, notes: [] });
      }),
      { seed: 20261201, numRuns: 200 },
    );
  });

  it('reads b. keys alone as comparing with B; compare=b alone is B where it starts', () => {
    const alone = parseExplorerQuery('burden=80&b.siltuximab=fever');
    expect(alone.view.compare).toBe('b');
    expect(alone.b).toEqual(makeScenario({ burden: 80, drugs: { siltuximab: 'fever' } }));
    expect(parseExplorerQuery('burden=80&compare=b').b).toEqual(makeScenario({ burden: 80 }));
    expect(parseExplorerQuery('burden=80&compare=1').b).toBeNull();
  });

  it('words every note about a b. key with its prefix, and never throws', () => {
    const parsed = parseB('burden=500&anakinra=sometimes&colour=red&burden=7&x=%E0%A4%A', a);
    expect(parsed.scenario.burden).toBe(7);
    expect(parsed.scenario.drugs.anakinra).toBe('off');
    expect(parsed.notes.map((note) => [note.key, note.kind])).toEqual([
      ['b.x', 'malformed'],
      ['b.burden', 'repeated'],
      ['b.colour', 'unknown-key'],
      ['b.anakinra', 'invalid'],
    ]);
    for (const note of parsed.notes) expect(note.message).toContain('b.');
    const clamped = parseB('burden=500', a).notes[0];
    expect(clamped?.message).toBe('b.burden 500 was out of range (0–100%); set to 100.');
  });

  it('ignores b. keys beside another comparison, with a note', () => {
    const parsed = parseExplorerQuery('compare=1&b.anakinra=grade2');
    expect(parsed.view.compare).toBe('no-drug');
    expect(parsed.b).toBeNull();
    expect(parsed.notes.map((note) => note.kind)).toEqual(['conflict']);
    expect(parsed.notes[0]?.message).toContain('scenario B');
  });
});
