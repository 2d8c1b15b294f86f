/**
 * What the browser tests know about the built site: its routes are read from dist/, so every
 * new page is covered without editing a list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const distDir = join(import.meta.dirname, '..', 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export interface BuiltRoute {
  path: string;
  file: string;
}

/** Every page of the built site, as its URL path (`/`, `/what-is-crs/` …). */
export function builtRoutes(): BuiltRoute[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first');
  return htmlFiles(distDir)
    .map((file) => {
      const rel = relative(distDir, file).split(sep).join('/');
      const path =
        rel === 'index.html'
          ? '/'
          : rel.endsWith('/index.html')
            ? `/${rel.slice(0, -'index.html'.length)}`
            : `/${rel}`;
      return { path, file };
    })
    .filter((route) => route.path !== '/404.html')
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function builtHtml(route: BuiltRoute): string {
  return readFileSync(route.file, 'utf8');
}

/** Collects console errors and uncaught exceptions (CSP violations arrive as console errors). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * What a test's init script kept on `window[name]`: its own record of what the page did (the
 * errors it reported, what a live region said, how a chart's width changed …).
 */
export function recorded<T>(page: Page, name: string): Promise<T> {
  return page.evaluate((key) => (window as unknown as Record<string, T>)[key] as T, name);
}

/**
 * Resolves after `count` animation frames: time for the page to answer a change it reacts to in
 * the next frame (a resize report, a late error).
 */
export function frames(page: Page, count = 2): Promise<void> {
  return page.evaluate(async (count) => {
    for (let frame = 0; frame < count; frame += 1) await new Promise(requestAnimationFrame);
  }, count);
}

/**
 * Whether the page has done what it does after loading, or with `report`, what it is still
 * doing, in words (empty when it is done): the load event not yet passed; islands not yet
 * hydrated that hydrate at load or when idle, or are on screen now (Astro watches a
 * `client:visible` island's children: an island is `display: contents`, and a child without a
 * box never counts); self-checks near the screen not yet wired; anything `aria-busy` (the
 * explorer's charts load after the first paint, the cohort panel computes); images not yet in.
 * Runs in the page, so self-contained (Playwright sends its source, not a closure).
 */
function pendingWork({ report }: { report: boolean }): string[] | boolean {
  const onScreen = (island: Element) =>
    [...island.children].some((child) => {
      if (child.getClientRects().length === 0) return false;
      const box = child.getBoundingClientRect();
      return box.bottom >= 0 && box.top <= innerHeight && box.right >= 0 && box.left <= innerWidth;
    });
  const islands = [...document.querySelectorAll('astro-island[ssr]')].filter((island) => {
    const when = island.getAttribute('client');
    return when === 'load' || when === 'idle' || (when === 'visible' && onScreen(island));
  });
  // The self-checks' script loads when one comes within half a screen (SelfCheck.astro) and,
  // once it has wired them, hides their `[data-no-js]` parts (self-check-page.ts).
  const nearChecks = [...document.querySelectorAll('[data-self-check], [data-before-check]')].some(
    (check) => {
      if (check.getClientRects().length === 0) return false;
      const box = check.getBoundingClientRect();
      return box.bottom >= -innerHeight / 2 && box.top <= innerHeight * 1.5;
    },
  );
  const unwired =
    nearChecks &&
    [...document.querySelectorAll<HTMLElement>('[data-self-check] [data-no-js]')].some(
      (part) => !part.hidden,
    );
  const pending = [
    ...(unwired ? ['self-checks not yet wired'] : []),
    ...(document.readyState === 'complete' ? [] : [`document ${document.readyState}`]),
    ...islands.map((island) => `island ${island.getAttribute('component-url') ?? '?'}`),
    ...[...document.querySelectorAll('[aria-busy="true"]')].map(
      (element) => `aria-busy <${element.localName} class="${element.className}">`,
    ),
    ...[...document.images].filter((image) => !image.complete).map((image) => `image ${image.src}`),
  ];
  return report ? pending : pending.length === 0;
}

/**
 * Waits until the page has done what it does after loading (see `pendingWork`) and its fonts
 * are in. Unlike Playwright's `networkidle` (no request for 500 ms), it ends as soon as the page
 * is ready and does not hang on a request that never settles. An island that starts hydrating
 * and is then scrolled away is no longer waited for: settle before scrolling, and again after.
 * Rejects after `timeout` ms naming what is still pending (an island whose code failed to load
 * never hydrates; the page's console errors say why).
 */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(pendingWork, { report: false }, { polling: 50, timeout });
  } catch (error) {
    const left = await page.evaluate(pendingWork, { report: true }).catch(() => '(page gone)');
    throw new Error(
      `${page.url()} not settled after ${timeout} ms: ${Array.isArray(left) ? left.join('; ') : String(left)}`,
      {
        cause: error,
      },
    );
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Opens the full explorer at /explore/ with `query` (`?burden=80…`, or nothing) and waits until
 * it has hydrated and read the address. Resolves with the explorer's region.
 */
export async function openExplorer(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/explore/${query}`);
  const explorer = page.getByRole('region', { name: 'Cascade explorer' });
  await expect(explorer).toHaveAttribute('data-ready', 'true');
  return explorer;
}

/**
 * Presses `key` (Tab unless given) until `target` has focus, at most `limit` times: the way a
 * keyboard reader gets there. Fails if it never does.
 */
export async function tabTo(page: Page, target: Locator, limit = 80, key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/**
 * What makes the page scroll sideways: null when nothing does, else the page's width against
 * the window's and the first elements that reach past its right edge.
 */
export async function sidewaysSpill(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const past = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return `${root.scrollWidth} px wide in ${root.clientWidth} px: ${past.join(', ')}`;
  });
}

/** Content that scrolls sideways inside itself without a name or a keyboard stop. */
export async function unreachableScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return (
          /auto|scroll/.test(style.overflowX) &&
          element.scrollWidth > element.clientWidth + 1 &&
          element.checkVisibility()
        );
      })
      .filter(
        (element) =>
          !(element instanceof HTMLElement && element.tabIndex >= 0) ||
          !(element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')),
      )
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
  );
}

/** Citation cards that, opened by focus, reach past the window's edges (left or right). */
export async function citeCardsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside: string[] = [];
    for (const mark of document.querySelectorAll<HTMLElement>('.cite-mark')) {
      // A mark inside a closed disclosure cannot be focused until it is opened.
      if (!mark.checkVisibility()) continue;
      mark.focus({ preventScroll: true });
      const card = document.getElementById(mark.getAttribute('aria-describedby') ?? '');
      const box = card?.getBoundingClientRect();
      if (!box || box.width === 0 || box.left < 0 || box.right > width) {
        outside.push(
          `[${mark.textContent}] ${Math.round(box?.left ?? 0)}–${Math.round(box?.right ?? 0)} px`,
        );
      }
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return outside;
  });
}
