import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NOTES, isRejection } from './query.ts';
import { DRUGS } from './drugs.ts';
import {
  DEFAULT_SCENARIO,
  DRUG_TRIGGERS,
  encode,
  makeScenario,
  parse,
  timingDay,
} from './scenario.ts';
import { scenarioArb } from './testing/arbitraries.ts';
import { DOSES, THERAPIES } from './therapies.ts';

const FC_RUNS = { numRuns: 150 };

/** Query-like text: real keys and values mixed with junk, markup, Unicode and huge values. */
const queryArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('therapy', 'burden', 'dose', ...DRUGS, 'x', '__proto__', ''),
        fc.string(),
      ),
      fc.oneof(
        fc.constantFrom(
          'cart-41bb',
          'high',
          'day3',
          'grade2',
          'NaN',
          '-1e999',
          '<script>',
          '%',
          '%E0%A4%A',
        ),
        fc.double().map(String),
        fc.string({ unit: 'binary' }),
        fc.string({ minLength: 10_000, maxLength: 10_000 }),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

describe('scenario codec', () => {
  it('the empty query is the default scenario, and the default encodes to ""', () => {
    expect(parse('')).toEqual({ scenario: DEFAULT_SCENARIO, notes: [] });
    expect(encode(DEFAULT_SCENARIO)).toBe('');
  });

  it('reads the model.md example', () => {
    const { scenario, notes } = parse(
      'therapy=cart-cd28&burden=80&tocilizumab=grade2&anakinra=day0',
    );
    expect(notes).toEqual([]);
    expect(scenario).toEqual(
      makeScenario({
        therapy: 'cart-cd28',
        burden: 80,
        drugs: { tocilizumab: 'grade2', anakinra: 'day0' },
      }),
    );
    expect(encode(scenario)).toBe('burden=80&tocilizumab=grade2&anakinra=day0');
  });

  it('accepts a leading ?, percent-encoding, + for space and any letter case', () => {
    const { scenario, notes } = parse('?Therapy=CART-41BB&burden=%2070&dose=High');
    expect(notes).toEqual([]);
    expect(scenario).toMatchObject({ therapy: 'cart-41bb', burden: 70, dose: 'high' });
  });

  it('clamps out-of-range numbers with a note a reader can see', () => {
    const { scenario, notes } = parse('burden=500');
    expect(scenario.burden).toBe(100);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ key: 'burden', value: '500', kind: 'clamped' });
    expect(notes[0]!.message).toMatch(/^burden 500 was out of range.*set to 100\.$/);
  });

  it('rounds burden and day numbers, with notes', () => {
    const { scenario, notes } = parse('burden=40.4&tocilizumab=day2.6&anakinra=day40');
    expect(scenario.burden).toBe(40);
    expect(scenario.drugs.tocilizumab).toBe('day3');
    expect(scenario.drugs.anakinra).toBe('day28');
    expect(notes.map((n) => n.kind)).toEqual(['rounded', 'rounded', 'clamped']);
  });

  it('replaces unknown values by defaults and drops unknown keys, saying so', () => {
    const { scenario, notes } = parse(
      'therapy=magic&burden=NaN&dose=huge&siltuximab=tomorrow&color=red',
    );
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(notes.map((n) => [n.key, n.kind])).toEqual([
      ['color', 'unknown-key'],
      ['therapy', 'invalid'],
      ['burden', 'invalid'],
      ['dose', 'invalid'],
      ['siltuximab', 'invalid'],
    ]);
    expect(notes.every(isRejection)).toBe(true);
  });

  it('uses the last of repeated keys, with a note', () => {
    const { scenario, notes } = parse('burden=10&burden=90');
    expect(scenario.burden).toBe(90);
    expect(notes).toMatchObject([{ key: 'burden', kind: 'repeated' }]);
  });

  it('drops undecodable percent-encoding and keeps going', () => {
    const { scenario, notes } = parse('burden=%E0%A4%A&dose=high');
    expect(scenario.dose).toBe('high');
    expect(notes).toMatchObject([{ kind: 'malformed' }]);
  });

  it('does not let hostile keys reach the object prototype', () => {
    const { scenario } = parse('__proto__=x&constructor=y&toString=z');
    expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('shortens long or markup values in notes and caps the number of notes', () => {
    const long = 'a'.repeat(10_000);
    const { notes } = parse(`therapy=${long}`);
    expect(notes[0]!.value.length).toBeLessThanOrEqual(40);
    expect(notes[0]!.message.length).toBeLessThan(200);
    const many = Array.from({ length: 50 }, (_, i) => `k${i}=<b>${i}</b>`).join('&');
    expect(parse(many).notes).toHaveLength(MAX_NOTES + 1);
  });

  it('timingDay reads dayN timings and nothing else', () => {
    expect(timingDay('day0')).toBe(0);
    expect(timingDay('day14')).toBe(14);
    expect(timingDay('fever')).toBeNull();
    expect(timingDay('off')).toBeNull();
  });
});

describe('scenario codec properties (fast-check)', () => {
  it('parse never throws and always returns a valid scenario, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(queryArb, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (q) => {
          const { scenario } = parse(q);
          expect(THERAPIES).toContain(scenario.therapy);
          expect(DOSES).toContain(scenario.dose);
          expect(
            Number.isInteger(scenario.burden) && scenario.burden >= 0 && scenario.burden <= 100,
          ).toBe(true);
          for (const drug of DRUGS) {
            const timing = scenario.drugs[drug];
            expect(
              (DRUG_TRIGGERS as readonly string[]).includes(timing) || timingDay(timing) !== null,
            ).toBe(true);
          }
        },
      ),
      FC_RUNS,
    );
  });

  it('encode(parse(q).scenario) is stable: parsing it again changes nothing', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const once = encode(parse(q).scenario);
        const again = parse(once);
        expect(again.notes).toEqual([]);
        expect(encode(again.scenario)).toBe(once);
      }),
      FC_RUNS,
    );
  });

  it('parse(encode(s)) returns s without notes for every valid scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(parse(encode(s))).toEqual({ scenario: s, notes: [] });
      }),
      FC_RUNS,
    );
  });

  it('encode leaves defaults out', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const q = encode(s);
        expect(q.includes('therapy=')).toBe(s.therapy !== DEFAULT_SCENARIO.therapy);
        expect(q.includes('burden=')).toBe(s.burden !== DEFAULT_SCENARIO.burden);
        expect(q.includes('=off')).toBe(false);
      }),
      FC_RUNS,
    );
  });
});
