import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHtml, builtRoutes } from './site';

/** Every internal link and #anchor in dist/ resolves; read from the files, no browser needed. */
const routes = builtRoutes();
const distDir = join(import.meta.dirname, '..', 'dist');
const idsByPath = new Map(
  routes.map((route) => [
    route.path,
    new Set([...builtHtml(route).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])),
  ]),
);

function targetExists(pathname: string): boolean {
  if (idsByPath.has(pathname)) return true;
  const file = join(distDir, decodeURIComponent(pathname));
  return existsSync(file) && !file.endsWith('/');
}

for (const route of routes) {
  test(`every internal link on ${route.path} resolves`, () => {
    const broken: string[] = [];
    const html = builtHtml(route);
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = (match[1] ?? '').replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site.invalid${route.path}`);
      const pathname = url.pathname;
      if (!targetExists(pathname)) {
        broken.push(`${raw} (no page ${pathname})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsByPath.get(pathname)?.has(anchor)) broken.push(`${raw} (no #${anchor})`);
    }
    expect(broken).toEqual([]);
  });
}
