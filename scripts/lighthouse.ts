/**
 * `npm run lighthouse`: Lighthouse with mobile settings on each kind of page, against the
 * built site served with compression. Prints the four category scores per page and fails when
 * a target is missed: 100 for accessibility, best practices and SEO; 95 for performance.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve.ts';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/for-patients/', '/cascade/', '/glossary/', '/explore/', '/tools/crs-grade/'];
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const port = Number(process.env['LIGHTHOUSE_PORT'] ?? 4480);

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

let missed = 0;
try {
  console.log('page'.padEnd(22), 'perf  a11y  best  seo');
  for (const path of pages) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      onlyCategories: Object.keys(targets),
    });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.keys(targets).map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    console.log(path.padEnd(22), scores.map((score) => String(score).padStart(4)).join('  '));
    Object.entries(targets).forEach(([id, target], index) => {
      if ((scores[index] ?? 0) < target) {
        missed += 1;
        const audits = Object.values(result?.lhr.audits ?? {})
          .filter(
            (audit) =>
              audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
          )
          .filter((audit) =>
            result?.lhr.categories[id]?.auditRefs.some(
              (ref) => ref.id === audit.id && ref.weight > 0,
            ),
          )
          .map((audit) => audit.id);
        console.log(`  ${id} ${scores[index]} < ${target}: ${audits.join(', ')}`);
      }
    });
  }
} finally {
  chrome.kill();
  server.close();
}
process.exit(missed === 0 ? 0 : 1);
