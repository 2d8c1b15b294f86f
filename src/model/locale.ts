/**
 * The languages the site's words come in, at the lowest floor so the model's own sentences
 * (temperatures) can be written in each. English is the default everywhere.
 */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

/**
 * A number with `digits` decimals in the language's way: "38.5" in English, "38,5" in
 * Spanish prose (the decimal comma of Spanish patient materials).
 */
export function formatDecimal(value: number, digits: number, locale: Locale = 'en'): string {
  const text = value.toFixed(digits);
  return locale === 'es' ? text.replace('.', ',') : text;
}

/**
 * A number with at most `maxDigits` decimals (trailing zeros dropped), its whole part grouped
 * in threes: "1,420.5" in English; "1420,5" and "12.345" in Spanish, which groups from five
 * digits. It prints what `new Intl.NumberFormat(locale, { maximumFractionDigits })` prints
 * (the unit test holds it to that), without Intl: the first Intl formatter a page makes loads
 * the browser's locale data, about 20 ms on a laptop and 80 ms on a phone-speed CPU, all of it
 * inside the explorer's start-up. Like Intl, it rounds the number's shortest decimal form
 * half away from zero (1.005 → "1.01", where `toFixed` gives "1.00").
 */
export function formatGrouped(value: number, maxDigits: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(value)) {
    return new Intl.NumberFormat(locale === 'es' ? 'es' : 'en-US').format(value);
  }
  const scaled = roundedScaled(Math.abs(value), maxDigits).padStart(maxDigits + 1, '0');
  const whole = scaled.slice(0, scaled.length - maxDigits);
  const fraction = scaled.slice(scaled.length - maxDigits).replace(/0+$/, '');
  const grouped =
    whole.length >= (locale === 'es' ? 5 : 4)
      ? whole.replace(/\B(?=(\d{3})+$)/g, locale === 'es' ? '.' : ',')
      : whole;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${fraction ? (locale === 'es' ? ',' : '.') + fraction : ''}`;
}

/**
 * The digits of `magnitude × 10^digits` rounded half up, from the shortest decimal form of
 * `magnitude` (its `toExponential()`): "101" for 1.005 and 2 digits.
 */
function roundedScaled(magnitude: number, digits: number): string {
  const [mantissa = '0', exponent = '0'] = magnitude.toExponential().split('e');
  const significant = mantissa.replace('.', '');
  /** How many of the significant digits fall before the cut. */
  const keep = Number(exponent) + 1 + digits;
  if (keep < 0) return '0';
  if (keep >= significant.length) return significant.padEnd(keep, '0');
  const up = significant.charCodeAt(keep) >= '5'.charCodeAt(0) ? 1n : 0n;
  return (BigInt(significant.slice(0, keep) || '0') + up).toString();
}
