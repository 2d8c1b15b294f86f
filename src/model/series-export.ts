/**
 * The simulated series as text files a reader or a script can open: the same CSV from the
 * command line (`npm run simulate -- --format csv`) and from the explorer's download button.
 */
import { SERIES_KEYS, type Series } from './series.ts';

/** A number rounded to 6 significant digits (integers unchanged), for printed output. */
export function round6(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(6));
}

/** The series as CSV: a header of series keys, then one row per time point. */
export function seriesToCsv(series: Series): string {
  const rows = [SERIES_KEYS.join(',')];
  const n = series.t.length;
  for (let i = 0; i < n; i++) {
    rows.push(SERIES_KEYS.map((key) => String(round6(series[key][i] ?? Number.NaN))).join(','));
  }
  return `${rows.join('\n')}\n`;
}
