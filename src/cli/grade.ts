/**
 * `npm run --silent grade -- crs|icans|ice '<query>' [--detail]`: ASTCT 2019 grading from the
 * same query keys as the web calculators (/tools/crs-grade, /tools/icans-grade).
 *
 *   grade crs   'temp=38.9&bp=one-pressor&o2=low-flow'   → { "grade": 3, "because": "…" }
 *   grade icans 'ice=6&consciousness=voice&seizure=none&motor=none&edema=none'
 *   grade ice   'orientation=3&naming=3&commands=1&writing=0&attention=1' → { "score": 8, … }
 *
 * `--detail` adds the criterion that set the grade (and, for ICANS, each domain's grade).
 * Any unknown key, unusable value, missing required key or contradiction exits with status 2
 * and one line naming it: a grade is never computed from a guessed input.
 */
import { gradeCrs, gradeIcans } from '../model/grading.ts';
import { iceScore } from '../model/ice-score.ts';
import { missingProblem, type Resolved } from '../model/calculator-query.ts';
import {
  parseCrsInputs,
  parseIceItems,
  parseIcansInputs,
  resolveCrs,
  resolveIceItems,
  resolveIcans,
} from '../model/grade-query.ts';
import type { QueryNote } from '../model/query.ts';
import { EXIT_BAD_INPUT, blockingLine, main, toJson, type Io } from './io.ts';

const COMMAND = 'grade';

export const HELP = `usage: npm run --silent grade -- crs|icans|ice '<query>' [--detail]

Every key below is required, except masked (absent means no) and, for a patient who cannot be
roused, ice (their ICE score is 0). Nothing is assumed and no value is clamped or rounded; a
key given twice is refused. A grade 0 with masked=1 and no other finding adds
"maskedWithoutFindings": true: CRS may still be present under treatment.

crs    temp (°C, 30–45), bp none|fluids|one-pressor|multiple-pressors,
       o2 none|low-flow|high-flow|positive-pressure,
       masked 1|0 (1: CRS was diagnosed first and an antipyretic or anti-cytokine drug has
       since been given)
icans  ice 0–10, consciousness awake|spontaneous|voice|touch|vigorous|unarousable,
       seizure none|focal-resolves|generalized|prolonged, motor none|weakness,
       edema none|focal|diffuse
ice    orientation 0–4, naming 0–3, commands 0–1, writing 0–1, attention 0–1
`;

type Kind = 'crs' | 'icans' | 'ice';

type Evaluation = { notes: readonly QueryNote[]; result: object | null };

function missingNote(keys: readonly string[]): QueryNote {
  const problem = missingProblem(keys);
  return { key: keys.join(','), value: '', kind: 'missing', message: problem, problem };
}

/** The parser's notes, then the resolver's conflicts; a result only when there are none. */
function settle<T>(
  notes: readonly QueryNote[],
  resolved: Resolved<T>,
  result: (inputs: T) => object,
): Evaluation {
  if (notes.length > 0) return { notes, result: null };
  if (resolved.inputs === null) {
    const missing = resolved.missing.length > 0 ? [missingNote(resolved.missing)] : [];
    return { notes: [...missing, ...resolved.conflicts], result: null };
  }
  return { notes: [], result: result(resolved.inputs) };
}

function evaluate(kind: Kind, query: string, detail: boolean): Evaluation {
  if (kind === 'crs') {
    const { draft, notes } = parseCrsInputs(query);
    return settle(notes, resolveCrs(draft), (inputs) => {
      const r = gradeCrs(inputs);
      // A masked grade 0 is not "no CRS": say so to scripts as the page says it to readers.
      const base = {
        grade: r.grade,
        because: r.because,
        ...(r.maskedWithoutFindings ? { maskedWithoutFindings: true } : {}),
      };
      return detail ? { ...base, criterion: r.criterion, criteria: r.criteria, inputs } : base;
    });
  }
  if (kind === 'icans') {
    const { draft, notes } = parseIcansInputs(query);
    return settle(notes, resolveIcans(draft), (inputs) => {
      const r = gradeIcans(inputs);
      const base = { grade: r.grade, because: r.because };
      return detail
        ? {
            ...base,
            criterion: r.criterion,
            criteria: r.criteria,
            domainGrades: r.domainGrades,
            inputs,
          }
        : base;
    });
  }
  const { draft, notes } = parseIceItems(query);
  return settle(notes, resolveIceItems(draft), (items) => {
    const r = iceScore(items);
    return detail ? { ...r, items } : r;
  });
}

export function run(argv: readonly string[], io: Io): number {
  const bad = (line: string) => {
    io.err(`${COMMAND}: ${line}`);
    return EXIT_BAD_INPUT;
  };
  const flags = argv.filter((arg) => arg.startsWith('--') || arg === '-h');
  const positional = argv.filter((arg) => !(arg.startsWith('--') || arg === '-h'));
  for (const flag of flags) {
    if (flag !== '--detail' && flag !== '--help' && flag !== '-h')
      return bad(`unknown option "${flag}" (see --help)`);
  }
  if (flags.includes('--help') || flags.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  const [kind, query, extra] = positional;
  if (kind === undefined) return bad('say what to grade: crs, icans or ice (see --help)');
  if (kind !== 'crs' && kind !== 'icans' && kind !== 'ice') {
    return bad(`"${kind}" is not crs, icans or ice (see --help)`);
  }
  if (extra !== undefined)
    return bad(`more than one query given ("${extra}"); quote the query as one argument`);
  const { notes, result } = evaluate(kind, query ?? '', flags.includes('--detail'));
  const blocking = blockingLine(COMMAND, notes, true);
  if (blocking !== undefined || result === null) {
    io.err(blocking ?? `${COMMAND}: no grade`);
    return EXIT_BAD_INPUT;
  }
  io.out(`${toJson(result)}\n`);
  return 0;
}

if (import.meta.main) main(COMMAND, run);
