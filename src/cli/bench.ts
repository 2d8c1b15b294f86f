/**
 * `npm run bench`: how long one 28-day scenario takes, as the explorer runs it (the reader's
 * scenario and the no-drug baseline on every input). Prints one line:
 *
 *   simulate 28 d: median 0.21 ms (p10 0.19 ms, p90 0.27 ms), 1.3% of a frame
 *   cohort 1,000 patients: median 0.45 s (min 0.43 s, max 0.48 s, 5 runs)
 *
 * A benchmark, not a test: it never fails on speed. Options: `--runs N` (default 500, at
 * least 200), `--warmup N` (default 200).
 */
import { simulate } from '../model/cascade.ts';
import { cohort } from '../model/cohort.ts';
import { makeScenario } from '../model/scenario.ts';
import { EXIT_BAD_INPUT, main, type Io } from './io.ts';

/** One display frame at 60 Hz, ms. */
export const FRAME_MS = 1000 / 60;
const MIN_RUNS = 200;
/** Cohorts timed by the benchmark (each about half a second). */
const COHORT_RUNS = 5;

export interface BenchResult {
  readonly runs: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
}

/** The q-quantile (0–1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[rank]!;
}

/** Time `runs` simulations of the reference scenario with tocilizumab at grade 2. */
export function bench(
  runs: number,
  warmup: number,
  now: () => number = () => performance.now(),
): BenchResult {
  const scenario = makeScenario({
    therapy: 'cart-cd28',
    burden: 80,
    drugs: { tocilizumab: 'grade2' },
  });
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += simulate(scenario).summary.maxCrsGrade;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    sink += simulate(scenario).summary.maxCrsGrade;
    times.push(now() - start);
  }
  if (sink < 0) throw new Error('unreachable');
  times.sort((a, b) => a - b);
  return {
    runs,
    median: quantile(times, 0.5),
    p10: quantile(times, 0.1),
    p90: quantile(times, 0.9),
  };
}

/** Time `runs` cohorts of 1,000 axi-cel patients (what the explorer's "100 people" will run, ×10). */
export function benchCohort(
  runs: number,
  now: () => number = () => performance.now(),
): BenchResult {
  const scenario = makeScenario({ therapy: 'axi-cel' });
  const times: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const start = now();
    sink += cohort(scenario, { n: 1000, seed: i + 1 }).crs.any;
    times.push(now() - start);
  }
  if (sink < 0) throw new Error('unreachable');
  times.sort((a, b) => a - b);
  return { runs, median: quantile(times, 0.5), p10: times[0]!, p90: times.at(-1)! };
}

/** The cohort line of the report. */
export function formatCohortBench(r: BenchResult): string {
  const s = (v: number) => `${(v / 1000).toFixed(2)} s`;
  return `cohort 1,000 patients: median ${s(r.median)} (min ${s(r.p10)}, max ${s(r.p90)}, ${r.runs} runs)`;
}

/** The one-line report. */
export function formatBench(r: BenchResult): string {
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const share = (100 * r.median) / FRAME_MS;
  return `simulate 28 d: median ${ms(r.median)} (p10 ${ms(r.p10)}, p90 ${ms(r.p90)}), ${share.toFixed(1)}% of a frame`;
}

function readCount(argv: readonly string[], flag: string, fallback: number): number | string {
  const i = argv.indexOf(flag);
  if (i < 0) return fallback;
  const raw = argv[i + 1] ?? '';
  const n = Number(raw);
  return /^\d+$/.test(raw) && Number.isSafeInteger(n)
    ? n
    : `${flag} "${raw}" is not a whole number`;
}

/** Run the command; returns the exit status. */
export function run(argv: readonly string[], io: Io): number {
  const known = new Set(['--runs', '--warmup']);
  for (let i = 0; i < argv.length; i += 2) {
    if (!known.has(argv[i]!)) {
      io.err(`bench: unknown option "${argv[i]!}" (use --runs N, --warmup N)`);
      return EXIT_BAD_INPUT;
    }
  }
  const runs = readCount(argv, '--runs', 500);
  const warmup = readCount(argv, '--warmup', 200);
  if (typeof runs === 'string' || typeof warmup === 'string') {
    io.err(`bench: ${typeof runs === 'string' ? runs : String(warmup)}`);
    return EXIT_BAD_INPUT;
  }
  io.out(`${formatBench(bench(Math.max(MIN_RUNS, runs), warmup))}\n`);
  io.out(`${formatCohortBench(benchCohort(COHORT_RUNS))}\n`);
  return 0;
}

if (import.meta.main) main('bench', run);
