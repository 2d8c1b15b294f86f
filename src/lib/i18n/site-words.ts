/**
 * The words of the site's shell (header, menus, footer, page furniture) in every language: one
 * record per language, typed by `SiteWords`, so a language that misses a word fails type
 * checking. Components read them with `siteWords(Astro.currentLocale)`; none writes its own.
 * Medical words live in the content (MDX, glossary, care advice), not here.
 */
import type { Audience } from '../../content.config';
import { localeOf, type Locale } from './locale';

export interface SiteWords {
  skipLink: string;
  /**
   * Shown while the connection is down. True of any page: one from the offline copy, one loaded
   * before the connection dropped, and one a Save-Data reader has no copy of (shell-script.ts).
   */
  offlineNote: string;
  /**
   * "Keep every page on this device" (KeepOffline.astro). The page fills in `{size}` (megabytes),
   * `{total}` and `{failed}` (files).
   */
  keepOffline: {
    heading: string;
    intro: string;
    size: string;
    button: string;
    saving: string;
    progress: string;
    done: string;
    failed: string;
  };
  siteTagline: string;
  /** The header's narrow-screen menu button. */
  menu: string;
  mainNavLabel: string;
  mainNavMenuLabel: string;
  footerNavLabel: string;
  darkTheme: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  /** The footer's reminder, before and after the link to the disclaimer. */
  footerTeaches: string;
  disclaimerLink: string;
  licence: string;
  /** How the "Written for …" line names each reader. */
  audience: Record<Audience, string>;
  /** The word that joins the last two readers ("and", "y"). */
  and: string;
  writtenFor: string;
  lastReviewed: string;
  educationOnly: string;
  callLinkLead: string;
  printFrom: string;
  printReviewed: string;
  printEducation: string;
  inShort: string;
  onThisPage: string;
  references: string;
  referenceMark: (number: string) => string;
  citeThisPage: string;
  /** How "Cite this page" names the site: author, title, the BibTeX review note, CSL locale. */
  cite: { author: string; siteTitle: string; lastReviewed: string; cslLocale: string };
  /** The line under a link-preview image's title: "for patients and caregivers". */
  previewFor: (readers: string) => string;
  pagerLabel: string;
  previous: string;
  next: string;
  termMore: string;
  deeperFor: string;
  calloutUrgent: string;
  calloutNote: string;
  seeAlso: string;
  languageNavLabel: string;
  /** The hidden name of a heading's "#" link (`rehype-heading-anchors.ts`). */
  sectionLink: (heading: string) => string;
  /** The name of a table's scroll region (`rehype-scroll-regions.ts`). */
  table: string;
  /** The link to this page in the other language: its text, in that language. */
  otherLanguage: string;
  dateLocale: string;
}

const en: SiteWords = {
  skipLink: 'Skip to content',
  offlineNote:
    'You are offline. This page may not be the newest version, and some pages will not open until you are back online.',
  keepOffline: {
    heading: 'Reading without a signal',
    intro:
      'This site can keep a copy of all its pages on this phone or computer, so that they open without a signal, for example in a hospital with poor reception. Search still needs a connection.',
    size: 'It downloads about {size} MB.',
    button: 'Keep every page on this device',
    saving: 'Saving {total} files…',
    progress: 'Files saved',
    done: 'Done: the site’s pages now open on this device without a connection.',
    failed: '{failed} of {total} files could not be saved. Check the connection, then try again.',
  },
  siteTagline: 'Understanding cytokine release syndrome',
  menu: 'Menu',
  mainNavLabel: 'Main',
  mainNavMenuLabel: 'Main (menu)',
  footerNavLabel: 'Footer',
  darkTheme: 'Dark theme',
  searchLabel: 'Search the site',
  searchPlaceholder: 'Search',
  searchButton: 'Search',
  footerTeaches: 'Cascade teaches; it does not replace your care team. Read the',
  disclaimerLink: 'disclaimer',
  licence: 'Code MIT · Content CC BY 4.0 · No tracking, no third-party requests.',
  audience: { patients: 'patients and caregivers', students: 'students', clinicians: 'clinicians' },
  and: 'and',
  writtenFor: 'Written for',
  lastReviewed: 'Last reviewed',
  educationOnly: 'Education only: see the',
  callLinkLead: 'Worried about someone after CAR-T cells or a bispecific antibody?',
  printFrom: 'From Cascade,',
  printReviewed: 'last reviewed',
  printEducation: 'Education only; it does not replace your care team.',
  inShort: 'In short',
  onThisPage: 'On this page',
  references: 'References',
  referenceMark: (number) => `Reference ${number}`,
  citeThisPage: 'Cite this page',
  cite: {
    author: 'Cascade team',
    siteTitle: 'Cascade: understanding cytokine release syndrome',
    lastReviewed: 'Last reviewed',
    cslLocale: 'en-US',
  },
  previewFor: (readers) => `for ${readers}`,
  pagerLabel: 'Previous and next page',
  previous: 'Previous',
  next: 'Next',
  termMore: 'More in the glossary',
  deeperFor: 'Deeper: for',
  calloutUrgent: 'Call your care team now',
  calloutNote: 'Note',
  seeAlso: 'See also:',
  languageNavLabel: 'Language',
  sectionLink: (heading) => `Link to the section “${heading}”`,
  table: 'Table',
  otherLanguage: 'English',
  dateLocale: 'en-US',
};

