/**
 * `npm run reader-tasks -- --url http://127.0.0.1:4321 --label after [--out file.json]`:
 * how far the site's readers scroll and how often they tap to reach the answer of their main
 * task, on a 360 × 780 phone and a 1280 × 800 laptop. It walks a site that is already served
 * (the built site with `npx astro preview`, or an older build on another port), so the same walk
 * measures the site before and after a change. `--compare before.json after.json` prints the two
 * side by side.
 *
 * The walk is a reader who reads from the top and knows what to look for, done the same way on
 * every version of the site:
 * - `reveal`: the reader scrolls, no further than needed, until a target is wholly on screen and
 *   clear of anything stuck to the top of the window (a sticky bar); the distance is counted.
 *   Jumps the page makes itself (a link to an anchor, a new page) are not the reader's scrolling.
 * - `tap`: one tap or click on a control (a link, a radio, a button, a field before typing in
 *   it). Typing the value itself is not a tap.
 * The answer is reached when its last target has been revealed.
 *
 * Before and after a change (as issue 14's closing note was measured; ports are examples):
 *   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   (cd /tmp/before && npx astro build && npx astro preview --port 4433) &
 *   npm run reader-tasks -- --url http://127.0.0.1:4433 --label before --out before.json
 *   npm run build && (npx astro preview --port 4423 &)
 *   npm run reader-tasks -- --url http://127.0.0.1:4423 --label after --out after.json
 *   npm run reader-tasks -- --compare before.json after.json
 *   git worktree remove --force /tmp/before
 *
 * Output (format `reader-tasks/v1`), one JSON object:
 *   { format, label, url, date, results: [{ reader, task, viewport: "360x780",
 *     screens, scrolledPx, taps, steps: [{ action, target, scrolledPx }] }] }
 * where `screens` = scrolledPx / the viewport's height, rounded to 0.01. Another walk can be
 * added to `TASKS` below (each is a function of a `Reader`) and measured the same way.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Locator, type Page } from '@playwright/test';

export const FORMAT = 'reader-tasks/v1';
export const VIEWPORTS = [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
] as const;

interface Step {
  action: 'reveal' | 'tap' | 'type';
  target: string;
  scrolledPx: number;
}

export interface TaskResult {
  reader: string;
  task: string;
  viewport: string;
  screens: number;
  scrolledPx: number;
  taps: number;
  steps: Step[];
}

export interface Report {
  format: typeof FORMAT;
  label: string;
  url: string;
  date: string;
  results: TaskResult[];
}

/** A reader on one page at one size, counting what they do. */
export class Reader {
  readonly steps: Step[] = [];

  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.base).href);
    await this.page.waitForLoadState('networkidle');
  }

  /** Scrolls as a reader would until `target` is wholly in view; counts the distance. */
  async reveal(target: Locator, name: string): Promise<void> {
    await target.first().waitFor({ state: 'visible' });
    const delta = await target.first().evaluate((element) => {
      const box = element.getBoundingClientRect();
      // Whatever is stuck to the top of the window (and is not the target's own) hides what
      // scrolls under it.
      let top = 0;
      for (const other of document.querySelectorAll('body *')) {
        const position = getComputedStyle(other).position;
        if (position !== 'sticky' && position !== 'fixed') continue;
        if (other.contains(element) || element.contains(other)) continue;
        const rect = other.getBoundingClientRect();
        if (rect.height > 0 && rect.top <= 1 && rect.bottom > 0 && rect.bottom < innerHeight / 2)
          top = Math.max(top, rect.bottom);
      }
      const room = innerHeight - top;
      if (box.top >= top && box.bottom <= innerHeight) return 0;
      // Below: bring its bottom to the window's bottom (its top, if it is taller than the room);
      // above: bring its top just under whatever is stuck there.
      if (box.top > top) return box.height > room ? box.top - top : box.bottom - innerHeight;
      return box.top - top;
    });
    const before = await this.page.evaluate(() => window.scrollY);
    await this.page.evaluate((by) => window.scrollBy({ top: by, behavior: 'instant' }), delta);
    const after = await this.page.evaluate(() => window.scrollY);
    this.steps.push({ action: 'reveal', target: name, scrolledPx: Math.abs(after - before) });
  }

  /** Reveals `target` and taps it once. */
  async tap(target: Locator, name: string): Promise<void> {
    await this.reveal(target, name);
    await target.first().click();
    this.steps.push({ action: 'tap', target: name, scrolledPx: 0 });
  }

  /** Reveals a field, taps it and types `text` (the typing is not a tap). */
  async type(field: Locator, name: string, text: string): Promise<void> {
    await this.tap(field, name);
    await field.first().fill(text);
    this.steps.push({ action: 'type', target: `${name}: ${text}`, scrolledPx: 0 });
  }

  /** Opens the page's menu on a phone, when the target is in it and hidden until then. */
  async tapMenuIfHidden(target: Locator): Promise<void> {
    if (await target.first().isVisible()) return;
    await this.tap(this.page.locator('summary', { hasText: 'Menu' }), 'Menu');
  }
}

/** The answer is on screen; a walk that cannot reach it fails loudly rather than measuring less. */
async function expectText(target: Locator, text: RegExp): Promise<void> {
  const content = (await target.first().innerText()).replace(/\s+/g, ' ');
  if (!text.test(content)) throw new Error(`expected ${String(text)}, found "${content}"`);
}

