import { describe, expect, it } from 'vitest';
import { moduleImports, pageAssets, reachableModules } from './page-weight';

describe('moduleImports', () => {
  it('finds static, bare, re-exported and dynamic relative imports in minified code', () => {
    const source =
      'import{a as b}from"./client.abc.js";import"./side.js";export{c}from"../x.js";' +
      'const m=()=>import("./lazy.js");import x from "node:fs";import y from "svelte";' +
      'const n=()=>X(()=>import(`./Panel.js`),[]);';
    expect(moduleImports(source).sort()).toEqual(
      ['../x.js', './Panel.js', './client.abc.js', './lazy.js', './side.js'].sort(),
    );
    expect(moduleImports(source, false).sort()).toEqual(
      ['../x.js', './client.abc.js', './side.js'].sort(),
    );
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

describe('reachableModules', () => {
  const files: Record<string, string> = {
    '/_astro/W.js': 'import{x}from"./shared.js";import("./lazy.js")',
    '/_astro/r.js': 'import"./shared.js"',
    '/_astro/shared.js': 'export const x=1',
    '/_astro/lazy.js': 'import "./gone.js"',
  };
  it('counts each module once however many paths reach it, and reports missing ones', () => {
    const { modules, missing } = reachableModules(
      ['/_astro/W.js', '/_astro/r.js'],
      (url) => files[url],
    );
    expect([...modules.keys()].sort()).toEqual(
      ['/_astro/W.js', '/_astro/lazy.js', '/_astro/r.js', '/_astro/shared.js'].sort(),
    );
    expect(missing).toEqual(['/_astro/gone.js']);
  });

  it('leaves out what only a dynamic import loads when asked for what loads with the page', () => {
    const { modules, missing } = reachableModules(
      ['/_astro/W.js', '/_astro/r.js'],
      (url) => files[url],
      false,
    );
    expect([...modules.keys()].sort()).toEqual(
      ['/_astro/W.js', '/_astro/r.js', '/_astro/shared.js'].sort(),
    );
    expect(missing).toEqual([]);
  });
});
