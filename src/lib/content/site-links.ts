/**
 * The site's hand-typed page links (the menus in `site.ts`, the reading paths in
 * `reading-paths.ts`) checked against the pages the build makes: a link to a page that does
 * not exist stops the build with the bad address named, instead of vanishing or going dead.
 */
import type { NavItem } from './site';
import type { ReadingPath } from './reading-paths';

export interface SiteLinkInput {
  /** Every menu entry (main and footer). */
  nav: readonly NavItem[];
  /** Every reading path. */
  paths: readonly ReadingPath[];
  /** Addresses of the content pages (`content/pages/*.mdx`). */
  contentPages: readonly string[];
  /** Addresses of the other built pages (`src/pages/search.astro` is `/search/`). */
  otherPages: readonly string[];
}

/**
 * One line per link that names no page. Menus may name any built page; a reading-path step
 * must be a content page, because only content pages show where they sit on a path.
 */
export function siteLinkProblems(input: SiteLinkInput): string[] {
  const content = new Set(input.contentPages);
  const any = new Set([...input.contentPages, ...input.otherPages]);
  const menu = input.nav
    .filter((item) => !any.has(item.href))
    .map((item) => `menu entry "${item.label}" (src/lib/content/site.ts) links to ${item.href}`);
  const paths = input.paths.flatMap((path) =>
    path.steps
      .filter((href) => !content.has(href))
      .map(
        (href) => `reading path "${path.id}" (src/lib/content/reading-paths.ts) names ${href}`,
      ),
  );
  return [...menu, ...paths];
}

/** Stops the build, naming every bad address, when a menu or reading path names no page. */
export function assertSiteLinks(input: SiteLinkInput): void {
  const problems = siteLinkProblems(input);
  if (problems.length === 0) return;
  throw new Error(
    `Links to pages that do not exist:\n${problems.map((line) => `  - ${line}`).join('\n')}\n` +
      'Fix the address, or add the page (content/pages/<name>.mdx is served at /<name>/).',
  );
}

/** The address of a content page: `index` is the home page, every other id is its path. */
export function contentPageHref(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/**
 * The address of each page file directly in `src/pages/` that is served as a page of its own
 * (`search.astro` → `/search/`, `index.astro` → `/`); dynamic routes (`[...slug].astro`) and the
 * 404 page are not link targets.
 */
export function pageFileHrefs(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const name = /([^/]+)\.astro$/.exec(file)?.[1];
    if (!name || name.startsWith('[') || name === '404') return [];
    return [contentPageHref(name)];
  });
}
