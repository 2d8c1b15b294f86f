/**
 * `npm run lighthouse`: a benchmark, not a test. Lighthouse on each kind of page, against the
 * built site served with compression, on mobile (simulated throttling, Lighthouse's default)
 * and desktop, three runs each; prints each figure's median and marks those that miss the
 * goals in lighthouse-summary.ts. Timings depend on the machine: on a busy one they are noisy.
 *
 *   npm run lighthouse                    every page type, 3 runs
 *   npm run lighthouse -- --runs 1 /es/   chosen pages, fewer runs
 *   npm run lighthouse -- --json out.json the medians as JSON too
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
  failedAudits,
  figures,
  formatFigures,
  medianFigures,
  missedGoals,
  runFigures,
  type RunFigures,
} from './lighthouse-summary.ts';
import { distDir } from './dist.ts';
import { serveDist } from './serve.ts';

/** One page of each kind. */
const pageTypes: Record<string, string> = {
  home: '/',
  patient: '/for-patients/',
  student: '/cascade/',
  model: '/model/',
  glossary: '/glossary/',
  explorer: '/explore/',
  calculator: '/tools/crs-grade/',
  spanish: '/es/',
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, json: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs));
const pages = positionals.length ? positionals : Object.values(pageTypes);
const port = Number(process.env['LIGHTHOUSE_PORT'] ?? 4480);
const formFactors = ['mobile', 'desktop'] as const;

// Lighthouse counts a canonical or hreflang link without an origin as invalid; a deployment
// sets CASCADE_SITE_URL, which makes them absolute.
if (/<link rel="canonical" href="\//.test(readFileSync(join(distDir, 'index.html'), 'utf8'))) {
  console.warn(
    `note: dist/ was built without CASCADE_SITE_URL, so SEO loses its canonical and hreflang ` +
      `audits; build with CASCADE_SITE_URL=http://127.0.0.1:${port} to measure it as deployed`,
  );
}

const chromePath =
  process.env['CHROMIUM_PATH'] ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = await serveDist(port);
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const header = ['page', 'form', 'perf', 'a11y', 'best', 'seo', 'LCP s', 'TBT ms', 'CLS', 'missed'];
const widths = [20, 7, 4, 4, 4, 4, 5, 6, 5, 0];
const line = (cells: string[]) =>
  cells
    .map((cell, column) =>
      column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
    )
    .join('  ')
    .trimEnd();

const medians: {
  page: string;
  formFactor: string;
  median: RunFigures;
  runs: RunFigures[];
  failedAudits: string[];
}[] = [];
try {
  console.log(`median of ${runs} run${runs > 1 ? 's' : ''} per page and form factor`);
  console.log(line(header));
  for (const path of pages) {
    for (const formFactor of formFactors) {
      const results: RunFigures[] = [];
      const failed = new Set<string>();
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(
          `http://127.0.0.1:${port}${path}`,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        results.push(runFigures(result.lhr));
        const scored = ['accessibility', 'best-practices', 'seo'];
        for (const audit of failedAudits(result.lhr, scored)) failed.add(audit);
      }
      const median = medianFigures(results);
      medians.push({ page: path, formFactor, median, runs: results, failedAudits: [...failed] });
      console.log(
        line([path, formFactor, ...formatFigures(median), missedGoals(median).join(' ')]),
      );
    }
  }
} finally {
  chrome.kill();
  server.close();
}

const missed = medians.filter((entry) => missedGoals(entry.median).length > 0).length;
console.log(
  `${medians.length - missed} of ${medians.length} meet every goal (${figures.join(', ')}); ` +
    'timings are simulated from this machine, so a busy machine lowers performance',
);
if (values.json) writeFileSync(values.json, `${JSON.stringify(medians, null, 2)}\n`);
