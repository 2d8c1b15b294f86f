/**
 * The calculators' tables, labels and links against the model: the words on the page must
 * put every input in the row the model grades it in, and the links must open the same grade.
 * (The grading rules themselves are tested in src/model/grading.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  BP_CHOICES,
  CONSCIOUSNESS_CHOICES,
  CRS_ROWS,
  EDEMA_CHOICES,
  ICANS_ROWS,
  ICE_CHECKS,
  MOTOR_CHOICES,
  O2_CHOICES,
  SEIZURE_CHOICES,
  crsCellMark,
  crsRowOfBp,
  crsRowOfO2,
  iceItemsOf,
  icansCellMark,
  labelOf,
  pendingParts,
  resultParts,
} from './consensus-tables';
import { parseCrsInputs, parseIcansInputs, resolveCrs } from '../model/grade-query';
import {
  GRADING_LEVELS as LEVELS,
  gradeCrs,
  gradeIcans,
  temperatureTenths,
  type IcansInputs,
} from '../model/grading';
import { iceScore } from '../model/ice-score';
import { gradingInputsAt } from '../model/grading-inputs';
import { SERIES_KEYS, type Series, type SeriesKey } from '../model/series';
import { crs, icans } from '../model/testing/patients';
import { crsToolHref, icansToolHref } from './links';

describe('input labels cover the model’s values, in order', () => {
  it.each([
    ['bp', BP_CHOICES, LEVELS.bp],
    ['o2', O2_CHOICES, LEVELS.o2],
    ['consciousness', CONSCIOUSNESS_CHOICES, LEVELS.consciousness],
    ['seizure', SEIZURE_CHOICES, LEVELS.seizure],
    ['motor', MOTOR_CHOICES, LEVELS.motor],
    ['edema', EDEMA_CHOICES, LEVELS.edema],
  ] as const)('%s', (_key, choices, values) => {
    expect(choices.map((choice) => choice.value)).toEqual([...values]);
    for (const choice of choices) expect(choice.label.length).toBeGreaterThan(3);
  });

  it('labelOf finds a label and falls back to the value', () => {
    expect(labelOf(BP_CHOICES, 'fluids')).toMatch(/fluids only/);
    expect(labelOf(BP_CHOICES, 'x' as never)).toBe('x');
  });
});

describe('CRS table: every row agrees with the model', () => {
  it('has grades 1–4 in order, fever at 38.0 °C in each', () => {
    expect(CRS_ROWS.map((row) => row.grade)).toEqual([1, 2, 3, 4]);
    for (const row of CRS_ROWS) expect(row.fever).toContain('38.0 °C');
  });

  it('each blood-pressure choice sits in the row the model grades it', () => {
    expect(LEVELS.bp.map(crsRowOfBp)).toEqual([0, 2, 3, 4]);
    expect(CRS_ROWS[2]?.hypotension).toMatch(/one vasopressor, with or without vasopressin/);
    expect(CRS_ROWS[3]?.hypotension).toMatch(/not counting vasopressin/);
  });

  it('6 L/min is low-flow (grade 2), 7 L/min is high-flow (grade 3)', () => {
    expect(LEVELS.o2.map(crsRowOfO2)).toEqual([0, 2, 3, 4]);
    expect(labelOf(O2_CHOICES, 'low-flow')).toContain('≤ 6 L/min');
    expect(labelOf(O2_CHOICES, 'high-flow')).toContain('> 6 L/min');
    expect(CRS_ROWS[1]?.hypoxia).toContain('≤ 6 L/min');
    expect(CRS_ROWS[2]?.hypoxia).toContain('> 6 L/min');
    expect(gradeCrs(crs({ temperature: 38.5, o2: 'low-flow' })).grade).toBe(2);
    expect(gradeCrs(crs({ temperature: 38.5, o2: 'high-flow' })).grade).toBe(3);
  });

  it('exactly 38.0 °C is fever; a link with 38.0 grades 1 and 37.99 grades 0', () => {
    const grade = (query: string) => {
      const inputs = resolveCrs(parseCrsInputs(query).draft).inputs;
      if (inputs === null) throw new Error(`no inputs from ${query}`);
      return gradeCrs(inputs).grade;
    };
    expect(grade('temp=38.0&bp=none&o2=none')).toBe(1);
    expect(grade('temp=37.99&bp=none&o2=none')).toBe(0);
  });

  it('masked fever with hypotension grades by the hypotension row', () => {
    const inputs = crs({ temperature: 36.9, bp: 'one-pressor', masked: true });
    const result = gradeCrs(inputs);
    expect(result.grade).toBe(3);
    expect(crsCellMark(result, inputs.bp, inputs.o2, 3, 'hypotension')).toBe('sets');
    expect(crsCellMark(result, inputs.bp, inputs.o2, 3, 'fever')).toBe('none');
  });

  it('marks exactly the deciding cells as "sets" and the other findings as "present"', () => {
    for (const bp of LEVELS.bp) {
      for (const o2 of LEVELS.o2) {
        const result = gradeCrs(crs({ temperature: 38.5, bp, o2 }));
        const sets: string[] = [];
        const present: string[] = [];
        for (const row of CRS_ROWS) {
          for (const column of ['fever', 'hypotension', 'hypoxia'] as const) {
            const mark = crsCellMark(result, bp, o2, row.grade, column);
            if (mark === 'sets') sets.push(`${row.grade}:${column}`);
            if (mark === 'observed') present.push(`${row.grade}:${column}`);
          }
        }
        const expected = result.criteria.map((criterion) => `${result.grade}:${criterion}`);
        expect(sets, `${bp} ${o2}`).toEqual(expected);
        for (const cell of present) expect(cell.startsWith(`${result.grade}:`)).toBe(false);
      }
    }
  });

  it('marks nothing at grade 0', () => {
    const result = gradeCrs(crs({ temperature: 37, bp: 'one-pressor' }));
    for (const row of CRS_ROWS) {
      expect(crsCellMark(result, 'one-pressor', 'none', row.grade, 'hypotension')).toBe('none');
    }
  });
});

describe('ICANS table: every cell agrees with the model', () => {
  it('has the five domains in table order', () => {
    expect(ICANS_ROWS.map((row) => row.domain)).toEqual([
      'ice',
      'consciousness',
      'seizure',
      'motor',
      'edema',
    ]);
  });

  it('every choice lands on a cell with a criterion (and none on a dash)', () => {
    const cases: [keyof IcansInputs, readonly string[]][] = [
      ['consciousness', LEVELS.consciousness],
      ['seizure', LEVELS.seizure],
      ['motor', LEVELS.motor],
      ['edema', LEVELS.edema],
    ];
    for (const [domain, values] of cases) {
      const row = ICANS_ROWS.find((r) => r.domain === domain);
      for (const value of values) {
        const result = gradeIcans(icans({ [domain]: value }));
        const grade = result.domainGrades[domain as 'seizure'];
        if (grade === 0) continue;
        expect(row?.cells[grade - 1], `${domain}=${value}`).not.toBeNull();
        expect(icansCellMark(result, domain as 'seizure', grade)).toBe('sets');
      }
    }
  });

  it('ICE totals land in the cell whose range holds them', () => {
    const row = ICANS_ROWS[0];
    for (let ice = 0; ice <= 9; ice += 1) {
      const result = gradeIcans(icans({ ice }));
      const cell = row?.cells[result.domainGrades.ice - 1] ?? '';
      const [low, high] = cell.split('–').map(Number);
      expect(ice, cell).toBeGreaterThanOrEqual(low ?? NaN);
      expect(ice, cell).toBeLessThanOrEqual(high ?? NaN);
    }
  });

  it('ICE 0 while unarousable marks the grade 4 ICE cell; ICE 0 awake marks grade 3', () => {
    const asleep = gradeIcans(icans({ ice: 0, consciousness: 'unarousable' }));
    expect(asleep.grade).toBe(4);
    expect(icansCellMark(asleep, 'ice', 4)).toBe('sets');
    expect(ICANS_ROWS[0]?.cells[3]).toMatch(/unarousable/);
    const awake = gradeIcans(icans({ ice: 0 }));
    expect(awake.grade).toBe(3);
    expect(icansCellMark(awake, 'ice', 3)).toBe('sets');
  });

  it('a lesser finding is marked present, not deciding', () => {
    const result = gradeIcans(icans({ ice: 8, edema: 'focal' }));
    expect(icansCellMark(result, 'ice', 1)).toBe('observed');
    expect(icansCellMark(result, 'edema', 3)).toBe('sets');
    expect(icansCellMark(result, 'ice', 3)).toBe('none');
  });
});

describe('ICE checkboxes', () => {
  it('are ten points with the consensus maxima per item', () => {
    expect(ICE_CHECKS).toHaveLength(10);
    const all = iceItemsOf(new Set(ICE_CHECKS.map((check) => check.id)));
    expect(all).toEqual({ orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1 });
    expect(iceScore(all).score).toBe(10);
    expect(iceScore(iceItemsOf(new Set())).score).toBe(0);
  });
});

/** The announced result: "CRS grade 3, because fever of 38.5 °C; …". */
function resultSentence(scale: 'CRS' | 'ICANS', grade: number, because: string): string {
  const { head, joiner, tail } = resultParts(scale, grade, because);
  return `${head}${joiner} ${tail}`;
}

