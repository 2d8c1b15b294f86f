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
