/**
 * How a result marks the consensus tables: the layouts carry every row and cell of the ASTCT
 * words, and the marks point at the cells the model says set the grade, nothing before there is
 * a grade.
 */
import { describe, expect, it } from 'vitest';
import { gradeCrs, gradeIcans } from '../model/grading';
import { CRS_ROWS, ICANS_ROWS } from './consensus-tables';
import {
  CRS_TABLE,
  ICANS_TABLE,
  crsTableMarks,
  icansTableMarks,
  type TableLayout,
  type TableMarks,
} from './table-marks';

/** Every cell's mark, row by row, as `sets`/`observed`/`none`. */
function allMarks(table: TableLayout, marks: TableMarks): string[][] {
  return table.rows.map((row, r) => row.cells.map((_cell, c) => marks.mark(r, c)));
}

/** [row, column] of every cell with `mark`. */
function cellsMarked(table: TableLayout, marks: TableMarks, mark: string): [number, number][] {
  return allMarks(table, marks).flatMap((row, r) =>
    row.flatMap((m, c): [number, number][] => (m === mark ? [[r, c]] : [])),
  );
}

describe('the table layouts', () => {
  it('CRS: grades 1–4 with fever, hypotension and hypoxia, then grade 5 across the row', () => {
    expect(CRS_TABLE.head).toEqual(['Grade', 'Fever', 'Hypotension', 'Hypoxia']);
    expect(CRS_TABLE.rows.map((row) => row.header)).toEqual(['1', '2', '3', '4', '5']);
    expect(CRS_TABLE.rows[2]?.cells).toEqual([
      CRS_ROWS[2]?.fever,
      CRS_ROWS[2]?.hypotension,
      CRS_ROWS[2]?.hypoxia,
    ]);
    expect(CRS_TABLE.rows[4]?.cells).toEqual([
      'Death due to CRS (not computed by this calculator)',
    ]);
  });

  it('ICANS: one row per domain, one column per grade, "not a criterion" kept as null', () => {
    expect(ICANS_TABLE.head).toEqual(['Domain', 'Grade 1', 'Grade 2', 'Grade 3', 'Grade 4']);
    expect(ICANS_TABLE.rows.map((row) => row.header)).toEqual(ICANS_ROWS.map((row) => row.label));
    expect(ICANS_TABLE.rows[3]?.cells).toEqual([null, null, null, ICANS_ROWS[3]?.cells[3]]);
    expect(ICANS_TABLE.caption).toMatch(/^ASTCT consensus grading of ICANS /);
  });
});

describe('CRS marks', () => {
  it('nothing is marked before there is a result', () => {
    const marks = crsTableMarks(null, 'one-pressor', null, false);
    expect([marks.currentRow, marks.currentColumn]).toEqual([-1, -1]);
    expect(cellsMarked(CRS_TABLE, marks, 'none')).toHaveLength(13);
    expect(marks.status).toBe('No row is marked until every input is entered.');
  });

  it('grade 3 from one vasopressor: its row, the cell that set it, and low-flow oxygen present', () => {
    const result = gradeCrs({
      temperature: 38.5,
      bp: 'one-pressor',
      o2: 'low-flow',
      masked: false,
    });
    const marks = crsTableMarks(result, 'one-pressor', 'low-flow', false);
    expect(marks.currentRow).toBe(2);
    expect(cellsMarked(CRS_TABLE, marks, 'sets')).toEqual([[2, 1]]);
    expect(cellsMarked(CRS_TABLE, marks, 'observed')).toEqual([[1, 2]]);
    expect(marks.aside(2, 0)).toBe('');
    expect(marks.status).toMatch(/^Marked: the row of grade 3; the cell marked “sets the grade”/);
  });

  it('under masked fever, the current row’s fever cell says it is not required', () => {
    const result = gradeCrs({ temperature: 37, bp: 'fluids', o2: 'none', masked: true });
    const marks = crsTableMarks(result, 'fluids', 'none', true);
    expect(marks.currentRow).toBe(1);
    expect(marks.aside(1, 0)).toBe('(not required once masked by treatment)');
    expect([marks.aside(0, 0), marks.aside(1, 1)]).toEqual(['', '']);
  });

  it('says why no row applies: grade 0, or masked fever without findings', () => {
    const none = gradeCrs({ temperature: 37, bp: 'none', o2: 'none', masked: false });
    expect(crsTableMarks(none, 'none', 'none', false).status).toBe('No row applies: grade 0.');
    const masked = gradeCrs({ temperature: 37, bp: 'none', o2: 'none', masked: true });
    const marks = crsTableMarks(masked, 'none', 'none', true);
    expect(marks.currentRow).toBe(-1);
    expect(marks.status).toMatch(/grade 1 needs a measured fever/);
  });
});

describe('ICANS marks', () => {
  it('nothing is marked before there is a result', () => {
    const marks = icansTableMarks(null);
    expect([marks.currentRow, marks.currentColumn]).toEqual([-1, -1]);
    expect(cellsMarked(ICANS_TABLE, marks, 'none')).toHaveLength(20);
    expect(marks.status).toBe('No column is marked until every input is entered.');
  });

  it('grade 2 from the ICE score: its column, the ICE cell sets it, other findings present', () => {
    const result = gradeIcans({
      ice: 5,
      consciousness: 'spontaneous',
      seizure: 'none',
      motor: 'none',
      edema: 'none',
    });
    const marks = icansTableMarks(result);
    expect(marks.currentColumn).toBe(1);
    expect(cellsMarked(ICANS_TABLE, marks, 'sets')).toEqual([[0, 1]]);
    expect(cellsMarked(ICANS_TABLE, marks, 'observed')).toEqual([[1, 0]]);
    expect(marks.status).toMatch(/^Marked: the column of grade 2;/);
  });

  it('grade 0 marks no column', () => {
    const result = gradeIcans({
      ice: 10,
      consciousness: 'awake',
      seizure: 'none',
      motor: 'none',
      edema: 'none',
    });
    const marks = icansTableMarks(result);
    expect(marks.currentColumn).toBe(-1);
    expect(marks.status).toBe('No column applies: no ICANS (grade 0).');
  });
});
