import { describe, expect, it } from 'vitest';
import { nextPageId } from './page-ids';

describe('page-scoped ids', () => {
  it('numbers repeated uses of one base in order of use', () => {
    const page = {};
    expect([
      nextPageId(page, 'cite-3'),
      nextPageId(page, 'cite-1'),
      nextPageId(page, 'cite-3'),
    ]).toEqual(['cite-3-1', 'cite-1-1', 'cite-3-2']);
  });

  it('starts again on every page, so two builds of a page agree', () => {
    const first = {};
    const second = {};
    nextPageId(first, 'term-il-6');
    expect(nextPageId(second, 'term-il-6')).toBe('term-il-6-1');
  });
});
