/**
 * After `astro build`: every page's styles are inlined (`build.inlineStylesheets: 'always'`),
 * and Astro puts each `<style>`'s sha256 into the page's Content Security Policy, except the
 * styles of components used inside MDX content (the fever check, the calculators' hints, the
 * tour list), which the browser then refuses. This step adds the missing hashes to the page's
 * `<meta>` policy, so each page allows exactly the styles it carries (deploy-config.ts builds
 * the header from these policies).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { distDir, filesUnder } from './dist.ts';

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/;

/** The CSP source for a style element's text, as the browser computes it. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page with every inline `<style>`'s hash in its policy's style-src (others unchanged). */
export function withStyleHashes(html: string): string {
  const meta = metaPattern.exec(html);
  if (!meta) return html;
  const directives = meta[2]!.split(';').map((part) => part.trim());
  const index = directives.findIndex((part) => /^style-src(\s|$)/.test(part));
  if (index < 0) return html;
  const styleSrc = directives[index]!.replaceAll('&#39;', "'").split(/\s+/);
  const missing = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
    .map((match) => styleHash(match[1] ?? ''))
    .filter((hash, position, all) => !styleSrc.includes(hash) && all.indexOf(hash) === position);
  if (missing.length === 0) return html;
  directives[index] = [...styleSrc, ...missing].join(' ');
  const policy = directives.filter(Boolean).join('; ');
  return html.replace(metaPattern, (_all, open: string, _policy, close: string) =>
    [open, policy, close].join(''),
  );
}

if (import.meta.main) {
  let changed = 0;
  for (const file of filesUnder(distDir, '.html')) {
    const html = readFileSync(file, 'utf8');
    const fixed = withStyleHashes(html);
    if (fixed !== html) {
      writeFileSync(file, fixed);
      changed += 1;
    }
  }
  console.log(`csp: style hashes added to ${changed} pages`);
}