describe('result sentences', () => {
  it('reads "CRS grade 3, because fever of …" and keeps capitals of abbreviations', () => {
    const result = gradeCrs(crs({ temperature: 38.5, bp: 'one-pressor' }));
    expect(resultSentence('CRS', result.grade, result.because)).toMatch(
      /^CRS grade 3, because fever of 38\.5 °C; /,
    );
    expect(resultParts('ICANS', 2, 'ICE score 5 of 10: grade 2.').tail).toBe(
      'because ICE score 5 of 10: grade 2.',
    );
    expect(resultParts('CRS', 0, 'No fever.').head).toBe('CRS grade 0 (no CRS)');
  });

  it('never heads a masked grade 0 "no CRS"', () => {
    const result = gradeCrs(crs({ temperature: 37.2, masked: true }));
    expect(result).toMatchObject({ grade: 0, maskedWithoutFindings: true });
    const parts = resultParts('CRS', result.grade, result.because, result.maskedWithoutFindings);
    expect(parts.head).toBe('No grade 2–4 CRS criteria');
    expect(`${parts.head} ${parts.tail}`).not.toMatch(/no CRS/);
    expect(parts.tail).toMatch(/CRS may still be present under treatment/);
  });

  it('before a grade, says what is still needed or what disagrees', () => {
    expect(pendingParts(['bp', 'o2'], [])).toEqual({
      head: 'Not graded yet',
      joiner: ':',
      tail: 'enter blood-pressure support and oxygen support. Nothing is assumed for an input left empty.',
    });
    expect(pendingParts([], [{ message: 'ICE 7 cannot go with …' }]).head).toMatch(/disagree/);
  });
});

