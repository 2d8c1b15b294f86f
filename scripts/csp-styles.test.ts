import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { styleHash, withPrunedStyles, withStyleHashes } from './csp-styles';

const page = (policy: string, styles: string[]) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${styles
    .map((style) => `<style>${style}</style>`)
    .join('')}</head><body></body></html>`;
const policyOf = (html: string) =>
  /content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('inline style hashes in the page policy', () => {
  it('hashes a style the way a browser does (sha256 of its text, base64)', () => {
    const digest = createHash('sha256').update('a{color:red}').digest('base64');
    expect(styleHash('a{color:red}')).toBe(`'sha256-${digest}'`);
  });

  it('adds the hash of a style the policy lacks, once, and keeps the other directives', () => {
    const known = styleHash('p{margin:0}');
    const html = page(`default-src 'self';style-src 'self' ${known};img-src 'self'`, [
      'p{margin:0}',
      '.hint{color:red}',
      '.hint{color:red}',
    ]);
    const policy = policyOf(withStyleHashes(html));
    const styleSrc = /style-src ([^;]*)/.exec(policy)?.[1]?.split(' ');
    expect(styleSrc).toEqual(["'self'", known, styleHash('.hint{color:red}')]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("img-src 'self'");
  });

  it('leaves a page whose styles are all allowed, or that has no policy, as it is', () => {
    const allowed = page(`style-src 'self' ${styleHash('p{}')}`, ['p{}']);
    expect(withStyleHashes(allowed)).toBe(allowed);
    const bare = '<html><head><style>p{}</style></head></html>';
    expect(withStyleHashes(bare)).toBe(bare);
  });

  it('drops a hash no style on the page has', () => {
    const kept = styleHash('p{margin:0}');
    const html = page(`style-src 'self' ${styleHash('.gone{}')} ${kept}`, ['p{margin:0}']);
    expect(/style-src ([^;]*)/.exec(policyOf(withStyleHashes(html)))?.[1]).toBe(`'self' ${kept}`);
  });
});

describe('a page’s styles without the components it lacks', () => {
  const css = '.a.svelte-here1{margin:0}.b.svelte-drawn2{margin:0}.c.svelte-gone3{margin:0}';
  const html = `<html><head><style>${css}</style></head><body><p class="a svelte-here1">A</p></body></html>`;

  it('keeps the rules of components in the HTML or in a script the page loads', () => {
    const script = 'x=`<figure class="b svelte-drawn2">`';
    expect(withPrunedStyles(html, [script])).toContain(
      '<style>.a.svelte-here1{margin:0}.b.svelte-drawn2{margin:0}</style>',
    );
  });

  it('does not count a token named only in the styles themselves', () => {
    expect(withPrunedStyles(html, [])).toContain('<style>.a.svelte-here1{margin:0}</style>');
  });
});
