/**
 * The Spanish pages and their English twins: addresses, reading order, the language switch and
 * `hreflang` links, and the build's warning when a translation is behind its English page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageHref, pagesInOrder } from './pages';
import { translationLag } from './translation-lag';
import type { Locale } from '../i18n/locale';

export type PageEs = CollectionEntry<'pagesEs'>;

/** `content/es/pages/sintomas.mdx` is `/es/sintomas/`; `index.mdx` is `/es/`. */
export function pageEsHref(page: PageEs): string {
  return page.id === 'index' ? '/es/' : `/es/${page.id}/`;
}

/** All Spanish pages in reading order (frontmatter `order`). */
export async function pagesEsInOrder(): Promise<PageEs[]> {
  return (await getCollection('pagesEs')).sort((a, b) => a.data.order - b.data.order);
}

/** Pages outside the content collections that have a twin (English path → Spanish path). */
const otherTwins: readonly (readonly [string, string])[] = [['/search/', '/es/buscar/']];

/** A page's address in each language it exists in. */
export type Alternates = Partial<Record<Locale, string>>;

let twins: Map<string, Alternates> | undefined;

/**
 * Every page that has a twin, by either address. A Spanish page naming an English page that
 * does not exist stops the build; one whose English page was reviewed again since prints a
 * warning (`translation-lag.ts`).
 */
export async function twinMap(): Promise<Map<string, Alternates>> {
  if (twins) return twins;
  const english = new Map((await pagesInOrder()).map((page) => [page.id, page]));
  const map = new Map<string, Alternates>();
  for (const page of await pagesEsInOrder()) {
    const source = english.get(page.data.translation.from);
    if (!source) {
      throw new Error(
        `content/es/pages/${page.id}.mdx translates "${page.data.translation.from}", which is not a page in content/pages/`,
      );
    }
    const warning = translationLag({
      page: page.id,
      from: source.id,
      englishReviewed: source.data.reviewed,
      translatedFrom: page.data.translation.reviewed,
    });
    if (warning) console.warn(`[cascade] ${warning}`);
    const pair = { en: pageHref(source), es: pageEsHref(page) };
    map.set(pair.en, pair).set(pair.es, pair);
  }
  for (const [en, es] of otherTwins) map.set(en, { en, es }).set(es, { en, es });
  twins = map;
  return map;
}

/** The addresses of the page at `pathname` in each language ({} when it has no twin). */
export async function alternatesOf(pathname: string): Promise<Alternates> {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return (await twinMap()).get(path) ?? {};
}
