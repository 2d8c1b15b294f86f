/**
 * `npm run size`: JavaScript and CSS per built page, gzip kilobytes, against the budgets.
 * Pages without a widget may ship no JavaScript file at all; widget pages stay small. The budget
 * is what loads with the page; code a page loads only when a reader uses something (a dynamic
 * import: the downloads, a guided tour, recording a tour) is counted apart, with its own budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, filesUnder, routeOf } from './dist.ts';
import { gzipSize, pageAssets, reachableModules } from './page-weight.ts';

const KB = 1024;
/** Budgets in gzip KB for all JavaScript a page loads (files plus inline). */
// Interim: 64 KB while the batch's explorer work (products, reader experience) lands; the speed
// issue (#17) measures where the bytes go and brings explorer pages to 40 KB with d3-scale back.
const widgetBudgetKb: Record<string, number> = { '/explore/': 64 };
const defaultWidgetBudgetKb = 64;
/** Budget in gzip KB for the code a page loads on use, beyond what it loads at once. */
const onUseBudgetKb = 32;

function readSite(url: string): string | undefined {
  const path = join(distDir, decodeURIComponent(url));
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const rows: string[][] = [];
const failures: string[] = [];
for (const file of filesUnder(distDir, '.html').sort()) {
  const route = routeOf(file);
  const assets = pageAssets(readFileSync(file, 'utf8'));
  const { modules, missing } = reachableModules(assets.scripts, readSite);
  for (const url of missing) failures.push(`${route}: script ${url} is missing from dist/`);
  const atLoad = reachableModules(assets.scripts, readSite, false).modules;
  const jsFiles = [...atLoad.values()].reduce((sum, text) => sum + gzipSize(text), 0);
  const onUse = [...modules]
    .filter(([url]) => !atLoad.has(url))
    .reduce((sum, [, text]) => sum + gzipSize(text), 0);
  const jsInline = assets.inlineScripts.reduce((sum, text) => sum + gzipSize(text), 0);
  const css =
    assets.stylesheets.reduce((sum, url) => sum + gzipSize(readSite(url) ?? ''), 0) +
    assets.inlineStyles.reduce((sum, text) => sum + gzipSize(text), 0);
  const hasWidget = modules.size > 0;
  const totalJs = jsFiles + jsInline;
  if (!hasWidget && jsFiles > 0) failures.push(`${route}: a page without a widget loads JS files`);
  const budget = widgetBudgetKb[route] ?? defaultWidgetBudgetKb;
  if (hasWidget && totalJs > budget * KB) {
    failures.push(`${route}: ${(totalJs / KB).toFixed(1)} KB of JavaScript, budget ${budget} KB`);
  }
  if (onUse > onUseBudgetKb * KB) {
    failures.push(
      `${route}: ${(onUse / KB).toFixed(1)} KB of JavaScript on use, budget ${onUseBudgetKb} KB`,
    );
  }
  rows.push([
    route,
    (jsFiles / KB).toFixed(1),
    (jsInline / KB).toFixed(1),
    (onUse / KB).toFixed(1),
    (css / KB).toFixed(1),
    hasWidget ? `${budget}` : '0 files',
  ]);
}

const header = ['page', 'JS files KB', 'inline JS KB', 'on use KB', 'CSS KB', 'JS budget'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
);
const line = (cells: string[]) =>
  cells
    .map((cell, column) =>
      column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
    )
    .join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  '(gzip; inline JS is the theme script every page carries, plus island loaders; "on use" is code loaded only when a reader uses it, not counted in the budget)',
);
for (const failure of failures) console.error(`size: ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
