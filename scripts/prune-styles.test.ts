import { describe, expect, it } from 'vitest';
import { pruneStyle, scopeTokensIn } from './prune-styles';

describe('pruning the styles of components a page does not have', () => {
  const page = new Set(['svelte-here1', 'data-astro-cid-here2']);

  it('finds the Svelte and Astro scope tokens in HTML and in a compiled template', () => {
    const html = '<p class="note svelte-abc12" data-astro-cid-x9y8>Hi</p>';
    const script = 'e=t(`<div class="chart svelte-q7w">`)';
    expect([...scopeTokensIn(html + script)].sort()).toEqual([
      'data-astro-cid-x9y8',
      'svelte-abc12',
      'svelte-q7w',
    ]);
  });

  it('drops a rule scoped to a component not on the page, and keeps the page’s and global ones', () => {
    const css =
      'body{margin:0}.a.svelte-here1{color:red}.b.svelte-gone9{color:blue}' +
      '[data-astro-cid-here2]{padding:0}[data-astro-cid-gone8]{padding:1px}';
    expect(pruneStyle(css, page)).toBe(
      'body{margin:0}.a.svelte-here1{color:red}[data-astro-cid-here2]{padding:0}',
    );
  });

  it('keeps the other selectors of a shared rule, and a rule whose every token is present', () => {
    expect(pruneStyle('.x.svelte-gone9,.y.svelte-here1{margin:0}', page)).toBe(
      '.y.svelte-here1{margin:0}',
    );
    const both = '.a.svelte-here1 [data-astro-cid-here2]{margin:0}';
    expect(pruneStyle(both, page)).toBe(both);
    expect(pruneStyle('.a.svelte-here1 .b.svelte-gone9{margin:0}', page)).toBe('');
  });

  it('removes an at-rule it empties, with the at-rules around it, and keeps the others', () => {
    const css =
      '@media (min-width:40rem){@container x (min-width:1px){.b.svelte-gone9{margin:0}}}' +
      '@media print{.a.svelte-here1{margin:0}.b.svelte-gone9{margin:1px}}';
    expect(pruneStyle(css, page)).toBe('@media print{.a.svelte-here1{margin:0}}');
  });

  it('keeps a negation, keyframes and a style without tokens as they are', () => {
    const negation = '.a:not(.svelte-gone9){margin:0}';
    expect(pruneStyle(negation, page)).toBe(negation);
    const keyframes = '@keyframes svelte-gone9-pulse{0%{opacity:0}to{opacity:1}}';
    expect(pruneStyle(keyframes, page)).toBe(keyframes);
    const plain = 'body { margin: 0 }\n';
    expect(pruneStyle(plain, page)).toBe(plain);
  });
});
