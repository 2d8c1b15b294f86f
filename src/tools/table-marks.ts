/**
 * The two ASTCT consensus tables as `ConsensusTable.svelte` lays them out, and how a result
 * marks them: the current grade's row (CRS) or column (ICANS), each cell's mark ("sets the
 * grade", "present"), and the sentence under the table that says what is marked. Which cell
 * applies is still asked of the model (`crsCellMark`, `icansCellMark`).
 */
import type { BpSupport, CrsResult, IcansResult, O2Support } from '../model/grading';
import {
  CRS_ROWS,
  ICANS_ROWS,
  crsCellMark,
  icansCellMark,
  type CellMark,
} from './consensus-tables';

/** A row: its header and its cells (null: "not a criterion"; a lone cell spans the row). */
export interface TableRow {
  readonly header: string;
  readonly cells: readonly (string | null)[];
}

/** A consensus table's names, head and rows. */
export interface TableLayout {
  /** The accessible name of its scrolling region. */
  readonly name: string;
  readonly caption: string;
  /** The heads of the columns, the row headers' first. */
  readonly head: readonly string[];
  readonly rows: readonly TableRow[];
}

/** How a result marks a table; `currentRow`/`currentColumn` are -1 when none is current. */
export interface TableMarks {
  readonly currentRow: number;
  readonly currentColumn: number;
  /** The mark of the cell in `row` and `column` (indices into the rows and their cells). */
  readonly mark: (row: number, column: number) => CellMark;
  /** A remark under the cell's words ('' for none). */
  readonly aside: (row: number, column: number) => string;
  /** What is marked, in a sentence. */
  readonly status: string;
}

const CRS_COLUMNS = ['fever', 'hypotension', 'hypoxia'] as const;

export const CRS_TABLE: TableLayout = {
  name: 'ASTCT consensus grading of CRS',
  caption: 'ASTCT consensus grading of CRS',
  head: ['Grade', 'Fever', 'Hypotension', 'Hypoxia'],
  rows: [
    ...CRS_ROWS.map((row) => ({
      header: String(row.grade),
      cells: CRS_COLUMNS.map((column) => row[column]),
    })),
    { header: '5', cells: ['Death due to CRS (not computed by this calculator)'] },
  ],
};

export const ICANS_TABLE: TableLayout = {
  name: 'ASTCT consensus grading of ICANS',
  caption: 'ASTCT consensus grading of ICANS (adults and children 12 and older)',
  head: ['Domain', 'Grade 1', 'Grade 2', 'Grade 3', 'Grade 4'],
  rows: ICANS_ROWS.map((row) => ({ header: row.label, cells: row.cells })),
};

const NONE = (): CellMark => 'none';
const NO_ASIDE = (): string => '';

/** The CRS table's marks; nothing is marked until there is a result (and both supports). */
export function crsTableMarks(
  result: CrsResult | null,
  bp: BpSupport | null,
  o2: O2Support | null,
  masked: boolean | null,
): TableMarks {
  const currentRow = result ? CRS_ROWS.findIndex((row) => row.grade === result.grade) : -1;
  const mark =
    result && bp && o2
      ? (row: number, column: number): CellMark => {
          const grade = CRS_ROWS[row]?.grade;
          const criterion = CRS_COLUMNS[column];
          return grade && criterion ? crsCellMark(result, bp, o2, grade, criterion) : 'none';
        }
      : NONE;
  const aside = (row: number, column: number): string =>
    masked && row === currentRow && CRS_COLUMNS[column] === 'fever'
      ? '(not required once masked by treatment)'
      : '';
  let status: string;
  if (result === null) status = 'No row is marked until every input is entered.';
  else if (result.maskedWithoutFindings)
    status = 'No row applies: no grade 2–4 criterion, and grade 1 needs a measured fever.';
  else if (result.grade === 0) status = 'No row applies: grade 0.';
  else
    status = `Marked: the row of grade ${result.grade}; the cell marked “sets the grade” decided it, and the worse of hypotension and hypoxia counts.`;
  return { currentRow, currentColumn: -1, mark, aside, status };
}

/** The ICANS table's marks: the column of the grade, and each domain's finding. */
export function icansTableMarks(result: IcansResult | null): TableMarks {
  const mark = result
    ? (row: number, column: number): CellMark => {
        const domain = ICANS_ROWS[row]?.domain;
        return domain ? icansCellMark(result, domain, column + 1) : 'none';
      }
    : NONE;
  let status: string;
  if (result === null) status = 'No column is marked until every input is entered.';
  else if (result.grade === 0) status = 'No column applies: no ICANS (grade 0).';
  else
    status = `Marked: the column of grade ${result.grade}; the cell marked “sets the grade” decided it (the most severe finding in any domain counts).`;
  return {
    currentRow: -1,
    currentColumn: result ? result.grade - 1 : -1,
    mark,
    aside: NO_ASIDE,
    status,
  };
}
