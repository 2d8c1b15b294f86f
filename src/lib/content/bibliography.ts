/**
 * The bibliography: one CSL-JSON file, formatted with citation-js at build time only
 * (no citation code reaches the browser).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import entries from '../../../content/references.json' with { type: 'json' };
import { assertReferenceIdentifiers, spellOutInitials, type CslName } from './reference-rules';

export interface Reference {
  id: string;
  DOI?: string;
  PMID?: string;
  URL?: string;
  title?: string;
  author?: CslName[];
  /** Why an entry has neither DOI nor PMID (labels, press releases); required in that case. */
  custom?: { noIdentifierReason?: string };
  [field: string]: unknown;
}

const references = entries as Reference[];
// Every page build imports this module, so a reference without a DOI, a PMID or a stated
// reason fails `astro build` here, naming the keys.
assertReferenceIdentifiers(references);
const byId = new Map(references.map((entry) => [entry.id, entry]));

export function hasReference(key: string): boolean {
  return byId.has(key);
}

export function allReferenceKeys(): string[] {
  return references.map((entry) => entry.id);
}

export function getReference(key: string): Reference {
  const entry = byId.get(key);
  if (!entry) throw new Error(`Unknown citation key "${key}": add it to content/references.json`);
  return entry;
}

/**
 * A short name for an entry, for tables: "Norelli et al. 2018", or for a label with no authors
 * its title up to the first parenthesis ("YESCARTA label").
 */
export function shortReference(key: string): string {
  const entry = getReference(key) as Reference & { issued?: { 'date-parts'?: number[][] } };
  const first = entry.author?.[0] as { family?: string; literal?: string } | undefined;
  const year = entry.issued?.['date-parts']?.[0]?.[0];
  if (first === undefined) {
    const name = (entry.title ?? key).split(' (')[0]!.split(':')[0]!;
    return `${name} label${year ? ` ${year}` : ''}`;
  }
  const who = first.family ?? first.literal ?? key;
  return `${who}${(entry.author?.length ?? 0) > 1 ? ' et al.' : ''}${year ? ` ${year}` : ''}`;
}

const formatted = new Map<string, string>();

/** Vancouver-style plain text for one entry, without its trailing DOI/PMID (shown as links). */
export function formatReference(key: string): string {
  const cached = formatted.get(key);
  if (cached !== undefined) return cached;
  const entry = { ...getReference(key) };
  // Links are rendered separately so readers get clickable DOI and PubMed addresses.
  delete entry.DOI;
  delete entry.PMID;
  delete entry.URL;
  if (entry.author) entry.author = entry.author.map(spellOutInitials);
  const text = new Cite(entry)
    .format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' })
    .toString()
    .trim()
    .replace(/^1\.\s*/, '');
  formatted.set(key, text);
  return text;
}

export interface ReferenceLink {
  label: string;
  href: string;
}

export function referenceLinks(key: string): ReferenceLink[] {
  const entry = getReference(key);
  const links: ReferenceLink[] = [];
  if (entry.DOI) links.push({ label: `doi:${entry.DOI}`, href: `https://doi.org/${entry.DOI}` });
  if (entry.PMID)
    links.push({
      label: `PMID ${entry.PMID}`,
      href: `https://pubmed.ncbi.nlm.nih.gov/${entry.PMID}/`,
    });
  if (!entry.DOI && !entry.PMID && entry.URL) links.push({ label: 'Source', href: entry.URL });
  return links;
}
