import { describe, expect, it } from 'vitest';
import { addInto, attributeChunk, byGroup, largest, sourceGroup, sourceLabel } from './bundle-why';

const root = '/work/site';

describe('sourceLabel and sourceGroup', () => {
  it('names package files by package path and project files by project path', () => {
    expect(sourceLabel('/work/site/node_modules/d3-scale/src/linear.js', root)).toBe(
      'd3-scale/src/linear.js',
    );
    expect(sourceLabel('/work/site/src/model/rhs.ts', root)).toBe('src/model/rhs.ts');
    expect(
      sourceLabel('/work/site/src/components/ui/CopyLink.svelte?svelte&type=style&lang.css', root),
    ).toBe('src/components/ui/CopyLink.svelte');
    expect(sourceLabel('\0vite/preload-helper.js', root)).toBe('vite/preload-helper.js');
  });

  it('groups by package (scoped too) or by the first two project folders', () => {
    expect(sourceGroup('d3-scale/src/linear.js')).toBe('d3-scale');
    expect(sourceGroup('@astrojs/svelte/dist/client.svelte.js')).toBe('@astrojs/svelte');
    expect(sourceGroup('src/model/rhs.ts')).toBe('src/model');
    expect(sourceGroup('src/components/explorer/Explorer.svelte')).toBe('src/components');
    expect(sourceGroup('content/care-advice.json')).toBe('content');
  });
});

describe('attributeChunk', () => {
  // A stand-in for gzip: one byte per character, so the shares are easy to read.
  const length = (code: string) => code.length;

  it('shares the chunk’s real size in proportion to each module’s own size', () => {
    const shares = attributeChunk(
      50,
      [
        { id: '/work/site/src/a.ts', code: 'x'.repeat(300) },
        { id: '/work/site/node_modules/svelte/src/b.js', code: 'y'.repeat(100) },
        { id: '/work/site/src/c.svelte?svelte&type=style&lang.css', code: '' },
      ],
      length,
      root,
    );
    expect(Object.fromEntries(shares)).toEqual({ 'src/a.ts': 37.5, 'svelte/src/b.js': 12.5 });
  });

  it('merges a component with its style part and gives a code-less chunk to the bundler', () => {
    const merged = attributeChunk(
      10,
      [
        { id: '/work/site/src/C.svelte', code: 'abc' },
        { id: '/work/site/src/C.svelte?svelte&type=style&lang.css', code: 'd' },
      ],
      length,
      root,
    );
    expect(Object.fromEntries(merged)).toEqual({ 'src/C.svelte': 10 });
    expect(Object.fromEntries(attributeChunk(7, [], length, root))).toEqual({
      '(bundler glue)': 7,
    });
  });
});

describe('totals', () => {
  it('adds pages’ files together, sums by group and lists the largest first', () => {
    const total = new Map([['src/model/a.ts', 1]]);
    addInto(
      total,
      new Map([
        ['src/model/a.ts', 2],
        ['src/model/b.ts', 4],
        ['svelte/src/x.js', 5],
      ]),
    );
    expect(Object.fromEntries(total)).toEqual({
      'src/model/a.ts': 3,
      'src/model/b.ts': 4,
      'svelte/src/x.js': 5,
    });
    expect(Object.fromEntries(byGroup(total))).toEqual({ 'src/model': 7, svelte: 5 });
    expect(largest(total, 2)).toEqual([
      ['svelte/src/x.js', 5],
      ['src/model/b.ts', 4],
    ]);
  });
});
