/**
 * Offline reading: after `astro build` and Pagefind, precache the whole built site (pages,
 * styles, scripts, fonts, the search index) in a Workbox service worker. Readers in hospitals
 * with poor Wi-Fi keep every page and the explorer after one visit.
 */
import { generateSW } from 'workbox-build';
import { distDir } from './dist.ts';

const { count, size, warnings } = await generateSW({
  globDirectory: distDir,
  globPatterns: [
    '**/*.{html,css,js,mjs,woff2,svg,png,webmanifest,json,pf_meta,pf_index,pf_fragment,wasm,txt,xml}',
  ],
  globIgnores: ['og/**'],
  swDest: `${distDir}/sw.js`,
  // Pages are directories: /cascade/ is /cascade/index.html in the cache.
  directoryIndex: 'index.html',
  // Shared links carry scenario queries (?burden=80…) and Pagefind adds ?ts=…: the cached file
  // is the same whatever the query says.
  ignoreURLParametersMatching: [/.*/],
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  mode: 'production',
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB`);
