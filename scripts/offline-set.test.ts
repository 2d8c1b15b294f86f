import { describe, expect, it } from 'vitest';
import { pageFile, pageFiles, savedPages } from './offline-set';

describe('what a first visit saves', () => {
  it('reads the saved pages from the offline page lists, both languages', () => {
    const html = `<h1>Offline</h1><a href="/for-patients/#when">call</a>
      <div data-saved-offline-list><ul><li><a href="/what-is-crs/">What</a></li>
      <li><a href="/for-patients/">Patients</a></li></ul></div>
      <div lang="es" data-saved-offline-list><ul><li><a href="/es/sintomas/">Síntomas</a></li></ul></div>
      <nav><a href="/cascade/">Cascade</a></nav>`;
    expect(savedPages(html)).toEqual(['/what-is-crs/', '/for-patients/', '/es/sintomas/']);
  });

  it('maps a page address to its file in dist/', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/es/sintomas/')).toBe('es/sintomas/index.html');
  });

  it('saves a page with its font, its islands and what they import at load, not on click', () => {
    const site: Record<string, string> = {
      '/for-patients/index.html': `<link rel="preload" href="/_astro/font.woff2" as="font" type="font/woff2" crossorigin>
        <astro-island component-url="/_astro/Fever.js" renderer-url="/_astro/client.js"></astro-island>`,
      '/_astro/Fever.js': `import{a}from"./shared.js";const later=()=>import("./export.js");`,
      '/_astro/client.js': 'export const x=1;',
      '/_astro/shared.js': 'export const a=1;',
      '/_astro/export.js': 'export const b=1;',
    };
    expect(pageFiles('/for-patients/', (url) => site[url]).sort()).toEqual([
      '_astro/Fever.js',
      '_astro/client.js',
      '_astro/font.woff2',
      '_astro/shared.js',
      'for-patients/index.html',
    ]);
  });

  it('stops the build when a page or a module it needs is missing', () => {
    expect(() => pageFiles('/gone/', () => undefined)).toThrow(/not in the built site/);
    const site: Record<string, string> = {
      '/a/index.html': '<script type="module" src="/_astro/a.js"></script>',
      '/_astro/a.js': 'import"./lost.js";',
    };
    expect(() => pageFiles('/a/', (url) => site[url])).toThrow(/lost\.js/);
  });
});
