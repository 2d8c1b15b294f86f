import { describe, expect, it } from 'vitest';
import { citeCardId } from './cite-ids';

describe('citation card ids', () => {
  it('numbers repeated marks of one reference in order of use', () => {
    const page = {};
    expect([citeCardId(page, '3'), citeCardId(page, '1'), citeCardId(page, '3')]).toEqual([
      'cite-3-1',
      'cite-1-1',
      'cite-3-2',
    ]);
  });

  it('starts again on every page, so two builds of a page agree', () => {
    const first = {};
    const second = {};
    citeCardId(first, '2');
    expect(citeCardId(second, '2')).toBe('cite-2-1');
  });
});
