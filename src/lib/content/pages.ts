import { getCollection, type CollectionEntry } from 'astro:content';
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

// The "Written for …" words and review dates are written in each language by the vocabulary.
export { describeAudience, formatDate } from '../i18n/site-words';
