import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CRS_INPUTS,
  DEFAULT_ICANS_INPUTS,
  DEFAULT_ICE_ITEMS,
  encodeCrsInputs,
  encodeIceItems,
  encodeIcansInputs,
  parseCrsInputs,
  parseIceItems,
  parseIcansInputs,
} from './grade-query.ts';
import {
  BP_SUPPORT,
  CONSCIOUSNESS,
  EDEMA,
  MOTOR,
  O2_SUPPORT,
  SEIZURE,
  type CrsInputs,
  type IcansInputs,
} from './grading.ts';

const FC_RUNS = { numRuns: 200 };

describe('CRS calculator query', () => {
  it('reads the issue example', () => {
    expect(parseCrsInputs('temp=38.9&bp=one-pressor&o2=low-flow')).toEqual({
      inputs: { temperature: 38.9, bp: 'one-pressor', o2: 'low-flow', masked: false },
      notes: [],
    });
    expect(parseCrsInputs('temp=38.5&bp=one-pressor&o2=none&masked=1').inputs.masked).toBe(true);
  });

  it('missing keys take the defaults without notes', () => {
    expect(parseCrsInputs('')).toEqual({ inputs: DEFAULT_CRS_INPUTS, notes: [] });
  });

  it('notes name the bad key and value', () => {
    const { notes } = parseCrsInputs('temp=hot&bp=two-pressors&o2=tent&masked=maybe&x=1');
    expect(notes.map((n) => [n.key, n.value, n.kind])).toEqual([
      ['x', '1', 'unknown-key'],
      ['temp', 'hot', 'invalid'],
      ['bp', 'two-pressors', 'invalid'],
      ['o2', 'tent', 'invalid'],
      ['masked', 'maybe', 'invalid'],
    ]);
    for (const note of notes) expect(note.problem).toContain(note.key);
  });

  it('clamps implausible temperatures (likely °F) with a note', () => {
    const { inputs, notes } = parseCrsInputs('temp=101.3');
    expect(inputs.temperature).toBe(45);
    expect(notes[0]).toMatchObject({ key: 'temp', kind: 'clamped' });
  });

  it('encode then parse gives back the inputs, for every valid input', () => {
    const inputsArb: fc.Arbitrary<CrsInputs> = fc.record({
      temperature: fc.integer({ min: 300, max: 450 }).map((n) => n / 10),
      bp: fc.constantFrom(...BP_SUPPORT),
      o2: fc.constantFrom(...O2_SUPPORT),
      masked: fc.boolean(),
    });
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        expect(parseCrsInputs(encodeCrsInputs(inputs))).toEqual({ inputs, notes: [] });
      }),
      FC_RUNS,
    );
  });

  it('never throws, and its encoding is stable, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (q) => {
        const once = encodeCrsInputs(parseCrsInputs(q).inputs);
        expect(encodeCrsInputs(parseCrsInputs(once).inputs)).toBe(once);
      }),
      FC_RUNS,
    );
  });
});

describe('ICANS calculator query', () => {
  it('reads the issue example', () => {
    expect(
      parseIcansInputs('ice=6&consciousness=voice&seizure=none&motor=none&edema=none'),
    ).toEqual({
      inputs: { ice: 6, consciousness: 'voice', seizure: 'none', motor: 'none', edema: 'none' },
      notes: [],
    });
  });

  it('defaults, notes and rounding', () => {
    expect(parseIcansInputs('')).toEqual({ inputs: DEFAULT_ICANS_INPUTS, notes: [] });
    const { inputs, notes } = parseIcansInputs('ice=12&seizure=status');
    expect(inputs.ice).toBe(10);
    expect(notes.map((n) => n.kind)).toEqual(['clamped', 'invalid']);
    expect(parseIcansInputs('ice=6.5').notes[0]).toMatchObject({ kind: 'rounded' });
  });

  it('encode then parse gives back the inputs', () => {
    const inputsArb: fc.Arbitrary<IcansInputs> = fc.record({
      ice: fc.integer({ min: 0, max: 10 }),
      consciousness: fc.constantFrom(...CONSCIOUSNESS),
      seizure: fc.constantFrom(...SEIZURE),
      motor: fc.constantFrom(...MOTOR),
      edema: fc.constantFrom(...EDEMA),
    });
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        expect(parseIcansInputs(encodeIcansInputs(inputs))).toEqual({ inputs, notes: [] });
      }),
      FC_RUNS,
    );
  });
});

describe('ICE items query', () => {
  it('missing items count as scored; values are checked', () => {
    expect(parseIceItems('')).toEqual({ items: DEFAULT_ICE_ITEMS, notes: [] });
    const { items, notes } = parseIceItems('orientation=3&naming=5&writing=0');
    expect(items).toEqual({ orientation: 3, naming: 3, commands: 1, writing: 0, attention: 1 });
    expect(notes).toMatchObject([{ key: 'naming', kind: 'clamped' }]);
    expect(parseIceItems(encodeIceItems(items))).toEqual({ items, notes: [] });
  });
});
