/** Numbers as the explorer's tables, labels and sentences print them. */
import { formatGrouped } from '../model/locale';

/** "3" for whole days, "3.4" otherwise. */
export function formatDay(day: number): string {
  const rounded = Math.round(day * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A number for a table or a label: 3 significant digits, grouped ("1,420", "9.6", "0.12"). */
export function formatAmount(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
  return formatGrouped(x, digits);
}