const es: SiteWords = {
  skipLink: 'Ir al contenido',
  offlineNote:
    'No tiene conexión. Puede que esta página no sea la versión más reciente, y algunas páginas no se abrirán hasta que vuelva a tener conexión.',
  keepOffline: {
    heading: 'Leer sin señal',
    intro:
      'Este sitio puede guardar una copia de todas sus páginas en este teléfono o computadora, para que se abran sin señal, por ejemplo en un hospital con mala cobertura. La búsqueda todavía necesita conexión.',
    size: 'Se descargan unos {size} MB.',
    button: 'Guardar todas las páginas en este dispositivo',
    saving: 'Guardando {total} archivos…',
    progress: 'Archivos guardados',
    done: 'Listo: las páginas del sitio ahora se abren en este dispositivo sin conexión.',
    failed:
      'No se pudieron guardar {failed} de {total} archivos. Revise la conexión y vuelva a intentarlo.',
  },
  siteTagline: 'Entender el síndrome de liberación de citocinas',
  menu: 'Menú',
  mainNavLabel: 'Principal',
  mainNavMenuLabel: 'Principal (menú)',
  footerNavLabel: 'Pie de página',
  darkTheme: 'Tema oscuro',
  searchLabel: 'Buscar en el sitio',
  searchPlaceholder: 'Buscar',
  searchButton: 'Buscar',
  footerTeaches: 'Cascade enseña; no reemplaza a su equipo médico. Lea el',
  disclaimerLink: 'aviso médico',
  licence: 'Código MIT · Contenido CC BY 4.0 · Sin rastreo, sin solicitudes a otros sitios.',
  audience: {
    patients: 'pacientes y cuidadores',
    students: 'estudiantes',
    clinicians: 'profesionales clínicos',
  },
  and: 'y',
  writtenFor: 'Escrito para',
  lastReviewed: 'Última revisión:',
  educationOnly: 'Solo con fines educativos: vea el',
  callLinkLead: '¿Le preocupa alguien después de células CAR-T o de un anticuerpo biespecífico?',
  printFrom: 'De Cascade,',
  printReviewed: 'última revisión:',
  printEducation: 'Solo con fines educativos; no reemplaza a su equipo médico.',
  inShort: 'En pocas palabras',
  onThisPage: 'En esta página',
  references: 'Referencias',
  referenceMark: (number) => `Referencia ${number}`,
  citeThisPage: 'Citar esta página',
  cite: {
    author: 'Equipo de Cascade',
    siteTitle: 'Cascade: entender el síndrome de liberación de citocinas',
    lastReviewed: 'Última revisión',
    cslLocale: 'es-ES',
  },
  previewFor: (readers) => `para ${readers}`,
  pagerLabel: 'Página anterior y siguiente',
  previous: 'Anterior',
  next: 'Siguiente',
  termMore: 'Más en el glosario',
  deeperFor: 'Más a fondo: para',
  calloutUrgent: 'Llame a su equipo médico ahora',
  calloutNote: 'Nota',
  seeAlso: 'Vea también:',
  languageNavLabel: 'Idioma',
  sectionLink: (heading) => `Enlace a la sección «${heading}»`,
  table: 'Tabla',
  otherLanguage: 'Español',
  dateLocale: 'es-US',
};

export const SITE_WORDS: Record<Locale, SiteWords> = { en, es };

/**
 * The language of a content file, for the Markdown plugins, which see files rather than pages:
 * `content/es/…` is Spanish.
 */
export function localeOfFile(path: string | undefined): Locale {
  return path && /[\\/]content[\\/]es[\\/]/.test(path) ? 'es' : 'en';
}

/** The shell's words for a page's language (Astro's `currentLocale`). */
export function siteWords(locale: string | undefined | null): SiteWords {
  return SITE_WORDS[localeOf(locale)];
}

/** "patients and caregivers, students, and clinicians" / "pacientes y cuidadores, …". */
export function describeAudience(audience: readonly Audience[], locale: Locale = 'en'): string {
  const words = SITE_WORDS[locale];
  const names = audience.map((who) => words.audience[who]);
  if (names.length <= 1) return names.join('');
  const and = ` ${words.and} `;
  // "patients and caregivers" already holds an "and": an Oxford comma keeps the list readable
  // in English; Spanish does not put a comma before "y".
  const glue =
    locale === 'en' && (names.length > 2 || names.some((name) => name.includes(and)))
      ? `, ${words.and} `
      : and;
  return `${names.slice(0, -1).join(', ')}${glue}${names.at(-1)}`;
}

/** A review date as a reader reads it: "November 30, 2026" / "30 de noviembre de 2026". */
export function formatDate(date: Date, locale: Locale = 'en'): string {
  return date.toLocaleDateString(SITE_WORDS[locale].dateLocale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
