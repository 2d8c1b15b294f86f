import { describe, expect, it } from 'vitest';
import { OFFLINE_CACHES, cacheFor } from './offline-caches';

describe('which cache a kept file goes in', () => {
  it('follows the service worker: pages, hashed files, the rest', () => {
    expect(cacheFor('/model/')).toBe(OFFLINE_CACHES.pages);
    expect(cacheFor('/es/')).toBe(OFFLINE_CACHES.pages);
    expect(cacheFor('/_astro/Explorer.abc123.js')).toBe(OFFLINE_CACHES.assets);
    expect(cacheFor('/favicon.svg')).toBe(OFFLINE_CACHES.files);
  });
});
