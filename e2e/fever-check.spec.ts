import { expect, test } from '@playwright/test';
import { builtHtml, builtRoutes, watchErrors } from './site';

const hosts = builtRoutes().filter((route) =>
  /component-url="[^"]*FeverCheck/.test(builtHtml(route)),
);

test('the fever check is embedded in at least one page', () => {
  expect(hosts.length).toBeGreaterThan(0);
});

for (const route of hosts) {
  test.describe(`fever check on ${route.path}`, () => {
    test('is server-rendered: its explanation shows with JavaScript off', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(route.path);
      const widget = page.getByRole('region', { name: 'Check a temperature' });
      await expect(widget).toContainText('38.0 °C (100.4 °F)');
      await context.close();
    });

    test('hydrates and answers a typed reading in both units', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(route.path);
      const widget = page.getByRole('region', { name: 'Check a temperature' });
      await widget.scrollIntoViewIfNeeded();
      await page.waitForSelector('astro-island:not([ssr])');
      const input = widget.getByLabel('Temperature');
      await input.fill('38.5');
      await expect(widget.locator('[aria-live]')).toContainText('38.5 °C (101.3 °F) is a fever');
      await widget.getByLabel('°F').check();
      await input.fill('99.5');
      await expect(widget.locator('[aria-live]')).toContainText('37.5 °C (99.5 °F) is below');
      await input.fill('abc');
      await expect(widget.locator('[aria-live]')).toContainText('Please type a number');
      expect(errors).toEqual([]);
    });
  });
}
