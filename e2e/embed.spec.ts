import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { builtRoutes, frames, themes, watchErrors } from './site';

const embeds = builtRoutes().filter((route) => route.path.startsWith('/embed/'));

test('every explorer preset has an embed route', () => {
  expect(embeds.map((route) => route.path)).toEqual(
    expect.arrayContaining(['/embed/burden/', '/embed/drugs/', '/embed/research-arms/']),
  );
});

test('an embed renders its preset with minimal chrome and gives its iframe code', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  await page.goto('/embed/research-arms/');
  await expect(page.locator('.nav-wide, .nav-narrow')).toHaveCount(0);
  await expect(page.getByText('Tocilizumab', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/teaching model, not a prediction/i).first()).toBeVisible();
  await page.getByText('Embed this on your own page').click();
  const code = page.getByLabel('Embed code (an iframe)');
  await expect(code).toHaveValue(
    /^<iframe src="https?:\/\/[^"]+\/embed\/research-arms\/\?theme=auto"/,
  );
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText('Embed code copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());
  expect(errors).toEqual([]);
});

test('while the default embed plays its course on a phone, nothing under its sentence moves up, before and after the width changes', async ({
  page,
}) => {
  // Where the key figures (first under the sentence) stand at every frame from the first script.
  await page.addInitScript(() => {
    const tops: number[] = [];
    Object.assign(window, { figureTops: tops });
    const record = () => {
      const figures = document.querySelector('.key-figures');
      if (figures) tops.push(Math.round(figures.getBoundingClientRect().top + scrollY));
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  /** The moves up since the last call, and a fresh start. */
  const movesUp = () =>
    page.evaluate(() => {
      const tops = (window as unknown as { figureTops: number[] }).figureTops;
      const ups = tops.flatMap((top, i) =>
        i > 0 && top < tops[i - 1]! ? [`${tops[i - 1]} → ${top}`] : [],
      );
      tops.length = 0;
      return ups;
    });
  const day = page.getByRole('slider', { name: /day/i });
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/embed/default/');
  // It plays from day 0 once in view: the sentence runs from two lines to four as days pass.
  await expect.poll(async () => Number(await day.inputValue())).toBeGreaterThan(6);
  expect(await movesUp()).toEqual([]);
  // Paused at the course's longest sentence, the host page widens its frame: the sentence fits
  // the new width, then holds that room when a shorter one follows.
  await page.getByRole('button', { name: 'Pause' }).click();
  await day.fill('6.1');
  await page.setViewportSize({ width: 430, height: 823 });
  await frames(page);
  await movesUp();
  await day.fill('28');
  await frames(page);
  expect(await movesUp()).toEqual([]);
  // A new scenario is a new course: the room held for the old one's sentences is given back.
  const height = () =>
    page.locator('[data-moment]').evaluate((sentence) => sentence.getBoundingClientRect().height);
  const held = await height();
  await page.getByRole('slider', { name: /tumor burden/i }).press('ArrowLeft');
  await frames(page);
  expect(await height()).toBeLessThan(held);
});

test('the embed works inside an iframe on another page', async ({ page, baseURL }) => {
  await page.goto('/');
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'embedded explorer';
    frame.style.width = '800px';
    frame.style.height = '900px';
    document.body.append(frame);
  }, `${baseURL}/embed/burden/`);
  const inner = page.frameLocator('iframe[title="embedded explorer"]');
  await expect(inner.getByRole('slider').first()).toBeVisible();
});

/**
 * A teacher chooses the embed's colours (`?theme=light|dark|auto`); auto, the default, follows
 * the system setting of whoever reads the host page. The page background is --color-bg.
 */
const backgrounds = { light: 'rgb(253, 252, 249)', dark: 'rgb(17, 21, 27)' };

async function colours(page: Page) {
  return page.evaluate(() => ({
    scheme: getComputedStyle(document.documentElement).colorScheme,
    background: getComputedStyle(document.body).backgroundColor,
  }));
}

/** [address's theme, the reader's system setting, the colours expected] */
const cases = [
  ['light', 'dark', 'light'],
  ['dark', 'light', 'dark'],
  ['auto', 'light', 'light'],
  ['auto', 'dark', 'dark'],
  [null, 'dark', 'dark'],
  ['Dark', 'light', 'dark'],
] as const;

for (const width of [360, 1280]) {
  test.describe(`embed colours at ${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
    });

    for (const [theme, system, expected] of cases) {
      test(`theme=${theme ?? '(absent)'} with a ${system} system setting shows ${expected} colours`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: system });
        await page.goto(`/embed/burden/${theme === null ? '' : `?theme=${theme}`}`);
        const fixed = theme !== null && theme.toLowerCase() !== 'auto';
        expect(await colours(page)).toEqual({
          scheme: fixed ? expected : 'light dark',
          background: backgrounds[expected],
        });
        await expect(page.locator('[data-theme-note]')).toBeHidden();
        // A fixed theme holds when the reader's setting changes; auto follows it.
        const other = system === 'light' ? 'dark' : 'light';
        await page.emulateMedia({ colorScheme: other });
        expect((await colours(page)).background).toBe(backgrounds[fixed ? expected : other]);
      });
    }

    test('an unknown theme follows the system setting, with a note naming it', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('/embed/drugs/?theme=blue');
      expect(await colours(page)).toEqual({
        scheme: 'light dark',
        background: backgrounds.dark,
      });
      await expect(page.locator('[data-theme-note]')).toHaveText(
        'The theme "blue" in this address is not light, dark or auto, so the colours follow your system setting.',
      );
      await expect(page.locator('[data-theme-note]')).toBeInViewport();
    });

    test('the embed code carries the theme the teacher chooses, and is axe clean', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('/embed/burden/?theme=nope');
      await page.getByText('Embed this on your own page').click();
      const code = page.getByLabel('Embed code (an iframe)');
      const colours = page.getByRole('group', { name: 'Colours of the embed' });
      await expect(colours.getByLabel(/auto/)).toBeChecked();
      await expect(code).toHaveValue(
        /src="http:\/\/127\.0\.0\.1:\d+\/embed\/burden\/\?theme=auto"/,
      );
      for (const [label, theme] of [
        ['Dark', 'dark'],
        ['Light', 'light'],
        [/auto/, 'auto'],
      ] as const) {
        await colours.getByLabel(label, { exact: typeof label === 'string' }).check();
        await expect(code).toHaveValue(new RegExp(`/embed/burden/\\?theme=${theme}"`));
        await page.getByRole('button', { name: 'Copy embed code' }).click();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          await code.inputValue(),
        );
      }
      await colours.getByLabel('Dark', { exact: true }).check();
      for (const scheme of themes) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page), scheme).toEqual([]);
      }
    });
  });
}

test('without JavaScript the embed code is there, with a word on the theme and no dead control', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/embed/burden/');
  await page.getByText('Embed this on your own page').click();
  await expect(page.getByLabel('Embed code (an iframe)')).toHaveValue(
    /^<iframe src="(https?:\/\/[^/"]+)?\/embed\/burden\/\?theme=auto"/,
  );
  await expect(page.getByText(/theme=light or theme=dark keeps the embed/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Colours of the embed' })).toBeHidden();
  await context.close();
});
