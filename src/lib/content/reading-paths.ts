import type { Audience } from '../../content.config';

/**
 * Three reading paths through the site, one per reader. A page on a path shows where it sits
 * and what comes next on that path, so each reader can follow a route made for them.
 */
export interface ReadingPath {
  /** The reader the path is made for. */
  id: Audience;
  title: string;
  steps: string[];
}

export const readingPaths: ReadingPath[] = [
  {
    id: 'patients',
    title: 'For patients and caregivers',
    steps: [
      '/what-is-crs/',
      '/symptoms-and-grading/',
      '/for-patients/',
      '/treatments/',
      '/tumor-burden/',
    ],
  },
  {
    id: 'students',
    title: 'For students',
    steps: [
      '/what-is-crs/',
      '/cascade/',
      '/symptoms-and-grading/',
      '/neurotoxicity/',
      '/research/',
      '/model/',
      '/explore/',
    ],
  },
  {
    id: 'clinicians',
    title: 'For clinicians',
    steps: [
      '/symptoms-and-grading/',
      '/tools/crs-grade/',
      '/tools/icans-grade/',
      '/treatments/',
      '/neurotoxicity/',
      '/explore/',
    ],
  },
];

export interface PathPosition {
  path: ReadingPath;
  index: number;
  next: string | undefined;
}

/** The paths a page is on, with its place in each and the page that follows. */
export function positionsOf(href: string): PathPosition[] {
  return readingPaths.flatMap((path) => {
    const index = path.steps.indexOf(href);
    return index === -1 ? [] : [{ path, index, next: path.steps[index + 1] }];
  });
}

/** A link to a page, with the page's short title. */
export interface PageLink {
  href: string;
  title: string;
}

/** Where a page sits on one reading path, as the page tells its reader. */
export interface PathStep {
  /** The path's title. */
  title: string;
  /** The page's place on the path, from 1. */
  step: number;
  /** How many pages the path has. */
  of: number;
  /** The page that follows on the path; none on its last page. */
  next: PageLink | undefined;
}

/**
 * The reading paths page `href` is on, ready to show. `titles` maps each content page's
 * address to its short title; a next page missing from it throws rather than vanishing (the
 * build checks every path with `assertSiteLinks` first, so this does not happen).
 */
export function pathStepsOf(href: string, titles: ReadonlyMap<string, string>): PathStep[] {
  return positionsOf(href).map(({ path, index, next }) => ({
    title: path.title,
    step: index + 1,
    of: path.steps.length,
    next: next === undefined ? undefined : { href: next, title: titleOfStep(path, next, titles) },
  }));
}

function titleOfStep(path: ReadingPath, href: string, titles: ReadonlyMap<string, string>) {
  const title = titles.get(href);
  if (title === undefined) {
    throw new Error(`Reading path "${path.id}" names ${href}, which is not a content page`);
  }
  return title;
}
