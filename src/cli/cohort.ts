/**
 * `npm run --silent cohort -- '<query>' [--n 1000] [--seed 1]`: run a virtual cohort of the
 * scenario (src/model/cohort.ts) and print
 * `{ scenario, n, seed, crs, icans, worstGrades, trial }` as JSON: shares 0–1, onset and
 * duration as `{ median, q1, q3 }` days, and `trial` the product's published figures with
 * their citation keys (null for a generic therapy).
 *
 * The query is the simulate command's (`therapy=axi-cel`, `therapy=cart-cd28&burden=80`, …).
 * For a product, each patient's burden comes from its disease; for a generic therapy it is
 * spread around the query's burden. Bad input exits 2 with one line, as the other commands; a
 * value out of range is clamped (as on the page) with a note on stderr.
 */
import { cohort } from '../model/cohort.ts';
import { encode, parse } from '../model/scenario.ts';
import { isProduct } from '../model/products.ts';
import { TRIALS } from '../model/trials.ts';
import { EXIT_BAD_INPUT, blockingLine, main, toJson, type Io } from './io.ts';

const COMMAND = 'cohort';
/** Most patients one command runs (about 10 s). */
const MAX_N = 20_000;

export const HELP = `usage: npm run --silent cohort -- '<query>' [--n 1000] [--seed 1]

The query takes the simulate command's keys (see npm run --silent simulate -- --help), and
therapy may name a product (npm run --silent simulate -- --therapies lists them).
`;

function readWhole(
  flag: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | string {
  const n = Number(raw);
  if (raw === undefined || !/^-?\d+$/.test(raw) || n < min || n > max) {
    return `${flag} "${raw ?? ''}" is not a whole number from ${min} to ${max}`;
  }
  return n;
}

export function run(argv: readonly string[], io: Io): number {
  let query = '';
  let queries = 0;
  let n: number | string = 1000;
  let seed: number | string = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      io.out(HELP);
      return 0;
    } else if (arg === '--n') n = readWhole('--n', argv[++i], 1, MAX_N);
    else if (arg === '--seed') seed = readWhole('--seed', argv[++i], 0, 2 ** 31 - 1);
    else if (arg.startsWith('--')) n = `unknown option "${arg}"`;
    else if (++queries > 1)
      n = `more than one query given ("${arg}"); quote the query as one argument`;
    else query = arg;
    if (typeof n === 'string' || typeof seed === 'string') {
      io.err(`${COMMAND}: ${typeof n === 'string' ? n : String(seed)} (see --help)`);
      return EXIT_BAD_INPUT;
    }
  }
  const { scenario, notes } = parse(query);
  const blocking = blockingLine(COMMAND, notes, false);
  if (blocking !== undefined) {
    io.err(blocking);
    return EXIT_BAD_INPUT;
  }
  // A clamped or rounded value is used, as on the page; say so on stderr, since the JSON
  // fields are a contract (the scenario printed is the one that ran).
  for (const note of notes) io.err(`${COMMAND}: note: ${note.message}`);
  const result = cohort(scenario, { n: n as number, seed: seed as number });
  const trial = isProduct(scenario.therapy) ? TRIALS[scenario.therapy] : null;
  io.out(`${toJson({ scenario: { query: encode(scenario), ...scenario }, ...result, trial })}\n`);
  return 0;
}

if (import.meta.main) main(COMMAND, run);
