import { SITE_WORDS } from '../i18n/site-words';
import type { Locale } from '../i18n/locale';

/** Site-wide facts the shell needs: its name and the pages its menus name. */
export const siteName = 'Cascade';
export const siteTagline = SITE_WORDS.en.siteTagline;

/**
 * The full "when to call" list (rendered from content/care-advice.json by <CareAdvice />): the
 * first section of the patient page. The link checks (e2e/links.spec.ts) keep the anchor real.
 */
export const callList = {
  href: '/for-patients/#when-to-call-your-team-or-911',
  label: 'When to call your team, or 911',
} as const;

/** The call list of each language (the Spanish one is on /es/para-pacientes/). */
export const callLists: Record<Locale, { readonly href: string; readonly label: string }> = {
  en: callList,
  es: {
    href: '/es/para-pacientes/#llame-a-su-equipo-o-al-911',
    label: 'Cuándo llamar a su equipo o al 911',
  },
};

export interface NavItem {
  href: string;
  label: string;
}

/** The menu a page is named in: the header's main menu or the footer's. */
type Menu = 'main' | 'footer';

/**
 * Every page the menus name, in menu order. The 404 and search pages list them all; the build
 * stops if one names a page that does not exist (`site-links.ts`).
 */
const menuPages: readonly (NavItem & { menu: Menu })[] = [
  { menu: 'main', href: '/what-is-crs/', label: 'What is CRS' },
  { menu: 'main', href: '/cascade/', label: 'The cascade' },
  { menu: 'main', href: '/symptoms-and-grading/', label: 'Symptoms & grading' },
  { menu: 'main', href: '/treatments/', label: 'Treatments' },
  { menu: 'main', href: '/for-patients/', label: 'For patients' },
  { menu: 'main', href: '/explore/', label: 'Explore' },
  { menu: 'footer', href: '/search/', label: 'Search' },
  { menu: 'footer', href: '/glossary/', label: 'Glossary' },
  { menu: 'footer', href: '/references/', label: 'References' },
  { menu: 'footer', href: '/model/', label: 'About the model' },
  { menu: 'footer', href: '/about/', label: 'About' },
  { menu: 'footer', href: '/disclaimer/', label: 'Disclaimer' },
];

const itemsOf = (menu: Menu): NavItem[] =>
  menuPages.filter((item) => item.menu === menu).map(({ href, label }) => ({ href, label }));

export const mainNav: NavItem[] = itemsOf('main');
export const footerNav: NavItem[] = itemsOf('footer');
/** Every page the menus name: the main menu's, then the footer's. */
export const allNav: NavItem[] = [...mainNav, ...footerNav];

/**
 * The Spanish menus: only pages that have been translated (docs/languages.md lists them). The
 * explorer joins when it speaks Spanish.
 */
const menuPagesEs: readonly (NavItem & { menu: Menu })[] = [
  { menu: 'main', href: '/es/que-es-el-slc/', label: 'Qué es el SLC' },
  { menu: 'main', href: '/es/sintomas/', label: 'Síntomas' },
  { menu: 'main', href: '/es/tratamientos/', label: 'Tratamientos' },
  { menu: 'main', href: '/es/para-pacientes/', label: 'Para pacientes' },
  { menu: 'main', href: '/es/explorar/', label: 'Explorar' },
  { menu: 'footer', href: '/es/buscar/', label: 'Buscar' },
  { menu: 'footer', href: '/es/glosario/', label: 'Glosario' },
  { menu: 'footer', href: '/es/acerca-de/', label: 'Acerca de' },
  { menu: 'footer', href: '/es/aviso-medico/', label: 'Aviso médico' },
];

const menusOf = (items: readonly (NavItem & { menu: Menu })[], menu: Menu): NavItem[] =>
  items.filter((item) => item.menu === menu).map(({ href, label }) => ({ href, label }));

/** The menus of each language: main, footer and both. */
export const navOf: Record<Locale, { main: NavItem[]; footer: NavItem[]; all: NavItem[] }> = {
  en: { main: mainNav, footer: footerNav, all: allNav },
  es: {
    main: menusOf(menuPagesEs, 'main'),
    footer: menusOf(menuPagesEs, 'footer'),
    all: [...menusOf(menuPagesEs, 'main'), ...menusOf(menuPagesEs, 'footer')],
  },
};

/** True when `href` is the current page or a section that contains it. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}

/**
 * A page's address as the site prints it (canonical link, link previews, paper, "Cite this
 * page", the sitemap): absolute when the deployment configured its public origin
 * (`CASCADE_SITE_URL`, Astro's `site`), else the path alone. Never a made-up domain.
 */
export function siteAddress(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
