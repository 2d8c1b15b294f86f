/**
 * What the browser tests know about the built site: its routes are read from dist/, so every
 * new page is covered without editing a list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

const distDir = join(import.meta.dirname, '..', 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export interface BuiltRoute {
  path: string;
  file: string;
}

/** Every page of the built site, as its URL path (`/`, `/what-is-crs/` …). */
export function builtRoutes(): BuiltRoute[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first');
  return htmlFiles(distDir)
    .map((file) => {
      const rel = relative(distDir, file).split(sep).join('/');
      const path =
        rel === 'index.html'
          ? '/'
          : rel.endsWith('/index.html')
            ? `/${rel.slice(0, -'index.html'.length)}`
            : `/${rel}`;
      return { path, file };
    })
    .filter((route) => route.path !== '/404.html')
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function builtHtml(route: BuiltRoute): string {
  return readFileSync(route.file, 'utf8');
}

/** Collects console errors and uncaught exceptions (CSP violations arrive as console errors). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];
