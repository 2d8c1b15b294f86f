import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, makeScenario } from '../model/scenario';
import {
  DEFAULT_VIEW,
  canonicalDay,
  encodeExplorerQuery,
  encodeView,
  parseExplorerQuery,
  parseView,
  splitQuery,
} from './view-query';

describe('splitQuery', () => {
  it('sends view keys to the view part and everything else to the model', () => {
    expect(splitQuery('?burden=80&day=5&View=clinician&foo=1&%E0%A4%A=2')).toEqual({
      scenarioQuery: 'burden=80&foo=1&%E0%A4%A=2',
      viewQuery: 'day=5&View=clinician',
    });
  });

  it('handles empty queries', () => {
    expect(splitQuery('')).toEqual({ scenarioQuery: '', viewQuery: '' });
    expect(splitQuery('?&&')).toEqual({ scenarioQuery: '', viewQuery: '' });
  });
});

describe('parseView', () => {
  it('reads good values without notes', () => {
    const { view, notes } = parseView('day=5.5&view=clinician&scale=log&compare=1');
    expect(view).toEqual({ day: 5.5, view: 'clinician', scale: 'log', compare: true });
    expect(notes).toEqual([]);
  });

  it('uses the defaults for missing keys', () => {
    expect(parseView('')).toEqual({ view: DEFAULT_VIEW, notes: [] });
  });

  it('accepts several spellings of compare', () => {
    for (const word of ['1', 'true', 'YES', 'on']) {
      expect(parseView(`compare=${word}`).view.compare).toBe(true);
    }
    for (const word of ['0', 'false', 'no', 'off']) {
      expect(parseView(`compare=${word}`, { ...DEFAULT_VIEW, compare: true }).view.compare).toBe(
        false,
      );
    }
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
    const view = { day: 7.3, view: 'clinician', scale: 'log', compare: true } as const;
    expect(encodeView(view)).toBe('day=7.3&view=clinician&scale=log&compare=1');
    expect(parseView(encodeView(view)).view).toEqual(view);
  });

  it('writes compare=0 when the defaults compare and the view does not', () => {
    const defaults = { ...DEFAULT_VIEW, compare: true };
    expect(encodeView({ ...defaults, compare: false }, defaults)).toBe('compare=0');
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
    const view = { ...DEFAULT_VIEW, day: 6, compare: true };
    const query = encodeExplorerQuery(scenario, view);
    expect(query).toBe(
      'therapy=cart-41bb&burden=80&tocilizumab=grade2&anakinra=day0&day=6&compare=1',
    );
    const parsed = parseExplorerQuery(`?${query}`);
    expect(parsed.scenario).toEqual(scenario);
    expect(parsed.view).toEqual(view);
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