describe('links into the calculators', () => {
  it('crsToolHref builds the documented form, and the link grades as the inputs do', () => {
    const inputs = crs({ temperature: 38.5, bp: 'one-pressor' });
    const href = crsToolHref(inputs);
    expect(href).toBe('/tools/crs-grade/?temp=38.5&bp=one-pressor&o2=none');
    const parsed = parseCrsInputs(href.slice(href.indexOf('?')));
    expect(parsed.notes).toEqual([]);
    expect(gradeCrs(resolveCrs(parsed.draft).inputs!).grade).toBe(3);
    expect(crsToolHref(crs({ masked: true }))).toBe(
      '/tools/crs-grade/?temp=37&bp=none&o2=none&masked=1',
    );
  });

  it('rounds a simulated temperature to 0.1 °C without crossing the fever line', () => {
    expect(temperatureTenths(38.04)).toBe(38);
    expect(temperatureTenths(38.26)).toBe(38.3);
    expect(temperatureTenths(37.96)).toBe(37.9);
    expect(temperatureTenths(37.999999)).toBe(37.9);
    for (let t = 36; t <= 41; t += 0.0137) {
      const inputs = crs({ temperature: t, o2: 'low-flow' });
      const href = crsToolHref(inputs);
      const parsed = resolveCrs(parseCrsInputs(href.slice(href.indexOf('?'))).draft).inputs;
      expect(parsed, `${t}`).not.toBeNull();
      expect(gradeCrs(parsed!).grade, `${t}`).toBe(gradeCrs(inputs).grade);
    }
  });

  it('maps the model’s level indices, clamping out-of-range levels', () => {
    /** The graders' inputs the model decodes from a one-sample series of these levels. */
    const decoded = (levels: Partial<Record<SeriesKey, number>>, masked = false) => {
      const at = (key: SeriesKey) => [levels[key] ?? 0];
      const series = Object.fromEntries(SERIES_KEYS.map((key) => [key, at(key)])) as Series;
      return gradingInputsAt({ series, feverMaskedFrom: masked ? 0 : null }, 0);
    };
    const crsInputsFromLevels = (temperature: number, bp: number, o2: number, masked: boolean) =>
      decoded({ temperature, bpSupport: bp, o2Support: o2 }, masked).crs;
    expect(crsInputsFromLevels(38.2, 2, 1, false)).toEqual({
      temperature: 38.2,
      bp: 'one-pressor',
      o2: 'low-flow',
      masked: false,
    });
    expect(crsInputsFromLevels(38.2, 9, -1, true)).toMatchObject({
      bp: 'multiple-pressors',
      o2: 'none',
    });
    const icansInputs = decoded({ ice: 4.4, consciousness: 2, seizure: 0, edema: 1 }).icans;
    expect(icansInputs).toEqual({
      ice: 4,
      consciousness: 'voice',
      seizure: 'none',
      motor: 'none',
      edema: 'focal',
    });
    expect(icansToolHref(icansInputs)).toBe(
      '/tools/icans-grade/?ice=4&consciousness=voice&seizure=none&motor=none&edema=focal',
    );
    expect(parseIcansInputs(icansToolHref(icansInputs).split('?')[1] ?? '').notes).toEqual([]);
  });
});
