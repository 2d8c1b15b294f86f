/**
 * `npm run lighthouse`: a benchmark, not a test. Lighthouse on each kind of page, against the
 * built site served with compression, on mobile (simulated throttling, Lighthouse's default)
 * and desktop, three runs each; prints each figure's median and marks those that miss the
 * goals in lighthouse-summary.ts. Timings depend on the machine: on a busy one they are noisy.
 *
 *   npm run lighthouse                    every page type, 3 runs
 *   npm run lighthouse -- --runs 1 /es/   chosen pages, fewer runs
 *   npm run lighthouse -- --json out.json the medians as JSON too
 *   npm run lighthouse -- --calibrate     mobile runs slow the CPU to a mid-tier phone's speed
 *                                         from this machine's benchmark index, not by 4×
 *
 * Each row also gives the median of Lighthouse's benchmark index for this machine during its
 * runs (the CPU column): a machine slower or faster than the high-end desktop that Lighthouse's
 * fixed 4× slowdown assumes (index about 1500–2000) shifts every timing, which is what
 * `--calibrate` corrects (lighthouse-summary.ts, cpuSlowdownFor).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
  cpuSlowdownFor,
  failedAudits,
  figures,
  formatFigures,
  median,
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
  options: {
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
    calibrate: { type: 'boolean', default: false },
  },
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

const header = [
  'page',
  'form',
  'perf',
  'a11y',
  'best',
  'seo',
  'LCP s',
  'TBT ms',
  'CLS',
  'CPU',
  'missed',
];
const widths = [20, 7, 4, 4, 4, 4, 5, 6, 5, 5, 0];
const line = (cells: string[]) =>
  cells
    .map((cell, column) =>
      column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
    )
    .join('  ')
    .trimEnd();

type Settings = NonNullable<Parameters<typeof lighthouse>[1]>;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** One Lighthouse run of a page; mobile with the given CPU slowdown (Lighthouse's 4× if none). */
async function audit(path: string, formFactor: string, categories: string[], slowdown?: number) {
  const settings: Settings = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    ...(formFactor === 'mobile' && slowdown !== undefined
      ? { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: slowdown } }
      : {}),
  };
  const result = await lighthouse(
    `http://127.0.0.1:${port}${path}`,
    settings,
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
  return result.lhr;
}

const medians: {
  page: string;
  formFactor: string;
  median: RunFigures;
  runs: RunFigures[];
  failedAudits: string[];
  /** Lighthouse's benchmark index of this machine, median over the runs. */
  benchmarkIndex: number;
  /** The CPU slowdown of the runs (desktop runs have none). */
  cpuSlowdown: number;
}[] = [];
/** Lighthouse's own mobile CPU slowdown (4×), used unless `--calibrate` sets another. */
const defaultSlowdown = throttling.mobileSlow4G.cpuSlowdownMultiplier;
let mobileSlowdown: number | undefined;
let calibratedIndex = Number.NaN;
/** Lighthouse's CPU benchmark index of one run (NaN if it gave none). */
const indexOf = (lhr: { environment?: { benchmarkIndex?: number } }) =>
  Number(lhr.environment?.benchmarkIndex ?? Number.NaN);
const valid = (index: number) => Number.isFinite(index) && index > 0;
const shown = (index: number) => (valid(index) ? index.toFixed(0) : 'n/a');
try {
  if (values.calibrate) {
    // Three performance-only runs of the first page: the index moves from run to run on a
    // shared machine. It is measured once; rows whose own index strays far from it say so.
    const indices: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const lhr = await audit(pages[0]!, 'mobile', ['performance']);
      indices.push(indexOf(lhr));
    }
    calibratedIndex = median(indices);
    if (valid(calibratedIndex)) {
      mobileSlowdown = cpuSlowdownFor(calibratedIndex);
      console.log(
        `calibrated: benchmark index ${shown(calibratedIndex)} (runs ${indices.map(shown).join(', ')}), ` +
          `so mobile runs slow the CPU ${mobileSlowdown.toFixed(1)}× instead of ${defaultSlowdown}×`,
      );
    } else {
      console.warn(
        `calibration: Lighthouse gave no benchmark index; mobile runs keep ${defaultSlowdown}×`,
      );
    }
  }
  console.log(`median of ${runs} run${runs > 1 ? 's' : ''} per page and form factor`);
  console.log(line(header));
  for (const path of pages) {
    for (const formFactor of formFactors) {
      const results: RunFigures[] = [];
      const indices: number[] = [];
      const failed = new Set<string>();
      for (let run = 0; run < runs; run += 1) {
        const lhr = await audit(path, formFactor, categories, mobileSlowdown);
        results.push(runFigures(lhr));
        indices.push(indexOf(lhr));
        const scored = ['accessibility', 'best-practices', 'seo'];
        for (const failure of failedAudits(lhr, scored)) failed.add(failure);
      }
      const middle = medianFigures(results);
      const benchmarkIndex = median(indices);
      medians.push({
        page: path,
        formFactor,
        median: middle,
        runs: results,
        failedAudits: [...failed],
        benchmarkIndex,
        cpuSlowdown: formFactor === 'mobile' ? (mobileSlowdown ?? defaultSlowdown) : 1,
      });
      console.log(
        line([
          path,
          formFactor,
          ...formatFigures(middle),
          shown(benchmarkIndex),
          missedGoals(middle).join(' '),
        ]),
      );
      if (
        mobileSlowdown !== undefined &&
        Math.abs(benchmarkIndex - calibratedIndex) > 0.25 * calibratedIndex
      ) {
        console.log(
          `  (this row's CPU index is over 25% from the calibrated ${shown(calibratedIndex)})`,
        );
      }
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
const validIndices = medians.map((entry) => entry.benchmarkIndex).filter(valid);
const index = validIndices.length > 0 ? median(validIndices) : Number.NaN;
console.log(
  `CPU: benchmark index ${shown(index)} (median; Lighthouse's fixed ${defaultSlowdown}× fits an index of about 1,533); ` +
    (mobileSlowdown !== undefined
      ? `mobile runs slowed the CPU ${mobileSlowdown.toFixed(1)}× (calibrated)`
      : valid(index)
        ? `mobile runs slowed the CPU ${defaultSlowdown}×, where this machine's index asks for ` +
          `${cpuSlowdownFor(index).toFixed(1)}× (\`-- --calibrate\`)`
        : `mobile runs slowed the CPU ${defaultSlowdown}×`),
);
