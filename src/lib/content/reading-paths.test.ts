import { describe, expect, it } from 'vitest';
import { pathStepsOf, positionsOf, readingPaths } from './reading-paths';

describe('reading paths', () => {
  it('has one path for each of the three readers', () => {
    expect(readingPaths.map((path) => path.id).sort()).toEqual([
      'clinicians',
      'patients',
      'students',
    ]);
  });

  it('never repeats a page within a path', () => {
    for (const path of readingPaths) expect(new Set(path.steps).size).toBe(path.steps.length);
  });

  it('tells a page on two paths where it is on each and what follows', () => {
    const positions = positionsOf('/symptoms-and-grading/');
    expect(positions.map((position) => position.path.id).sort()).toEqual([
      'clinicians',
      'patients',
      'students',
    ]);
    const clinicians = positions.find((position) => position.path.id === 'clinicians');
    expect(clinicians?.index).toBe(0);
    expect(clinicians?.next).toBe('/tools/crs-grade/');
  });

  it('gives the last page of a path no next page', () => {
    const last = readingPaths[0]?.steps.at(-1) ?? '';
    expect(positionsOf(last).find((p) => p.path.id === 'patients')?.next).toBeUndefined();
  });

  it('finds nothing for a page on no path', () => {
    expect(positionsOf('/disclaimer/')).toEqual([]);
  });

  it("shows a page its place on each path with the next page's title", () => {
    const titles = new Map(readingPaths.flatMap((path) => path.steps).map((href) => [href, `T${href}`]));
    const clinicians = pathStepsOf('/symptoms-and-grading/', titles).find(
      (step) => step.title === 'For clinicians',
    );
    expect(clinicians).toEqual({
      title: 'For clinicians',
      step: 1,
      of: 6,
      next: { href: '/tools/crs-grade/', title: 'T/tools/crs-grade/' },
    });
  });

  it('refuses a next page that is not a content page instead of dropping the link', () => {
    expect(() => pathStepsOf('/symptoms-and-grading/', new Map())).toThrow(/names \/.+\/, which is not a content page/);
  });
});
