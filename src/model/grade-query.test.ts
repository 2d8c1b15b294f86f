import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeCrsDraft,
  encodeCrsInputs,
  encodeIceItems,
  encodeIcansDraft,
  encodeIcansInputs,
} from './grade-encode.ts';
import {
  EMPTY_CRS_DRAFT,
  EMPTY_ICANS_DRAFT,
  iceFromText,
  parseCrsInputs,
  parseIceItems,
  parseIcansInputs,
  resolveCrs,
  resolveIceItems,
  resolveIcans,
} from './grade-query.ts';
import { GRADING_LEVELS as LEVELS, type CrsInputs, type IcansInputs } from './grading.ts';

const FC_RUNS = { numRuns: 200 };

describe('CRS calculator query', () => {
  it('reads the issue example', () => {
    const { draft, notes } = parseCrsInputs('temp=38.9&bp=one-pressor&o2=low-flow');
    expect(notes).toEqual([]);
    expect(resolveCrs(draft).inputs).toEqual({
      temperature: 38.9,
      bp: 'one-pressor',
      o2: 'low-flow',
      masked: false,
    });
    expect(parseCrsInputs('temp=38.5&bp=one-pressor&o2=none&masked=1').draft.masked).toBe(true);
  });

  it('assumes nothing for a missing key: no result, and one note naming every missing key', () => {
    const { draft, notes } = parseCrsInputs('temp=39.1');
    expect(draft).toEqual({ temperature: 39.1, bp: null, o2: null, masked: false });
    expect(resolveCrs(draft)).toMatchObject({ inputs: null, missing: ['bp', 'o2'] });
    expect(notes).toMatchObject([{ kind: 'missing', problem: expect.stringMatching(/bp, o2/) }]);
    // A blank calculator (no query at all) is not a link with gaps: no note.
    expect(parseCrsInputs('')).toMatchObject({ draft: EMPTY_CRS_DRAFT, notes: [] });
  });

  it('notes name the bad key and value, and the bad values are not used', () => {
    const { draft, notes } = parseCrsInputs('temp=hot&bp=two-pressors&o2=tent&masked=maybe&x=1');
    expect(notes.map((n) => [n.key, n.value, n.kind])).toEqual([
      ['x', '1', 'unknown-key'],
      ['temp', 'hot', 'invalid'],
      ['bp', 'two-pressors', 'invalid'],
      ['o2', 'tent', 'invalid'],
      ['masked', 'maybe', 'invalid'],
    ]);
    for (const note of notes) expect(note.problem).toContain(note.key);
    expect(draft).toEqual({ temperature: null, bp: null, o2: null, masked: null });
  });

  it('does not clamp or grade a Fahrenheit reading; the command line names the °C value', () => {
    const { draft, notes } = parseCrsInputs('temp=98.6&bp=none&o2=none');
    expect(draft.temperature).toBeNull();
    expect(resolveCrs(draft).inputs).toBeNull();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ key: 'temp', kind: 'invalid' });
    expect(notes[0]?.message).toMatch(/not a body temperature in °C, so it was not used/);
    expect(notes[0]?.problem).toMatch(/if it is °F, give temp=37$/);
  });

  it('refuses a key given twice instead of picking one of its values', () => {
    const { draft, notes } = parseCrsInputs('temp=37&temp=39&bp=none&o2=none');
    expect(draft.temperature).toBeNull();
    expect(notes).toEqual([
      expect.objectContaining({
        key: 'temp',
        kind: 'invalid',
        problem: 'temp is given more than once',
      }),
    ]);
  });

  it('offers nothing for a number that is no body temperature in either unit', () => {
    const { notes } = parseCrsInputs('temp=385&bp=none&o2=none');
    expect(notes[0]).toMatchObject({ key: 'temp', kind: 'invalid' });
    expect(notes[0]?.problem).not.toMatch(/°F/);
  });

  it('reads a decimal comma as typed by many readers', () => {
    expect(parseCrsInputs('temp=38,5&bp=none&o2=none').draft.temperature).toBe(38.5);
  });

  it('encode then parse gives back the inputs, for every valid input', () => {
    const inputsArb: fc.Arbitrary<CrsInputs> = fc.record({
      temperature: fc.integer({ min: 300, max: 450 }).map((n) => n / 10),
      bp: fc.constantFrom(...LEVELS.bp),
      o2: fc.constantFrom(...LEVELS.o2),
      masked: fc.boolean(),
    });
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const { draft, notes } = parseCrsInputs(encodeCrsInputs(inputs));
        expect(notes).toEqual([]);
        expect(resolveCrs(draft).inputs).toEqual(inputs);
      }),
      FC_RUNS,
    );
  });

  it('never throws, and the encoding of what it read is stable, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (q) => {
        const once = encodeCrsDraft(parseCrsInputs(q).draft);
        expect(encodeCrsDraft(parseCrsInputs(once).draft)).toBe(once);
      }),
      FC_RUNS,
    );
  });
});

