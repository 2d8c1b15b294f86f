import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepLists, pageFile, pageFiles, savedPages } from './offline-set';

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

describe('what “Keep every page on this device” saves', () => {
  const page = (body: string) => `<html><body>${body}${' words'.repeat(200)}</body></html>`;
  const dist = mkdtempSync(join(tmpdir(), 'keep-'));
  const files: Record<string, string> = {
    // The first visit saves the home pages, the offline page and what it lists.
    'index.html': page('<script type="module" src="/_astro/home.js"></script>'),
    'es/index.html': page('<h1>Inicio</h1>'),
    'offline/index.html': page(
      '<div data-saved-offline-list><a href="/for-patients/">Patients</a></div>',
    ),
    'for-patients/index.html': page('<h1>Patients</h1>'),
    'favicon.svg': '<svg/>',
    'manifest.webmanifest': '{}',
    'icons/icon-192.png': 'png',
    // Not saved by the first visit.
    'model/index.html': page('<script type="module" src="/_astro/model.js"></script>'),
    'es/glosario/index.html': page('<script type="module" src="/_astro/home.js"></script>'),
    'embed/default/index.html': page('<h1>Embed</h1>'),
    'search/index.html': page('<h1>Search</h1>'),
    'es/buscar/index.html': page('<h1>Buscar</h1>'),
    '_astro/home.js': 'import"./shared.js";',
    '_astro/shared.js': 'export const a=1;',
    '_astro/model.js': 'const later=()=>import("./charts.js");',
    '_astro/charts.js': 'export const c=1;',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  const lists = keepLists(dist);

  it('keeps each language’s other pages with every file they load, at once or later', () => {
    expect(lists.en.files.sort()).toEqual(['/_astro/charts.js', '/_astro/model.js', '/model/']);
    expect(lists.es.files.sort()).toEqual(['/es/glosario/']);
  });

  it('leaves out the embeds, the search pages and what the first visit saves', () => {
    const all = [...lists.en.files, ...lists.es.files].join(' ');
    expect(all).not.toMatch(/embed|search|buscar|offline|for-patients|home\.js|shared\.js/);
  });

  it('tells the sizes as sent, compressed: more than nothing, less than the files themselves', () => {
    const raw = (names: string[]) => names.reduce((sum, name) => sum + files[name]!.length, 0);
    expect(lists.en.bytes).toBeGreaterThan(0);
    expect(lists.en.bytes).toBeLessThan(
      raw(['model/index.html', '_astro/model.js', '_astro/charts.js']),
    );
    expect(lists.firstVisitBytes).toBeGreaterThan(lists.es.bytes);
  });
});
