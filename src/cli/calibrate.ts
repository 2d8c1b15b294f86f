/**
 * `npm run calibrate`: fit each product's parameters to its trial and write them to
 * src/model/calibration.json (a script, not a test: it takes minutes).
 * `npm run calibrate -- --check`: print, for every product, the model against its trial side by
 * side, and exit 1 when a figure falls outside its tolerance (src/model/calibration.ts). The
 * check runs in `npm test`.
 *
 * The fit moves a few multipliers per product (below), in log steps that halve, keeping a move
 * when it lowers the sum of squared misses in tolerance units. It is a teaching model's
 * calibration: it finds values that reproduce the published figures, not the biology.
 */
import { writeFileSync } from 'node:fs';
import { cohort } from '../model/cohort.ts';
import {
  CALIBRATED_PRODUCTS,
  CHECK_COHORT,
  METRICS,
  calibrationRows,
  compare,
  misses,
  type CalibrationRow,
} from '../model/calibration.ts';
import type { ParameterId } from '../model/parameters.ts';
import { CALIBRATION, PRODUCT_IDS, PRODUCT_INFO, type ProductId } from '../model/products.ts';
import { makeScenario } from '../model/scenario.ts';
import { TRIALS } from '../model/trials.ts';
import { EXIT_BAD_INPUT, main, type Io } from './io.ts';

const COMMAND = 'calibrate';
const OUTPUT = new URL('../model/calibration.json', import.meta.url);

/** The multipliers the fit moves, by mechanism. */
function knobs(product: ProductId): ParameterId[] {
  const { mechanism } = PRODUCT_INFO[product];
  const shared: ParameterId[] = ['tcellCytokineRelease', 'endothelialActivation', 'cnsActivation'];
  if (mechanism === 'cart-cd28')
    return ['carInfused', 'carProgrammeCd28', 'carReleaseFloor', ...shared];
  if (mechanism === 'cart-41bb')
    return ['carInfused', 'carProgrammeBb', 'carReleaseFloor', ...shared];
  return ['bispecificActivation', 'toleranceGain', ...shared];
}

/** Sum of squared misses in tolerance units (a figure the model cannot show counts 4). */
function loss(row: CalibrationRow): number {
  let total = 0;
  for (const cell of row.cells) {
    const miss = cell.model === null ? 2 : Math.abs(cell.model - cell.trial.value) / cell.tolerance;
    // a miss outside the tolerance costs much more than one inside it
    total += miss ** 2 + (miss > 1 ? 10 * (miss - 1) : 0);
  }
  return total;
}

/** Fit one product's multipliers (mutates `factors`, which `calibration.json` holds). */
function fit(product: ProductId, factors: Record<string, number>, io: Io): number {
  const trial = TRIALS[product]!;
  const evaluate = () => {
    (CALIBRATION as Record<string, unknown>)[product] = factors;
    return loss(compare(product, trial, cohort(makeScenario({ therapy: product }), CHECK_COHORT)));
  };
  let best = evaluate();
  for (const step of [0.8, 0.4, 0.2, 0.1, 0.05]) {
    let improved = true;
    for (let pass = 0; improved && pass < 4; pass++) {
      improved = false;
      for (const knob of knobs(product)) {
        for (const sign of [1, -1]) {
          const before = factors[knob] ?? 1;
          factors[knob] = before * Math.exp(sign * step);
          const value = evaluate();
          if (value < best - 1e-9) {
            best = value;
            improved = true;
          } else factors[knob] = before;
        }
      }
    }
  }
  evaluate();
  io.out(`${product}: loss ${best.toFixed(2)}\n`);
  return best;
}

function cellText(model: number | null, unit: string): string {
  if (model === null) return '—';
  return unit === 'share' ? `${(100 * model).toFixed(0)}%` : model.toFixed(1);
}

/** The side-by-side table, one line per figure. */
export function formatTable(rows: readonly CalibrationRow[]): string {
  const lines = ['product      figure                 model   trial   ± tol    ok  note'];
  for (const row of rows) {
    for (const cell of row.cells) {
      const metric = METRICS.find((m) => m.id === cell.metric)!;
      const tolerance =
        metric.unit === 'share'
          ? `${(100 * cell.tolerance).toFixed(1)}`
          : cell.tolerance.toFixed(1);
      lines.push(
        [
          row.product.padEnd(12),
          metric.label.padEnd(22),
          cellText(cell.model, metric.unit).padStart(6),
          cellText(cell.trial.value, metric.unit).padStart(7),
          tolerance.padStart(7),
          (cell.ok ? 'yes' : 'NO').padStart(5),
          cell.widened ? ` older scale (${row.trial.crsScale}/${row.trial.neuroScale}): ×1.5` : '',
        ].join(' '),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The products the check cannot compare (no trial figure could be confirmed), in one line. */
export function uncheckedLine(): string {
  const unchecked = PRODUCT_IDS.filter((id) => !CALIBRATED_PRODUCTS.includes(id));
  return `not compared (no trial figure confirmed in a label or abstract): ${unchecked.join(', ')}\n`;
}

export function run(argv: readonly string[], io: Io): number {
  const unknown = argv.find((arg) => arg !== '--check');
  if (unknown !== undefined) {
    io.err(`${COMMAND}: unknown option "${unknown}" (use --check)`);
    return EXIT_BAD_INPUT;
  }
  if (argv.includes('--check')) {
    const rows = calibrationRows();
    io.out(formatTable(rows));
    io.out(uncheckedLine());
    const missed = misses(rows);
    if (missed.length === 0) {
      io.out(
        `calibration: all ${rows.length} products within tolerance (n ${CHECK_COHORT.n}, seed ${CHECK_COHORT.seed})\n`,
      );
      return 0;
    }
    io.err(`${COMMAND}: ${missed.length} figure(s) outside tolerance: ${missed.join('; ')}`);
    return 1;
  }
  const chosen: Record<string, Record<string, number>> = {};
  for (const product of CALIBRATED_PRODUCTS) {
    const factors = { ...(CALIBRATION[product] ?? {}) } as Record<string, number>;
    fit(product, factors, io);
    // three decimals, and multipliers of 1 left out: the explorer ships this file
    chosen[product] = Object.fromEntries(
      Object.entries(factors)
        .map(([key, value]) => [key, Math.round(value * 1000) / 1000] as const)
        .filter(([, value]) => value !== 1),
    );
  }
  writeFileSync(OUTPUT, `${JSON.stringify(chosen, null, 2)}\n`);
  io.out(`wrote src/model/calibration.json\n`);
  return 0;
}

if (import.meta.main) main(COMMAND, run);