interface Task {
  reader: string;
  task: string;
  walk: (reader: Reader) => Promise<void>;
}

/** A value's radio by its query value (the address contract, the same on every version). */
const radio = (page: Page, group: string, value: string) =>
  page.locator(`.grade-tool label:has(input[type="radio"][name$="-${group}"][value="${value}"])`);

export const TASKS: Task[] = [
  {
    reader: 'caregiver',
    task: 'the night before CAR-T: when to call the team, and the emergency number (from /)',
    async walk(reader) {
      const { page } = reader;
      await reader.open('/');
      // The first link in the page's text that promises when to call.
      const link = page.getByRole('main').getByRole('link', { name: /when to call/i });
      await reader.tap(link, `link "${(await link.first().innerText()).trim()}"`);
      await page.waitForURL(/\/for-patients\//);
      await page.waitForLoadState('networkidle');
      const emergency = page.locator('section[aria-labelledby="call-emergency"]');
      const team = page.locator('section[aria-labelledby="call-team"]');
      await reader.reveal(emergency.locator('h3, li').first(), 'emergency heading');
      await reader.reveal(emergency.locator('li').first(), 'first reason to call 911');
      await expectText(emergency, /911/);
      await reader.reveal(team.locator('h3').first(), 'call-your-team heading');
      await reader.reveal(team.locator('li').first(), 'first reason to call the team');
    },
  },
  {
    reader: 'hematologist',
    task: 'CRS grade: 39.2 °C, one vasopressor, 4 L/min nasal cannula (at /tools/crs-grade/)',
    async walk(reader) {
      const { page } = reader;
      await reader.open('/tools/crs-grade/');
      await reader.type(page.getByLabel('Highest temperature (°C)'), 'temperature', '39.2');
      await reader.tap(radio(page, 'bp', 'one-pressor'), 'one vasopressor');
      await reader.tap(radio(page, 'o2', 'low-flow'), 'low-flow oxygen');
      const result = page.getByRole('status', { name: 'Result' });
      await reader.reveal(result, 'result');
      await expectText(result, /CRS grade 3/);
    },
  },
  {
    reader: 'hematologist',
    task: 'ICANS grade: ICE 6, awake, no seizure, motor finding or edema (at /tools/icans-grade/)',
    async walk(reader) {
      const { page } = reader;
      await reader.open('/tools/icans-grade/');
      await reader.type(page.getByLabel('ICE score (0–10)'), 'ICE score', '6');
      await reader.tap(radio(page, 'consciousness', 'awake'), 'awake');
      for (const group of ['seizure', 'motor', 'edema'])
        await reader.tap(radio(page, group, 'none'), `${group}: none`);
      const result = page.getByRole('status', { name: 'Result' });
      await reader.reveal(result, 'result');
      await expectText(result, /ICANS grade 2/);
    },
  },
];

function chromiumPath(): string | undefined {
  return [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  );
}

export async function measure(url: string, label: string, tasks = TASKS): Promise<Report> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox'],
  });
  const results: TaskResult[] = [];
  try {
    for (const task of tasks) {
      for (const viewport of VIEWPORTS) {
        // A new reader each time: light theme, no stored choice, reduced motion off.
        const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
        const reader = new Reader(await context.newPage(), url);
        await task.walk(reader);
        await context.close();
        const scrolledPx = reader.steps.reduce((sum, step) => sum + step.scrolledPx, 0);
        results.push({
          reader: task.reader,
          task: task.task,
          viewport: `${viewport.width}x${viewport.height}`,
          screens: Math.round((scrolledPx / viewport.height) * 100) / 100,
          scrolledPx: Math.round(scrolledPx),
          taps: reader.steps.filter((step) => step.action === 'tap').length,
          steps: reader.steps,
        });
      }
    }
  } finally {
    await browser.close();
  }
  return { format: FORMAT, label, url, date: new Date().toISOString(), results };
}

function read(file: string): Report {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  if (report.format !== FORMAT) throw new Error(`${file} is not ${FORMAT}`);
  return report;
}

/** A Markdown table: one row per task and viewport, the reports' figures side by side. */
export function table(reports: readonly Report[]): string {
  const head = ['Reader', 'Task', 'Viewport', ...reports.map((r) => `${r.label}: screens, taps`)];
  const rows = reports[0]!.results.map((row) => [
    row.reader,
    row.task,
    row.viewport.replace('x', ' × '),
    ...reports.map((report) => {
      const match = report.results.find(
        (other) => other.task === row.task && other.viewport === row.viewport,
      );
      return match ? `${match.screens.toFixed(2)}, ${match.taps}` : '–';
    }),
  ]);
  return [head, head.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    label: { type: 'string', default: 'site' },
    out: { type: 'string' },
    compare: { type: 'boolean', default: false },
  },
});

if (values.compare) {
  console.log(table(positionals.map(read)));
} else if (values.url) {
  const report = await measure(values.url, values.label);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(table([report]));
} else {
  console.error(
    'usage: npm run reader-tasks -- --url http://127.0.0.1:4321 [--label after] [--out after.json]\n' +
      '       npm run reader-tasks -- --compare before.json after.json',
  );
  process.exit(2);
}
