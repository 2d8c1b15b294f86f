/**
 * A page's inline styles without the rules of components that are not on it. Astro gives every
 * page of a route the styles of every component any of its content files uses (/model/ carried
 * the explorer's charts and the calculators' styles), and inlines them all: on /model/ 12.7 KB
 * of its 34.7 KB of CSS could never apply.
 *
 * A component's rules are scoped by a token only that component writes: Svelte's class
 * `svelte-<hash>`, Astro's attribute `data-astro-cid-<hash>`. An element carrying one comes from
 * the page's HTML or from a script the page loads (a Svelte island draws with its compiled
 * template, which holds the class). So a selector naming a token found in neither can never
 * match, on this page, at any time, whatever the reader does. Only such selectors go; rules
 * without a token (the site's own CSS, `:global` rules) all stay.
 */
import postcss, { type AtRule } from 'postcss';

/** The scope tokens of Svelte and Astro components. */
export const SCOPE_TOKEN = /svelte-[a-z0-9]+|data-astro-cid-[a-z0-9]+/g;

/** The scope tokens `text` contains (HTML or scripts). */
export function scopeTokensIn(text: string): Set<string> {
  return new Set(text.match(SCOPE_TOKEN));
}

/**
 * Whether `selector` may match on a page that holds the scope tokens `present`: not when it
 * names one the page lacks. A negation could turn that round (`.a:not(.svelte-x)` matches
 * where no element has `svelte-x`), so a selector with one may always match.
 */
function canMatch(selector: string, present: ReadonlySet<string>): boolean {
  if (selector.includes(':not(')) return true;
  return (selector.match(SCOPE_TOKEN) ?? []).every((token) => present.has(token));
}

/**
 * `css` without the selectors that name a scope token `present` does not hold; a rule left
 * with no selector goes, and so does an at-rule (`@media`, `@container`…) left empty.
 * Keyframes are kept (their steps are not selectors). Throws on CSS postcss cannot parse.
 */
export function pruneStyle(css: string, present: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  let changed = false;
  root.walkRules((rule) => {
    const parent = rule.parent;
    if (parent?.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => canMatch(selector, present));
    if (kept.length === rule.selectors.length) return;
    changed = true;
    if (kept.length === 0) rule.remove();
    else rule.selector = kept.join(',');
  });
  if (!changed) return css;
  // Inner at-rules before the ones around them, so a @media left empty by an emptied
  // @container goes too.
  const atRules: AtRule[] = [];
  root.walkAtRules((atRule) => void atRules.push(atRule));
  for (const atRule of atRules.reverse()) {
    if (atRule.nodes !== undefined && atRule.nodes.length === 0) atRule.remove();
  }
  return root.toString();
}
