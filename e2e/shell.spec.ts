import { expect, test } from '@playwright/test';
import { recorded } from './site';

test.describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('a reader can reach and follow a main navigation link by keyboard alone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    const target = page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link')
      .first();
    const href = await target.getAttribute('href');
    const label = await target.innerText();
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const current = page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: label });
    await expect(current).toHaveAttribute('aria-current', 'page');
  });

  test('on a 360 px phone the menu opens from the keyboard and lists the pages', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeHidden();
    const menu = page.locator('summary', { hasText: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const links = page.getByRole('navigation', { name: 'Main (menu)' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    expect(await links.count()).toBeGreaterThan(3);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  });
});

test.describe('header', () => {
  for (const width of [1024, 1280, 1440]) {
    test(`is one row at ${width} px: name, menu, search and theme button side by side`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const header = page.getByRole('banner');
      const parts = [
        header.getByRole('link', { name: 'Cascade', exact: true }),
        header.getByRole('navigation', { name: 'Main', exact: true }),
        header.getByRole('searchbox', { name: 'Search the site' }),
        header.getByRole('button', { name: 'Search', exact: true }),
        header.getByRole('button', { name: 'Dark theme' }),
      ];
      const boxes = [];
      for (const part of parts) {
        await expect(part).toBeVisible();
        boxes.push((await part.boundingBox())!);
      }
      // One row: every part overlaps the first one's band, left to right, inside the window.
      const first = boxes[0]!;
      for (const box of boxes) {
        expect(box.y).toBeLessThan(first.y + first.height);
        expect(box.y + box.height).toBeGreaterThan(first.y);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      expect(boxes.map((box) => box.x)).toEqual(
        [...boxes.map((box) => box.x)].sort((a, b) => a - b),
      );
    });
  }
});

test.describe('type', () => {
  test('body text is at least 18 px on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
  });

  test('fonts come from the site itself', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\.(woff2?|ttf|otf)(\?|$)/.test(name)),
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(new URL(font).origin).toBe(new URL(page.url()).origin);
  });
});

test.describe('theme', () => {
  test('follows the system setting when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const scheme = await page.evaluate(
      () => getComputedStyle(document.documentElement).colorScheme,
    );
    expect(scheme).toContain('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('the toggle switches theme and the choice survives a reload with no flash', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const lightBackground = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const darkBackground = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    expect(darkBackground).not.toBe(lightBackground);

    // The stored choice must be applied before the first paint: check the theme as soon as
    // the document's body exists, before any later script could change it.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { firstTheme?: string | undefined }).firstTheme =
            document.documentElement.dataset['theme'];
        }
      });
    });
    await page.reload();
    expect(await recorded<string | undefined>(page, 'firstTheme')).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      darkBackground,
    );
  });
});
