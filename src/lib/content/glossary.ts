import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locale';

export type GlossaryEntry = CollectionEntry<'glossary'> | CollectionEntry<'glossaryEs'>;

/** Each language's glossary: `content/glossary.json`, `content/es/glossary.json`. */
const collectionOf = { en: 'glossary', es: 'glossaryEs' } as const;

/** Where each language's glossary page is. */
export const glossaryHref: Record<Locale, string> = { en: '/glossary/', es: '/es/glosario/' };

const cache = new Map<Locale, Map<string, GlossaryEntry>>();

export async function glossaryById(locale: Locale = 'en'): Promise<Map<string, GlossaryEntry>> {
  let terms = cache.get(locale);
  if (!terms) {
    const entries: GlossaryEntry[] = await getCollection(collectionOf[locale]);
    terms = new Map(entries.map((entry) => [entry.id, entry]));
    cache.set(locale, terms);
  }
  return terms;
}

export async function getTerm(id: string, locale: Locale = 'en'): Promise<GlossaryEntry> {
  const entry = (await glossaryById(locale)).get(id);
  if (!entry) {
    const file = locale === 'en' ? 'content/glossary.json' : `content/${locale}/glossary.json`;
    throw new Error(`Unknown glossary term "${id}": add it to ${file}`);
  }
  return entry;
}
