/**
 * What the service worker saves on a reader's first visit (its precache), read from the built
 * site: the shell and the pages written for patients, each with the files it needs to work
 * offline. Everything else is saved when first used (service-worker.ts).
 *
 * The patient pages are the ones the offline page lists (`data-saved-offline-list`), which it takes
 * from the content's `audience`: what the page promises is what the worker saves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeepList, KeepLists } from '../src/lib/keep-offline.ts';
import { filesUnder, routeOf, siteReader } from './dist.ts';
import { gzipSize, pageAssets, pageScripts } from './page-weight.ts';

/** The offline page: shown for a page not saved yet; it lists the pages that always are. */
export const offlinePage = '/offline/';

/** Pages and files every visit saves besides the patient pages. */
export const shellPages = ['/', '/es/', offlinePage] as const;
export const shellFiles = ['/favicon.svg', '/manifest.webmanifest', '/icons/icon-192.png'] as const;

/** The addresses the offline page lists as always saved. */
export function savedPages(offlineHtml: string): string[] {
  const list = /<div[^>]*data-saved-offline-list[^>]*>([\s\S]*?)<\/div>/g;
  return [...offlineHtml.matchAll(list)].flatMap((match) =>
    [...(match[1] ?? '').matchAll(/href="([^"#?]+)"/g)].map((link) => link[1]!),
  );
}

/** `/for-patients/` → `for-patients/index.html` (relative to dist/). */
export function pageFile(route: string): string {
  return `${route.replace(/^\//, '')}index.html`;
}

/**
 * The files a page needs offline, as paths relative to dist/: the page, its stylesheets, the
 * fonts it preloads, the scripts of its islands with the modules they import at load (and with
 * `onUse`, the modules they import later).
 */
export function pageFiles(
  route: string,
  read: (url: string) => string | undefined,
  { onUse = false }: { onUse?: boolean } = {},
): string[] {
  const html = read(`/${pageFile(route)}`);
  if (html === undefined) throw new Error(`${route} is not in the built site`);
  const { scripts, stylesheets } = pageAssets(html);
  // Modules loaded only on a click (export, the cohort worker) or later (the explorer's charts)
  // are saved when first used, unless `onUse` asks for them too.
  const { firstLoad, onUse: later, missing } = pageScripts(scripts, read);
  if (missing.length > 0) throw new Error(`${route} needs missing files: ${missing.join(', ')}`);
  const fonts = [...html.matchAll(/<link rel="preload" href="(\/_astro\/[^"]+)" as="font"/g)].map(
    (match) => match[1]!,
  );
  const files = [
    `/${pageFile(route)}`,
    ...stylesheets,
    ...fonts,
    ...firstLoad.keys(),
    ...(onUse ? later.keys() : []),
  ];
  return files.map((url) => url.replace(/^\//, ''));
}

/** Every file to precache, relative to dist/, each once. */
export function precacheFiles(dist: string): string[] {
  const read = siteReader(dist);
  const offlineHtml = read(`/${pageFile(offlinePage)}`);
  if (offlineHtml === undefined) throw new Error(`${offlinePage} is not in the built site`);
  const pages = [...shellPages, ...savedPages(offlineHtml)];
  const files = [
    ...pages.flatMap((route) => pageFiles(route, read)),
    ...shellFiles.map((file) => file.slice(1)),
  ];
  return [...new Set(files)];
}

/** Where the build writes the lists of what "Keep every page" saves (keepLists). */
export const KEEP_LIST_FILE = '/keep-list.json';

/**
 * Not kept: the embeds (shown inside other sites), the search pages (their index is
 * fetched piece by piece as a query needs it) and the offline page (every visit saves it).
 */
const notKept = /^\/(embed\/|search\/|es\/buscar\/|offline\/)/;

/**
 * For each language, every page a reader can open with every file it loads, at once or later
 * (pageFiles), less what the worker's first visit saves: what a reader who asks for the whole
 * site is sent beyond that. Spanish pages are those under /es/. Sizes are as sent (gzip).
 */
export function keepLists(dist: string): KeepLists {
  const read = siteReader(dist);
  const firstVisit = precacheFiles(dist);
  const saved = new Set(firstVisit);
  const routes = filesUnder(dist, 'index.html')
    .map((file) => routeOf(file, dist))
    .filter((route) => !notKept.test(route))
    .sort();
  // A font is compressed already, and gzip barely changes it.
  const sizeOf = (files: string[]) =>
    files.reduce((sum, file) => sum + gzipSize(readFileSync(join(dist, file))), 0);
  const listOf = (inLanguage: (route: string) => boolean): KeepList => {
    const files = [
      ...new Set(
        routes
          .filter(inLanguage)
          .flatMap((route) => pageFiles(route, read, { onUse: true }))
          .filter((file) => !saved.has(file)),
      ),
    ];
    return {
      files: files.map((file) =>
        file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`,
      ),
      bytes: sizeOf(files),
    };
  };
  return {
    en: listOf((route) => !route.startsWith('/es/')),
    es: listOf((route) => route.startsWith('/es/')),
    firstVisitBytes: sizeOf(firstVisit),
  };
}
