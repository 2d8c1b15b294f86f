/**
 * After `astro build`, each page's inline styles and the policy that allows them. Every page's
 * styles are inlined (`build.inlineStylesheets: 'always'`), and this step:
 * - drops the rules of components the page does not have (prune-styles.ts): Astro gives every
 *   page of a route the styles of every component its content files use;
 * - sets the page's `<meta>` Content Security Policy to allow exactly the styles it carries.
 *   Astro's own list missed the styles of components used inside MDX content (the fever
 *   check, the calculators' hints, the tour list), which the browser then refused, and named
 *   about twenty that were on no page. deploy-config.ts builds the header from these policies.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { distDir, filesUnder, readSite } from './dist.ts';
import { pageAssets, pageScripts } from './page-weight.ts';
import { pruneStyle, scopeTokensIn } from './prune-styles.ts';

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/;

/** The CSP source for a style element's text, as the browser computes it. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page with its policy's style-src allowing exactly its inline `<style>`s: their hashes,
 * once each, in page order, after the sources that are not hashes. Other directives unchanged.
 */
export function withStyleHashes(html: string): string {
  const meta = metaPattern.exec(html);
  if (!meta) return html;
  const directives = meta[2]!.split(';').map((part) => part.trim());
  const index = directives.findIndex((part) => /^style-src(\s|$)/.test(part));
  if (index < 0) return html;
  const styleSrc = directives[index]!.replaceAll('&#39;', "'").split(/\s+/);
  const hashes = [
    ...new Set(
      [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) =>
        styleHash(match[1] ?? ''),
      ),
    ),
  ];
  const sources = [...styleSrc.filter((source) => !source.startsWith("'sha256-")), ...hashes];
  if (sources.join(' ') === styleSrc.join(' ')) return html;
  directives[index] = sources.join(' ');
  const policy = directives.filter(Boolean).join('; ');
  return html.replace(metaPattern, (_all, open: string, _policy, close: string) =>
    [open, policy, close].join(''),
  );
}

const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g;

/**
 * The page's inline styles without the rules of components it lacks: scope tokens are looked
 * for in its HTML outside its styles and in every script it loads, at once or on use
 * (`scripts`: their texts).
 */
export function withPrunedStyles(html: string, scripts: Iterable<string>): string {
  const present = scopeTokensIn([html.replace(STYLE, ''), ...scripts].join('\n'));
  return html.replace(
    STYLE,
    (_all, open: string, css: string, close: string) => open + pruneStyle(css, present) + close,
  );
}

if (import.meta.main) {
  let before = 0;
  let after = 0;
  for (const file of filesUnder(distDir, '.html')) {
    const html = readFileSync(file, 'utf8');
    const assets = pageAssets(html);
    const { firstLoad, onUse } = pageScripts(assets.scripts, readSite);
    const pruned = withPrunedStyles(html, [
      ...assets.inlineScripts,
      ...firstLoad.values(),
      ...onUse.values(),
    ]);
    before += assets.inlineStyles.join('').length;
    after += pageAssets(pruned).inlineStyles.join('').length;
    const fixed = withStyleHashes(pruned);
    if (fixed !== html) writeFileSync(file, fixed);
  }
  console.log(
    `page styles: ${(before / 1024).toFixed(0)} → ${(after / 1024).toFixed(0)} KB inline CSS ` +
      `over all pages; each page's policy allows exactly its styles`,
  );
}
