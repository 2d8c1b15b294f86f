/**
 * Offline reading, after `astro build` and Pagefind: a Workbox service worker. A first visit
 * saves only the shell and the patient pages (offline-set.ts): on a hospital phone plan a
 * reader should not pay for the whole site unasked. Every other page and file is saved the
 * first time it is used: pages stale-while-revalidate (shown at once, refreshed behind), the
 * hashed files under /_astro/ cache-first (a new build writes new names), the rest (search
 * index, icons, tours) stale-while-revalidate. A page never opened shows the offline page.
 * A reader who asks ("Keep every page on this device") saves every page of their language
 * into the same caches (keep-list.json, KeepOffline.astro).
 */
import { writeFileSync } from 'node:fs';
import { generateSW } from 'workbox-build';
import { OFFLINE_CACHES } from '../src/lib/offline-caches.ts';
import { distDir } from './dist.ts';
import { KEEP_LIST_FILE, keepLists, offlinePage, pageFile, precacheFiles } from './offline-set.ts';

const { count, size, warnings } = await generateSW({
  globDirectory: distDir,
  globPatterns: precacheFiles(distDir),
  swDest: `${distDir}/sw.js`,
  // Pages are directories: /cascade/ is /cascade/index.html in the cache.
  directoryIndex: 'index.html',
  // Shared links carry scenario queries (?burden=80…) and Pagefind adds ?ts=…: the cached file
  // is the same whatever the query says.
  ignoreURLParametersMatching: [/.*/],
  runtimeCaching: [
    {
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: 'StaleWhileRevalidate',
      options: {
        cacheName: OFFLINE_CACHES.pages,
        matchOptions: { ignoreSearch: true },
        precacheFallback: { fallbackURL: `/${pageFile(offlinePage)}` },
      },
    },
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
      handler: 'CacheFirst',
      // Old builds' files are never asked for again: the oldest go once there are many.
      options: { cacheName: OFFLINE_CACHES.assets, expiration: { maxEntries: 200 } },
    },
    {
      urlPattern: ({ sameOrigin }) => sameOrigin,
      handler: 'StaleWhileRevalidate',
      options: { cacheName: OFFLINE_CACHES.files, matchOptions: { ignoreSearch: true } },
    },
  ],
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB`);

// What "Keep every page on this device" saves when a reader asks (KeepOffline.astro).
const lists = keepLists(distDir);
writeFileSync(`${distDir}${KEEP_LIST_FILE}`, JSON.stringify(lists));
for (const locale of ['en', 'es'] as const) {
  const { files, bytes } = lists[locale];
  console.log(
    `keep offline (${locale}): ${files.length} files, ${(bytes / 1024).toFixed(0)} KB gzip ` +
      `beyond the first visit's ${(lists.firstVisitBytes / 1024).toFixed(0)} KB`,
  );
}
