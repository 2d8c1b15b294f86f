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
