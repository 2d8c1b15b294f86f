import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertSiteLinks,
  contentPageHref,
  pageFileHrefs,
  siteLinkProblems,
  type SiteLinkInput,
} from './site-links';
import { allNav } from './site';
import { readingPaths } from './reading-paths';

const good: SiteLinkInput = {
  nav: [
    { href: '/what-is-crs/', label: 'What is CRS' },
    { href: '/search/', label: 'Search' },
  ],
  paths: [{ id: 'patients', title: 'For patients', steps: ['/what-is-crs/', '/treatments/'] }],
  contentPages: ['/', '/what-is-crs/', '/treatments/'],
  otherPages: ['/search/'],
};

describe('site links', () => {
  it('accepts menus and reading paths that name built pages', () => {
    expect(siteLinkProblems(good)).toEqual([]);
    expect(() => assertSiteLinks(good)).not.toThrow();
  });

  it('stops the build on a reading path that names a missing page, naming the address', () => {
    const typo = {
      ...good,
      paths: [{ id: 'students' as const, title: 'For students', steps: ['/what-is-crs/', '/reserch/'] }],
    };
    expect(siteLinkProblems(typo)).toEqual([
      'reading path "students" (src/lib/content/reading-paths.ts) names /reserch/',
    ]);
    expect(() => assertSiteLinks(typo)).toThrow(/\/reserch\//);
  });

  it('stops the build on a menu entry that names a missing page', () => {
    const typo = { ...good, nav: [...good.nav, { href: '/glosary/', label: 'Glossary' }] };
    expect(() => assertSiteLinks(typo)).toThrow(/menu entry "Glossary".*\/glosary\//);
  });

  it('lets menus name pages that are not content pages, but not reading paths', () => {
    const onPath = { ...good, paths: [{ ...good.paths[0]!, steps: ['/search/'] }] };
    expect(siteLinkProblems(onPath)).toHaveLength(1);
  });

  it('reads the addresses of page files, leaving out dynamic routes and the 404 page', () => {
    expect(
      pageFileHrefs(['./search.astro', './404.astro', './[...slug].astro', './index.astro']),
    ).toEqual(['/search/', '/']);
  });

  it('finds every menu entry and reading-path step of the site among its page files', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const mdx = readdirSync(join(root, 'content', 'pages'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => contentPageHref(file.replace(/\.mdx$/, '').split(sep).join('/')));
    const astro = readdirSync(join(root, 'src', 'pages')).filter((file) => file.endsWith('.astro'));
    expect(
      siteLinkProblems({
        nav: allNav,
        paths: readingPaths,
        contentPages: mdx,
        otherPages: pageFileHrefs(astro),
      }),
    ).toEqual([]);
  });
});
