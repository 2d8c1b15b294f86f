/** The built site as files: shared by the build-time gates (page weight, HTML validity). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '..', 'dist');

export function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

/** `dist/what-is-crs/index.html` → `/what-is-crs/`. */
export function routeOf(htmlFile: string, root = distDir): string {
  const rel = relative(root, htmlFile).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * Reads a built site under `root`: a file's text by its site-absolute URL (`/_astro/x.js`), or
 * undefined if there is none.
 */
export function siteReader(root: string): (url: string) => string | undefined {
  return (url) => {
    const path = join(root, decodeURIComponent(url));
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
}

/** A file of dist/ by its site-absolute URL (siteReader). */
export const readSite = siteReader(distDir);
