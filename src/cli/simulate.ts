/**
 * `npm run --silent simulate -- '<query>' [options]`: run the cascade model for one scenario
 * (the same query text as the explorer's URL) and print
 * `{ "scenario", "notes", "summary", "drugStarts", "feverMaskedFrom", "series" }` as JSON, or the
 * series as CSV. `feverMaskedFrom` is the first day fever no longer counts toward CRS grades 2–4
 * (CRS came first, then a masking drug; ASTCT), or null.
 *
 * Options:
 *   --format json|csv   output format (default json)
 *   --every DAYS        spacing of the series in days (default 0.1; a multiple of 0.05)
 *   --therapies         print the therapy catalogue as JSON instead: an array of
 *                       { id, name, brand, kind, target, costimulation, schedule, trial }
 *   --strict            exit 2 on any change to the query (also clamping and rounding)
 *   --lenient           never exit 2 for the query: behave like the web page, list notes only
 *   --help              show this help
 *
 * Exit status 2 with one line naming the key and value when the query has an unknown key or
 * a value that cannot be used; out-of-range numbers are clamped and listed in `notes` (the
 * page does the same) unless --strict. Numbers are printed to 6 significant digits.
 */
import { DEFAULT_OUTPUT_EVERY, DEFAULT_STEP, simulate, type Simulation } from '../model/cascade.ts';
import { therapyCatalogue } from '../model/catalogue.ts';
import { DRUGS } from '../model/drugs.ts';
import { parseDecimal, type QueryNote } from '../model/query.ts';
import {
  BURDEN_MAX,
  BURDEN_MIN,
  DEFAULT_SCENARIO,
  encode,
  parse,
  type Scenario,
} from '../model/scenario.ts';
import { seriesToCsv } from '../model/series-export.ts';
import { HORIZON_DAYS } from '../model/series.ts';
import { PRODUCT_IDS } from '../model/products.ts';
import { DOSES, THERAPIES } from '../model/therapies.ts';
import { EXIT_BAD_INPUT, blockingLine, main, toJson, type Io } from './io.ts';

const COMMAND = 'simulate';

export const HELP = `usage: npm run --silent simulate -- '<query>' [--format json|csv] [--every DAYS] [--strict | --lenient]
       npm run --silent simulate -- --therapies

Query keys (all optional; defaults in brackets):
  therapy   ${THERAPIES.join(' | ')} [${DEFAULT_SCENARIO.therapy}],
            or a product: ${PRODUCT_IDS.join(', ')}
            (--therapies prints the catalogue)
  burden    ${BURDEN_MIN}–${BURDEN_MAX}, % of a bulky reference tumor [${DEFAULT_SCENARIO.burden}]
  dose      ${DOSES.join(' | ')} [${DEFAULT_SCENARIO.dose}]
  ${DRUGS.join(', ')}
            off | day0…day${HORIZON_DAYS} | fever | grade2 | grade3 [off]

Example: npm run --silent simulate -- 'therapy=cart-cd28&burden=80&tocilizumab=grade2'
`;

interface Options {
  query: string;
  format: 'json' | 'csv';
  every: number;
  strict: boolean;
  lenient: boolean;
  help: boolean;
  therapies: boolean;
}

/** Parse the command line; a string is the one-line error. */
function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = {
    query: '',
    format: 'json',
    every: DEFAULT_OUTPUT_EVERY,
    strict: false,
    lenient: false,
    help: false,
    therapies: false,
  };
  let queries = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--therapies') options.therapies = true;
    else if (arg === '--lenient') options.lenient = true;
    else if (arg === '--format' || arg === '--every') {
      const value = argv[i + 1];
      i += 1;
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--format') {
        if (value !== 'json' && value !== 'csv') return `--format "${value}" is not json or csv`;
        options.format = value;
      } else {
        const every = parseDecimal(value);
        const steps = every === null ? NaN : every / DEFAULT_STEP;
        if (
          every === null ||
          every <= 0 ||
          every > HORIZON_DAYS ||
          Math.abs(steps - Math.round(steps)) > 1e-9
        ) {
          return `--every "${value}" is not a multiple of ${DEFAULT_STEP} days between ${DEFAULT_STEP} and ${HORIZON_DAYS}`;
        }
        options.every = every;
      }
    } else if (arg.startsWith('--')) return `unknown option "${arg}"`;
    else {
      queries += 1;
      if (queries > 1)
        return `more than one query given ("${arg}"); quote the query as one argument`;
      options.query = arg;
    }
  }
  if (options.strict && options.lenient) return '--strict and --lenient cannot be used together';
  return options;
}

/** The JSON document printed by the command. */
export function report(scenario: Scenario, notes: readonly QueryNote[], sim: Simulation) {
  return {
    scenario: { query: encode(scenario), ...scenario },
    notes: notes.map((note) => ({
      key: note.key,
      value: note.value,
      kind: note.kind,
      message: note.message,
    })),
    summary: sim.summary,
    drugStarts: sim.drugStarts,
    feverMaskedFrom: sim.feverMaskedFrom,
    series: sim.series,
  };
}

export function run(argv: readonly string[], io: Io): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(`${COMMAND}: ${options} (see --help)`);
    return EXIT_BAD_INPUT;
  }
  if (options.help) {
    io.out(HELP);
    return 0;
  }
  if (options.therapies) {
    io.out(`${toJson(therapyCatalogue())}\n`);
    return 0;
  }
  const { scenario, notes } = parse(options.query);
  const blocking = options.lenient ? undefined : blockingLine(COMMAND, notes, options.strict);
  if (blocking !== undefined) {
    io.err(blocking);
    return EXIT_BAD_INPUT;
  }
  const sim = simulate(scenario, { outputEvery: options.every });
  io.out(
    options.format === 'csv'
      ? seriesToCsv(sim.series)
      : `${toJson(report(scenario, notes, sim))}\n`,
  );
  return 0;
}

if (import.meta.main) main(COMMAND, run);
