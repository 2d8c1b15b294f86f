/**
 * Page weight: which scripts and styles a built page makes the browser fetch, followed through
 * the imports of every module, counted once each and gzipped. Scripts are split into what loads
 * with the page (entry scripts and their static imports) and what loads only when used
 * (`import()`, workers).
 */
import { gzipSync } from 'node:zlib';

const QUOTED = String.raw`["'\`]([^"'\`]+)["'\`]`;
const LOCAL = /^(\.{1,2})?\//;

/** Module specifiers a bundled ES module names, split by when the browser fetches them. */
export interface ModuleEdges {
  /** Static imports and re-exports: fetched with the importing module, before it runs. */
  static: string[];
  /** `import()` and `new URL("….js", …)` (workers, lazily loaded modules): fetched on use. */
  onUse: string[];
}

function localMatches(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)]
    .map((match) => match[1] ?? '')
    .filter((specifier) => LOCAL.test(specifier));
}

/**
 * The site-local (relative or site-absolute) modules a bundled module imports; bare package
 * names and `node:` modules are not files of the site. Minified code writes strings in any of
 * the three quotes.
 */
export function moduleEdges(source: string): ModuleEdges {
  const staticImports = new Set([
    ...localMatches(
      source,
      new RegExp(String.raw`\bimport\s*(?:[\w*{}\s,$]+from\s*)?${QUOTED}`, 'g'),
    ),
    ...localMatches(source, new RegExp(String.raw`\bexport\s*[\w*{}\s,$]+from\s*${QUOTED}`, 'g')),
  ]);
  const onUse = new Set([
    ...localMatches(source, new RegExp(String.raw`\bimport\(\s*${QUOTED}\s*[,)]`, 'g')),
    ...localMatches(source, new RegExp(String.raw`\bnew URL\(\s*${QUOTED}`, 'g')).filter(
      (specifier) => /\.m?js$/.test(specifier),
    ),
  ]);
  return { static: [...staticImports], onUse: [...onUse].filter((url) => !staticImports.has(url)) };
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

/** A page's JavaScript files by when they load. URLs are site-absolute paths. */
export interface PageScripts {
  /** Entry scripts and everything they import statically: fetched and run at page load. */
  firstLoad: Map<string, string>;
  /** Reachable only through `import()` or a worker: fetched when a reader uses something. */
  onUse: Map<string, string>;
  missing: string[];
}

/**
 * Walks the module graph from a page's entry scripts. Each module is counted once, in the
 * first-load set when any static path reaches it, else in the on-use set. `read` returns a
 * module's text by its site-absolute URL (undefined when the file does not exist).
 */
export function pageScripts(
  entries: string[],
  read: (url: string) => string | undefined,
): PageScripts {
  const texts = new Map<string, string | undefined>();
  const load = (url: string): string | undefined => {
    if (!texts.has(url)) texts.set(url, read(url));
    return texts.get(url);
  };
  const resolve = (from: string, specifier: string): string =>
    new URL(specifier, `https://site.invalid${from}`).pathname;

  const walk = (starts: string[], follow: (edges: ModuleEdges) => string[], skip: Set<string>) => {
    const seen = new Map<string, string>();
    const queue = [...starts];
    while (queue.length > 0) {
      const url = queue.shift() as string;
      if (seen.has(url) || skip.has(url)) continue;
      const source = load(url);
      if (source === undefined) continue;
      seen.set(url, source);
      for (const specifier of follow(moduleEdges(source))) queue.push(resolve(url, specifier));
    }
    return seen;
  };

  const firstLoad = walk(entries, (edges) => edges.static, new Set());
  const lazyStarts = [...firstLoad].flatMap(([url, source]) =>
    moduleEdges(source).onUse.map((specifier) => resolve(url, specifier)),
  );
  const onUse = walk(
    lazyStarts,
    (edges) => [...edges.static, ...edges.onUse],
    new Set(firstLoad.keys()),
  );
  const missing = [...texts].filter(([, text]) => text === undefined).map(([url]) => url);
  return { firstLoad, onUse, missing };
}
