import { getCollection, type CollectionEntry } from 'astro:content';
import type { Audience } from '../../content.config';
import { contentPageHref } from './site-links';

export type Page = CollectionEntry<'pages'>;

/** The page's address (`content/pages/what-is-crs.mdx` is `/what-is-crs/`). */
export function pageHref(page: Page): string {
  return contentPageHref(page.id);
}

/** The short title the pager and reading-path links use (`navTitle`, else `title`). */
export function titleOf(page: Page): string {
  return page.data.navTitle ?? page.data.title;
}

/** All content pages in reading order (frontmatter `order`). */
export async function pagesInOrder(): Promise<Page[]> {
  return (await getCollection('pages')).sort((a, b) => a.data.order - b.data.order);
}

/** How the "Written for …" line names each reader. */
const audienceWords: Record<Audience, string> = {
  patients: 'patients and caregivers',
  students: 'students',
  clinicians: 'clinicians',
};

export function describeAudience(audience: readonly Audience[]): string {
  const words = audience.map((who) => audienceWords[who]);
  if (words.length <= 1) return words.join('');
  // "patients and caregivers" already holds an "and": an Oxford comma keeps the list readable.
  const glue =
    words.length > 2 || words.some((word) => word.includes(' and ')) ? ', and ' : ' and ';
  return `${words.slice(0, -1).join(', ')}${glue}${words.at(-1)}`;
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
