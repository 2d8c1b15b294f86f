/**
 * The printed summary of the calculators' inputs: the labels the reader chose, and "not given"
 * for anything left empty, never a default.
 */
import { describe, expect, it } from 'vitest';
import { crsSummary, icansSummary, type SummaryRow } from './print-summary';

/** The rows as `term: value` lines, easier to read in a failure. */
const lines = (rows: readonly SummaryRow[]): string[] =>
  rows.map((row) => `${row.term}: ${row.value}`);

describe('crsSummary', () => {
  it('prints every input in words', () => {
    expect(
      lines(crsSummary({ temperature: 39.2, bp: 'one-pressor', o2: 'high-flow', masked: true })),
    ).toEqual([
      'Temperature: 39.2 °C (102.6 °F)',
      'Fever masked: Yes: antipyretic or anti-cytokine drug given after CRS was diagnosed',
      'Blood pressure: One vasopressor, with or without vasopressin',
      expect.stringMatching(/^Oxygen: High-flow nasal cannula/),
    ]);
    expect(lines(crsSummary({ temperature: 37, bp: 'none', o2: 'none', masked: false }))[1]).toBe(
      'Fever masked: No',
    );
  });

  it('says "not given" for an empty input, masked included', () => {
    const rows = crsSummary({ temperature: null, bp: null, o2: null, masked: null });
    expect(rows.map((row) => row.value)).toEqual(Array(4).fill('not given'));
  });
});

describe('icansSummary', () => {
  const draft = {
    ice: 5,
    consciousness: 'voice',
    seizure: 'none',
    motor: 'none',
    edema: 'focal',
  } as const;

  it('prints the typed ICE score and the chosen findings', () => {
    expect(lines(icansSummary(draft, null))).toEqual([
      'ICE score: 5 of 10',
      'Consciousness: Awakens only to voice',
      'Seizure: None',
      'Motor: None',
      'Raised ICP / edema: Focal or local edema on neuroimaging',
    ]);
  });

  it('prints ICE 0 for a patient who cannot be roused once graded, else "not given"', () => {
    const unarousable = { ...draft, ice: null, consciousness: 'unarousable' } as const;
    expect(lines(icansSummary(unarousable, null))[0]).toBe('ICE score: not given');
    expect(lines(icansSummary(unarousable, { ...unarousable, ice: 0 }))[0]).toBe(
      'ICE score: 0 of 10',
    );
    const empty = { ice: null, consciousness: null, seizure: null, motor: null, edema: null };
    expect(icansSummary(empty, null).map((row) => row.value)).toEqual(Array(5).fill('not given'));
  });
});
