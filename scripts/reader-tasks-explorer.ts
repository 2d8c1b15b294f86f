/**
 * The medical student's main task on /explore/, measured as a reader would do it, on a
 * 360 × 780 phone and a 1280 × 800 laptop: set the tumor burden high, add tocilizumab at grade 2,
 * see what happens to free IL-6 and ICANS, then compare with anakinra. Prints, for each width,
 * the screens scrolled (every pixel the page travelled, up or down, over the window's height)
 * and the taps (a button or a radio is 1, a drop-down list is 2: open it, choose); each step
 * is listed with the screens it scrolled.
 *
 *     npm run build && npx tsx scripts/reader-tasks-explorer.ts
 *     npx tsx scripts/reader-tasks-explorer.ts --base http://127.0.0.1:4434   # a site already served
 *
 * Without `--base` it serves this checkout's dist/ with `astro preview`. Run it against an older
 * build (`git worktree add`, build, `astro preview`, `--base`) to compare: the steps read the
 * page as a reader would and take the shortest way that page offers (its A-against-B switch if
 * it has one, else changing the drugs back and forth), so the same script measures both.
 *
 * The reader scrolls only as far as needed to see the whole of what they tap or read. "See what
 * happens" reads what the change did beside the control when the page says so there, else the
 * 28-day figures (worst ICANS grade, highest IL-6); the comparison reads the summary pinned
 * over the controls when it gives both scenarios' ICANS and IL-6, else the figures.
 */
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { preview } from 'astro';

const root = join(import.meta.dirname, '..');
const SIZES = [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
] as const;

interface Tally {
  taps: number;
  steps: string[];
}

/** The screens the page has travelled so far. */
const screens = (page: Page) =>
  page.evaluate(() => (window as unknown as { travelled: number }).travelled / window.innerHeight);

/** Does `act`, and notes it as `step` with the screens it scrolled. */
async function noted(page: Page, tally: Tally, step: string, act: () => Promise<void>) {
  const before = await screens(page);
  await act();
  tally.steps.push(`${step} +${((await screens(page)) - before).toFixed(1)}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Waits until the page has not scrolled for 250 ms (a smooth scroll has ended). */
async function settle(page: Page): Promise<void> {
  let last = -1;
  for (let tries = 0; tries < 40; tries += 1) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(250);
  }
}

/** Scrolls as little as needed to show the whole of `target` (the reader's thumb). */
async function reveal(target: Locator): Promise<void> {
  await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    element.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  });
  await settle(target.page());
}

async function tap(target: Locator, tally: Tally, step: string): Promise<void> {
  await noted(target.page(), tally, step, async () => {
    await reveal(target);
    await target.click();
    tally.taps += 1;
    await settle(target.page());
  });
}

async function choose(target: Locator, value: string, tally: Tally, step: string): Promise<void> {
  await noted(target.page(), tally, step, async () => {
    await reveal(target);
    await target.focus(); // the tap that opens the list
    await target.selectOption(value);
    tally.taps += 2;
    await settle(target.page());
  });
}

/** Where the reader finds an answer: the elements to see whole, if the first says `text`. */
interface Place {
  selectors: readonly string[];
  text?: RegExp;
}

/** Reads the first of `places` the page has (all of its parts), scrolling to each. */
async function read(page: Page, places: readonly Place[], tally: Tally, step: string) {
  for (const { selectors, text } of places) {
    const first = page.locator(selectors[0] ?? '').first();
    if ((await first.count()) === 0) continue;
    if (text && !text.test((await first.textContent()) ?? '')) continue;
    await noted(page, tally, `${step} (${selectors.join(', ')})`, async () => {
      for (const selector of selectors) await reveal(page.locator(selector).first());
    });
    return;
  }
  throw new Error(`${step}: nothing to read`);
}

async function studentTask(page: Page, base: string): Promise<{ screens: number } & Tally> {
  await page.goto(`${base}/explore/`);
  const explorer = page.getByRole('region', { name: 'Cascade explorer' });
  await explorer.and(page.locator('[data-ready="true"]')).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { travelled: number };
    w.travelled = 0;
    let last = window.scrollY;
    window.addEventListener('scroll', () => {
      w.travelled += Math.abs(window.scrollY - last);
      last = window.scrollY;
    });
  });
  const tally: Tally = { taps: 0, steps: [] };
  const figures: Place = { selectors: ['[data-figure="icans"]', '[data-figure="il6"]'] };
  // The summary pinned over the controls, where it gives both scenarios' ICANS and IL-6.
  const pinned: Place = { selectors: ['[data-live-summary]'], text: /A: .*ICANS.*IL-6.*B: .*IL-6/ };

  await tap(explorer.getByRole('button', { name: /^High/ }), tally, 'burden: High');
  await choose(explorer.getByLabel(/^Tocilizumab/), 'grade2', tally, 'tocilizumab: grade 2');
  const change: Place = { selectors: ['[data-change="tocilizumab"]'] };
  await read(page, [change, figures], tally, 'see IL-6 and ICANS');

  const scenarioB = explorer.getByRole('radio', { name: 'Scenario B' });
  if ((await scenarioB.count()) > 0) {
    await tap(scenarioB, tally, 'compare with: Scenario B');
    await choose(explorer.getByLabel(/^Anakinra/), 'grade2', tally, 'B: anakinra grade 2');
  } else {
    await choose(explorer.getByLabel(/^Tocilizumab/), 'off', tally, 'tocilizumab: off');
    await choose(explorer.getByLabel(/^Anakinra/), 'grade2', tally, 'anakinra: grade 2');
  }
  await read(page, [pinned, figures], tally, 'compare IL-6 and ICANS');

  return { screens: await screens(page), ...tally };
}

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
let base = baseAt >= 0 ? args[baseAt + 1] : undefined;
let server: Awaited<ReturnType<typeof preview>> | undefined;
if (!base) {
  if (!existsSync(join(root, 'dist', 'explore', 'index.html'))) {
    console.error('reader-tasks-explorer: dist/explore/ is missing: run `npm run build` first');
    process.exit(1);
  }
  const port = await freePort();
  server = await preview({ root, server: { host: '127.0.0.1', port }, logLevel: 'error' });
  base = `http://127.0.0.1:${port}`;
}

const systemChromium = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find(
  (path): path is string => Boolean(path) && existsSync(path as string),
);
const browser = await chromium.launch({
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox'],
});
try {
  console.log(`Medical student at ${base}/explore/`);
  console.log('| width | screens scrolled | taps | steps |');
  console.log('| --- | --- | --- | --- |');
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size, serviceWorkers: 'block' });
    const result = await studentTask(page, base);
    console.log(
      `| ${size.width} × ${size.height} | ${result.screens.toFixed(1)} | ${result.taps} | ${result.steps.join('; ')} |`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server?.stop();
}
