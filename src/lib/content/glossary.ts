import { getCollection, type CollectionEntry } from 'astro:content';

export type GlossaryEntry = CollectionEntry<'glossary'>;

let cache: Map<string, GlossaryEntry> | undefined;

export async function glossaryById(): Promise<Map<string, GlossaryEntry>> {
  cache ??= new Map((await getCollection('glossary')).map((entry) => [entry.id, entry]));
  return cache;
}

export async function getTerm(id: string): Promise<GlossaryEntry> {
  const entry = (await glossaryById()).get(id);
  if (!entry) throw new Error(`Unknown glossary term "${id}": add it to content/glossary.json`);
  return entry;
}
