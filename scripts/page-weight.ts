/**
 * Page weight: which scripts and styles a built page makes the browser fetch, followed through
 * the static and dynamic imports of every module, counted once each and gzipped.
 */
import { gzipSync } from 'node:zlib';

/**
 * Relative module specifiers a bundled ES module imports (static, re-export and dynamic; only
 * the static ones, which load with the module, when `dynamic` is false).
 */
export function moduleImports(source: string, dynamic = true): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    /\bexport\s*[\w*{}\s,$]+from\s*["'](\.{1,2}\/[^"']+)["']/g,
    // The bundler writes a dynamic import's address in backquotes.
    ...(dynamic ? [/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g] : []),
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) found.add(match[1]);
  }
  return [...found];
}

export interface PageAssets {
  /** Site-absolute URLs of module entry points: script src, island component and renderer. */
  scripts: string[];
  /** Text of inline scripts (excluding JSON data blocks). */
  inlineScripts: string[];
  stylesheets: string[];
  inlineStyles: string[];
}

function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '').filter(Boolean);
}

export function pageAssets(html: string): PageAssets {
  const scripts = new Set([
    ...attributeValues(html, /<script\b[^>]*\ssrc="([^"]+)"/g),
    ...attributeValues(html, /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attributeValues(html, /\scomponent-url="([^"]+)"/g),
    ...attributeValues(html, /\srenderer-url="([^"]+)"/g),
  ]);
  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(
      (match) =>
        !/\ssrc=/.test(match[1] ?? '') && !/type="application\/(ld\+)?json"/.test(match[1] ?? ''),
    )
    .map((match) => match[2] ?? '')
    .filter((text) => text.trim() !== '');
  const stylesheets = attributeValues(html, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
    (match) => match[1] ?? '',
  );
  return { scripts: [...scripts], inlineScripts, stylesheets, inlineStyles };
}

export function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

/**
 * Every module reachable from the entry points. `read` returns a module's text by its
 * site-absolute URL (or undefined when it does not exist, which is an error for the caller).
 * With `dynamic` false, only what loads with the page: dynamic imports (code loaded when a
 * reader uses something) are not followed.
 */
export function reachableModules(
  entries: string[],
  read: (url: string) => string | undefined,
  dynamic = true,
): { modules: Map<string, string>; missing: string[] } {
  const modules = new Map<string, string>();
  const missing: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (modules.has(url) || missing.includes(url)) continue;
    const source = read(url);
    if (source === undefined) {
      missing.push(url);
      continue;
    }
    modules.set(url, source);
    for (const specifier of moduleImports(source, dynamic)) {
      queue.push(new URL(specifier, `https://site.invalid${url}`).pathname);
    }
  }
  return { modules, missing };
}
