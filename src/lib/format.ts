/** Numbers as the explorer's tables, labels and sentences print them. */

/** "3" for whole days, "3.4" otherwise. */
export function formatDay(day: number): string {
  const rounded = Math.round(day * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * Number formats by decimals. Intl.NumberFormat is costly to create and cheap to reuse, so each
 * is made on its first use, not when a page loads this module (start-up time).
 */
const amountFormats = new Map<number, Intl.NumberFormat>();
function amountFormat(digits: number): Intl.NumberFormat {
  let format = amountFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    amountFormats.set(digits, format);
  }
  return format;
}

/** A number for a table or a label: 3 significant digits, grouped ("1,420", "9.6", "0.12"). */
export function formatAmount(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
  return amountFormat(digits).format(x);
}
