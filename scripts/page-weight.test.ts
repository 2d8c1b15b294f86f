import { describe, expect, it } from 'vitest';
import { moduleEdges, pageAssets, pageScripts } from './page-weight';

describe('moduleEdges', () => {
  it('splits static imports and re-exports from import() and worker URLs, in any quotes', () => {
    const source =
      'import{a as b}from"./client.abc.js";import"./side.js";export{c}from\'../x.js\';' +
      'const m=()=>import(`./lazy.js`);const w=new Worker(new URL("./cohort.worker.js",import.meta.url));' +
      'import x from "node:fs";import y from "svelte";const p=import(new URL(`/pagefind/pagefind.js`,location.origin).href);' +
      'const img=new URL("./icon.png",import.meta.url);';
    const edges = moduleEdges(source);
    expect(edges.static.sort()).toEqual(['../x.js', './client.abc.js', './side.js']);
    expect(edges.onUse.sort()).toEqual([
      './cohort.worker.js',
      './lazy.js',
      '/pagefind/pagefind.js',
    ]);
  });

  it('counts a module imported both ways as static only', () => {
    const edges = moduleEdges('import{a}from"./a.js";const b=()=>import("./a.js")');
    expect(edges).toEqual({ static: ['./a.js'], onUse: [] });
  });
});

describe('pageAssets', () => {
  it('lists island modules, scripts, styles and inline code of a page', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><style>p{}</style>
      <script>theme()</script><script type="application/ld+json">{"a":1}</script></head>
      <body><astro-island component-url="/_astro/W.js" renderer-url="/_astro/r.js"></astro-island>
      <script type="module" src="/_astro/page.js"></script></body></html>`;
    const assets = pageAssets(html);
    expect(assets.scripts.sort()).toEqual(['/_astro/W.js', '/_astro/page.js', '/_astro/r.js']);
    expect(assets.inlineScripts).toEqual(['theme()']);
    expect(assets.stylesheets).toEqual(['/_astro/a.css']);
    expect(assets.inlineStyles).toEqual(['p{}']);
  });

  it('finds nothing to download on a page without scripts', () => {
    expect(pageAssets('<html><body><p>Hello</p></body></html>').scripts).toEqual([]);
  });
});

describe('pageScripts', () => {
  const files: Record<string, string> = {
    '/_astro/W.js': 'import{x}from"./shared.js";const l=()=>import("./lazy.js")',
    '/_astro/r.js': 'import"./shared.js"',
    '/_astro/shared.js': 'export const x=1;new Worker(new URL("./worker.js",import.meta.url))',
    '/_astro/lazy.js': 'import "./shared.js";import "./lazy-dep.js";import("./gone.js")',
    '/_astro/lazy-dep.js': 'export const y=2',
    '/_astro/worker.js': 'import "./worker-dep.js"',
    '/_astro/worker-dep.js': 'export const z=3',
  };
  const { firstLoad, onUse, missing } = pageScripts(
    ['/_astro/W.js', '/_astro/r.js'],
    (url) => files[url],
  );

  it('puts entries and their static imports in first-load, each once', () => {
    expect([...firstLoad.keys()].sort()).toEqual(
      ['/_astro/W.js', '/_astro/r.js', '/_astro/shared.js'].sort(),
    );
  });

  it('puts what only import() or a worker reaches, and its own imports, in on-use', () => {
    expect([...onUse.keys()].sort()).toEqual(
      [
        '/_astro/lazy-dep.js',
        '/_astro/lazy.js',
        '/_astro/worker-dep.js',
        '/_astro/worker.js',
      ].sort(),
    );
  });

  it('reports files that do not exist', () => {
    expect(missing).toEqual(['/_astro/gone.js']);
  });

  it('finds nothing for a page without entry scripts', () => {
    const none = pageScripts([], (url) => files[url]);
    expect([none.firstLoad.size, none.onUse.size, none.missing]).toEqual([0, 0, []]);
  });
});
