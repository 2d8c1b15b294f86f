/**
 * The site's languages. English is served at the site's first addresses (no prefix); Spanish
 * under `/es/` (Astro's i18n routing, `astro.config.mjs`). Safe in the browser: plain data.
 */
import type { Locale } from '../../model/locale';

export { formatDecimal, locales, type Locale } from '../../model/locale';

/** Astro's `currentLocale` (or a component's `lang` prop) as one of ours; English otherwise. */
export function localeOf(value: string | undefined | null): Locale {
  return value === 'es' ? 'es' : 'en';
}

/** The `lang` attribute of a page in each language (Pagefind builds one index per value). */
export const htmlLang: Record<Locale, string> = { en: 'en-US', es: 'es' };

/** The `hreflang` of a page's alternate link in each language. */
export const hreflang: Record<Locale, string> = { en: 'en', es: 'es' };

/** Open Graph's locale of a page in each language. */
export const ogLocale: Record<Locale, string> = { en: 'en_US', es: 'es_US' };

/** Where a language's pages start: `/` or `/es/`. */
export const localeRoot: Record<Locale, string> = { en: '/', es: '/es/' };

/** The language of a site path (`/es/sintomas/` is Spanish). */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/es' || pathname.startsWith('/es/') ? 'es' : 'en';
}
