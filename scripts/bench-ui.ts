/**
 * `npm run bench:ui`: how quickly the explorer answers while a reader drags the tumor-burden
 * slider. It serves the built site (`npm run build` first) with `astro preview` on a free port,
 * opens /explore/ in Chromium (launched as playwright.config.ts does), drags the slider with the
 * mouse across its whole range and back, one step at a time, and measures in the page, for every
 * `input` event, the time from the event to the next animation frame (by then the model has run
 * and Svelte has updated the DOM; the frame that follows paints it). It also reports the time to
 * just after that frame's paint and the script work alone. Then it opens "100 people like this"
 * and, after short bursts of arrow-key presses on the slider, measures the time from the last
 * input to the first frame after the icon array shows that scenario's people (the panel's
 * `aria-busy` turns false when the latest answer from its worker is drawn). Prints the summary
 * lines, exits 0.
 */
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'astro';

const FRAME_MS = 1000 / 60;
const root = join(import.meta.dirname, '..');

interface Sample {
  /** Input event to the next requestAnimationFrame callback. */
  frame: number;
  /** Input event to just after that frame was painted. */
  paint: number;
  /** Input event to the end of the synchronous work it caused (model run and DOM update). */
  work: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (at - lo);
}

function stats(values: readonly number[]): { median: number; p90: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
}

if (!existsSync(join(root, 'dist', 'explore', 'index.html'))) {
  console.error('bench:ui: dist/explore/ is missing: run `npm run build` first');
  process.exit(1);
}

const systemChromium = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find(
  (path): path is string => Boolean(path) && existsSync(path as string),
);
const port = await freePort();
const server = await preview({ root, server: { host: '127.0.0.1', port }, logLevel: 'error' });
const browser = await chromium.launch({
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let samples: Sample[] | undefined;
let cohortLatencies: number[] | undefined;
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/explore/`);
  const explorer = page.getByRole('region', { name: 'Cascade explorer' });
  await explorer.and(page.locator('[data-ready]')).waitFor();
  const slider = explorer.getByRole('slider', { name: /Tumor burden/ });
  await slider.scrollIntoViewIfNeeded();

  await slider.evaluate((input) => {
    const bench = { samples: [] as Sample[], pending: Promise.resolve() };
    (window as unknown as { bench: typeof bench }).bench = bench;
    let last = { start: 0, work: 0 };
    // Capture phase on the slider itself: runs before Svelte's delegated handler.
    input.addEventListener(
      'input',
      (event) => {
        const start = event.timeStamp;
        last = { start, work: 0 };
        const current = last;
        bench.pending = new Promise<void>((resolve) => {
          requestAnimationFrame(() => {
            const frame = performance.now() - start;
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              bench.samples.push({ frame, paint: performance.now() - start, work: current.work });
              resolve();
            };
            channel.port2.postMessage(0);
          });
        });
      },
      { capture: true },
    );
    // Bubble phase on window: after Svelte's handler, whose update runs in the microtask it
    // queued; a microtask queued here runs after that update.
    window.addEventListener('input', () => {
      const current = last;
      queueMicrotask(() => (current.work = performance.now() - current.start));
    });
  });

  const box = await slider.boundingBox();
  if (!box) throw new Error('the burden slider has no box');
  const y = box.y + box.height / 2;
  // Thumb centre for a value 0–100 (Chromium's thumb is about 16 px wide).
  const xOf = (value: number) => box.x + 8 + ((box.width - 16) * value) / 100;
  const wait = () =>
    page.evaluate(() => (window as unknown as { bench: { pending: Promise<void> } }).bench.pending);

  await page.mouse.move(xOf(40), y);
  await page.mouse.down();
  const path = [
    ...Array.from({ length: 41 }, (_, i) => 40 - i),
    ...Array.from({ length: 100 }, (_, i) => i + 1),
  ];
  path.push(...Array.from({ length: 50 }, (_, i) => 99 - i));
  for (const value of path) {
    await page.mouse.move(xOf(value), y);
    await wait();
  }
  await page.mouse.up();
  await wait();
  samples = await page.evaluate(
    () => (window as unknown as { bench: { samples: Sample[] } }).bench.samples,
  );
  // Drop the first few inputs: the JIT is still warming up.
  samples = samples.slice(5);
  cohortLatencies = await cohortBursts(page, slider);
} finally {
  await browser.close();
  await server.stop();
}

/**
 * Opens the cohort panel, then presses an arrow key 5 times (30 ms apart) per burst and times
 * the last key's input event to the frame after the panel is no longer busy.
 */
async function cohortBursts(
  page: import('@playwright/test').Page,
  slider: import('@playwright/test').Locator,
): Promise<number[]> {
  const panel = page.locator('details[data-cohort]');
  await panel.locator('summary').click();
  const body = panel.locator('[aria-busy]');
  await body.and(page.locator('[aria-busy="false"]')).waitFor();
  await panel.locator('[data-icons]').waitFor();
  const latencies: number[] = [];
  await slider.evaluate((input) => {
    const w = window as unknown as { lastInput: number };
    input.addEventListener('input', (event) => (w.lastInput = event.timeStamp));
  });
  for (let burst = 0; burst < 8; burst++) {
    await slider.focus();
    for (let press = 0; press < 5; press++) {
      await page.keyboard.press(burst % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(30);
    }
    // No named functions in here: the page runs this source as it is (no bundler helpers).
    const latency = await body.evaluate(
      (element) =>
        new Promise<number>((resolve) => {
          const w = window as unknown as { lastInput: number };
          const observer = new MutationObserver(() => {
            if (element.getAttribute('aria-busy') !== 'false') return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - w.lastInput));
          });
          observer.observe(element, { attributes: true, attributeFilter: ['aria-busy'] });
          if (element.getAttribute('aria-busy') === 'false') {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - w.lastInput));
          }
        }),
    );
    latencies.push(latency);
  }
  return latencies;
}

if (cohortLatencies && cohortLatencies.length > 0) {
  const cohort = stats(cohortLatencies);
  console.log(
    `  100 people like this: icon array drawn median ${cohort.median.toFixed(1)} ms (p90 ${cohort.p90.toFixed(1)} ms) after the last input, ${cohortLatencies.length} bursts`,
  );
}
if (!samples || samples.length < 50) {
  console.error(
    `bench:ui: only ${samples?.length ?? 0} input events were measured (expected 50 or more)`,
  );
  process.exit(1);
}
const frame = stats(samples.map((s) => s.frame));
const paint = stats(samples.map((s) => s.paint));
const work = stats(samples.map((s) => s.work));
const ms = (x: number) => x.toFixed(1);
console.log(
  `bench:ui burden drag: median ${ms(frame.median)} ms (p90 ${ms(frame.p90)} ms) over ${samples.length} inputs, ${Math.round((100 * frame.median) / FRAME_MS)}% of a frame`,
);
console.log(
  `  input to after paint: median ${ms(paint.median)} ms (p90 ${ms(paint.p90)} ms); script work per input: median ${ms(work.median)} ms (p90 ${ms(work.p90)} ms)`,
);
process.exit(0);
