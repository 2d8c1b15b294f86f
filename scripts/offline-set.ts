/**
 * What the service worker saves on a reader's first visit (its precache), read from the built
 * site: the shell and the pages written for patients, each with the files it needs to work
 * offline. Everything else is saved when first used (service-worker.ts).
 *
 * The patient pages are the ones the offline page lists (`data-saved-offline-list`), which it takes
 * from the content's `audience`: what the page promises is what the worker saves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageAssets, pageScripts } from './page-weight.ts';

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
 * fonts it preloads, the scripts of its islands with the modules they import at load.
 */
export function pageFiles(route: string, read: (url: string) => string | undefined): string[] {
  const html = read(`/${pageFile(route)}`);
  if (html === undefined) throw new Error(`${route} is not in the built site`);
  const { scripts, stylesheets } = pageAssets(html);
  // Modules loaded only on a click (export, the cohort worker) are saved when first used.
  const { firstLoad, missing } = pageScripts(scripts, read);
  if (missing.length > 0) throw new Error(`${route} needs missing files: ${missing.join(', ')}`);
  const fonts = [...html.matchAll(/<link rel="preload" href="(\/_astro\/[^"]+)" as="font"/g)].map(
    (match) => match[1]!,
  );
  const files = [`/${pageFile(route)}`, ...stylesheets, ...fonts, ...firstLoad.keys()];
  return files.map((url) => url.replace(/^\//, ''));
}

/** Every file to precache, relative to dist/, each once. */
export function precacheFiles(dist: string): string[] {
  const read = (url: string) => {
    const path = join(dist, url);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  const offlineHtml = read(`/${pageFile(offlinePage)}`);
  if (offlineHtml === undefined) throw new Error(`${offlinePage} is not in the built site`);
  const pages = [...shellPages, ...savedPages(offlineHtml)];
  const files = [
    ...pages.flatMap((route) => pageFiles(route, read)),
    ...shellFiles.map((file) => file.slice(1)),
  ];
  return [...new Set(files)];
}