describe('ICANS calculator query', () => {
  it('reads the issue example', () => {
    const { draft, notes } = parseIcansInputs(
      'ice=6&consciousness=voice&seizure=none&motor=none&edema=none',
    );
    expect(notes).toEqual([]);
    expect(resolveIcans(draft).inputs).toEqual({
      ice: 6,
      consciousness: 'voice',
      seizure: 'none',
      motor: 'none',
      edema: 'none',
    });
  });

  it('never assumes an ICE score of 10 when none was given', () => {
    const { draft, notes } = parseIcansInputs(
      'consciousness=voice&seizure=none&motor=none&edema=none',
    );
    expect(draft.ice).toBeNull();
    expect(resolveIcans(draft)).toMatchObject({ inputs: null, missing: ['ice'] });
    expect(notes).toMatchObject([{ kind: 'missing', key: 'ice' }]);
    expect(parseIcansInputs('')).toMatchObject({ draft: EMPTY_ICANS_DRAFT, notes: [] });
  });

  it('neither clamps nor rounds an ICE score', () => {
    const { draft, notes } = parseIcansInputs('ice=12&seizure=status');
    expect(draft.ice).toBeNull();
    expect(draft.seizure).toBeNull();
    expect(notes.map((n) => n.kind)).toEqual(['invalid', 'invalid', 'missing']);
    expect(parseIcansInputs('ice=6.5').draft.ice).toBeNull();
  });

  it('an unarousable patient scores ICE 0; any other score is flagged, not graded', () => {
    const base = 'consciousness=unarousable&seizure=none&motor=none&edema=none';
    const implied = parseIcansInputs(base);
    expect(implied.notes).toEqual([]);
    expect(resolveIcans(implied.draft).inputs?.ice).toBe(0);
    const contradiction = resolveIcans(parseIcansInputs(`ice=7&${base}`).draft);
    expect(contradiction.inputs).toBeNull();
    expect(contradiction.conflicts).toMatchObject([{ key: 'ice', kind: 'conflict' }]);
    expect(resolveIcans(parseIcansInputs(`ice=0&${base}`).draft).inputs?.ice).toBe(0);
  });

  it('an unusable ICE score is not replaced by 0, even for a patient who cannot be roused', () => {
    const base = 'consciousness=unarousable&seizure=none&motor=none&edema=none';
    for (const ice of ['12', 'abc', '']) {
      const { draft, notes } = parseIcansInputs(`ice=${ice}&${base}`);
      expect(draft.ice, ice).toBeNull();
      expect(resolveIcans(draft).inputs, ice).toBeNull();
      expect(notes, ice).toMatchObject([{ key: 'ice', kind: 'invalid' }]);
    }
  });

  it('a patient rousable only by vigorous touch may still score on the ICE test', () => {
    const query = 'ice=3&consciousness=vigorous&seizure=none&motor=none&edema=none';
    const { draft, notes } = parseIcansInputs(query);
    expect(notes).toEqual([]);
    expect(resolveIcans(draft).inputs).toMatchObject({ ice: 3, consciousness: 'vigorous' });
    expect(
      parseIcansInputs('consciousness=vigorous&seizure=none&motor=none&edema=none').notes,
    ).toMatchObject([{ kind: 'missing', key: 'ice' }]);
  });

  it('refuses an ICE total given twice, and does not then call it missing', () => {
    const { draft, notes } = parseIcansInputs(
      'ice=6&ice=7&consciousness=awake&seizure=none&motor=none&edema=none',
    );
    expect(draft.ice).toBeNull();
    expect(resolveIcans(draft)).toMatchObject({ inputs: null, missing: ['ice'] });
    expect(notes).toMatchObject([
      {
        key: 'ice',
        kind: 'invalid',
        message: 'ice was given more than once, so none of its values was used.',
      },
    ]);
  });

  it('reads a typed ICE total by the same rule as a link: whole numbers 0–10 as given', () => {
    const cases: [string, number | null][] = [
      ['6', 6],
      [' 7 ', 7],
      ['0', 0],
      ['10', 10],
      ['11', null],
      ['-1', null],
      ['6.5', null],
      ['six', null],
    ];
    for (const [text, ice] of cases) {
      expect(iceFromText(text, 'awake'), text).toEqual({
        ice,
        implied: false,
        unusable: ice === null,
      });
    }
    fc.assert(
      fc.property(
        fc.string().filter((text) => text.trim() !== ''),
        (text) => {
          const link = parseIcansInputs(`ice=${encodeURIComponent(text)}`).draft.ice;
          expect(iceFromText(text, null).ice).toBe(link);
        },
      ),
      FC_RUNS,
    );
  });

  it('encode then parse gives back the inputs', () => {
    const inputsArb: fc.Arbitrary<IcansInputs> = fc.record({
      ice: fc.integer({ min: 0, max: 10 }),
      consciousness: fc.constantFrom(...LEVELS.consciousness),
      seizure: fc.constantFrom(...LEVELS.seizure),
      motor: fc.constantFrom(...LEVELS.motor),
      edema: fc.constantFrom(...LEVELS.edema),
    });
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const { draft, notes } = parseIcansInputs(encodeIcansInputs(inputs));
        expect(notes).toEqual([]);
        const contradicts = inputs.consciousness === 'unarousable' && inputs.ice > 0;
        expect(resolveIcans(draft).inputs).toEqual(contradicts ? null : inputs);
        expect(encodeIcansDraft(draft)).toBe(encodeIcansInputs(inputs));
      }),
      FC_RUNS,
    );
  });
});

describe('ICE items query', () => {
  it('every item is required, and values are checked, not clamped', () => {
    const partial = parseIceItems('orientation=3&naming=5&writing=0');
    expect(partial.draft).toEqual({
      orientation: 3,
      naming: null,
      commands: null,
      writing: 0,
      attention: null,
    });
    expect(partial.notes.map((n) => n.kind)).toEqual(['invalid', 'missing']);
    const items = { orientation: 3, naming: 3, commands: 1, writing: 0, attention: 1 };
    const full = parseIceItems(encodeIceItems(items));
    expect(full.notes).toEqual([]);
    expect(resolveIceItems(full.draft).inputs).toEqual(items);
  });
});
