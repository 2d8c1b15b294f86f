/**
 * The caches the service worker fills with what it saves when first used
 * (scripts/service-worker.ts), which the "keep every page" button fills too (keep-offline.ts):
 * pages, the hashed files under /_astro/, and the other files.
 */
export const OFFLINE_CACHES = {
  pages: 'cascade-pages',
  assets: 'cascade-assets',
  files: 'cascade-files',
} as const;

/**
 * The cache a site path belongs in, by the worker's rules: a page (a path ending in "/", which
 * the reader opens by navigating), a hashed file, or another file.
 */
export function cacheFor(path: string): string {
  if (path.endsWith('/')) return OFFLINE_CACHES.pages;
  if (path.startsWith('/_astro/')) return OFFLINE_CACHES.assets;
  return OFFLINE_CACHES.files;
}
