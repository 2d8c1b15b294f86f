/**
 * The search widget's words in every language (SiteSearch.svelte). Pagefind keeps one index
 * per page language (`<html lang>`), so the Spanish search page searches the Spanish pages.
 */
import type { Locale } from '../../model/locale';

export interface SearchWords {
  /** The page the form submits to without JavaScript. */
  action: string;
  label: string;
  button: string;
  prompt: string;
  searching: string;
  none: (query: string) => string;
  found: (count: number, query: string) => string;
  unavailable: string;
}

export const SEARCH_WORDS: Record<Locale, SearchWords> = {
  en: {
    action: '/search/',
    label: 'Search Cascade',
    button: 'Search',
    prompt: 'Type a word, such as tocilizumab or fever.',
    searching: 'Searching…',
    none: (query) => `No pages match “${query}”.`,
    found: (count, query) => `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”.`,
    unavailable: 'Search is not available right now. The menu lists every page.',
  },
  es: {
    action: '/es/buscar/',
    label: 'Buscar en Cascade',
    button: 'Buscar',
    prompt: 'Escriba una palabra, como tocilizumab o fiebre.',
    searching: 'Buscando…',
    none: (query) => `Ninguna página coincide con «${query}».`,
    found: (count, query) =>
      `${count} ${count === 1 ? 'página coincide' : 'páginas coinciden'} con «${query}».`,
    unavailable: 'La búsqueda no está disponible en este momento. El menú lista todas las páginas.',
  },
};
