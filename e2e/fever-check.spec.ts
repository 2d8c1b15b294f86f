import { expect, test, type Page } from '@playwright/test';
import { builtHtml, builtRoutes, watchErrors } from './site';

// English hosts: the Spanish check (/es/para-pacientes/) is tested in Spanish by spanish.spec.ts.
const hosts = builtRoutes().filter(
  (route) =>
    !route.path.startsWith('/es/') && /component-url="[^"]*FeverCheck/.test(builtHtml(route)),
);

test('the fever check is embedded in at least one page', () => {
  expect(hosts.length).toBeGreaterThan(0);
});

/** Opens a page with the fever check and waits until the widget has hydrated. */
async function openCheck(page: Page, path: string) {
  await page.goto(path);
  const widget = page.getByRole('region', { name: 'Check a temperature' });
  await widget.scrollIntoViewIfNeeded();
  await page.waitForSelector('astro-island:not([ssr])');
  return widget;
}

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
      const widget = await openCheck(page, route.path);
      const input = widget.getByLabel('Temperature');
      await input.fill('38.5');
      await expect(widget.locator('[aria-live]')).toContainText('38.5 °C (101.3 °F) is a fever');
      await widget.getByLabel('°F').check();
      await input.fill('99.5');
      await expect(widget.locator('[aria-live]')).toContainText('37.5 °C (99.5 °F) is below');
      await input.fill('abc');
      await expect(widget.locator('[aria-live]')).toContainText('"abc" is not a number');
      expect(errors).toEqual([]);
    });

    test('never reassures: below the fever line it still says when to call, and 911', async ({
      page,
    }) => {
      const widget = await openCheck(page, route.path);
      const answer = widget.locator('[aria-live]');
      await widget.getByLabel('Temperature').fill('37.4');
      await expect(answer).toContainText('37.4 °C (99.3 °F) is below the fever line');
      await expect(answer).toContainText('Fever medicine can hide a fever');
      await expect(answer).toContainText('call your care team anyway');
      await expect(answer).not.toContainText('Keep checking as your team asked');
      await expect(answer).toContainText('Call 911 (or your local emergency number) now');
    });

    test('judges the reading as it shows it: 37.95 °C is below the fever line', async ({
      page,
    }) => {
      const widget = await openCheck(page, route.path);
      await widget.getByLabel('Temperature').fill('37.95');
      await expect(widget.locator('[aria-live]')).toContainText(
        '37.9 °C (100.3 °F) is below the fever line',
      );
    });

    test('flags a low temperature as a reason to call', async ({ page }) => {
      const widget = await openCheck(page, route.path);
      await widget.getByLabel('Temperature').fill('35,6');
      const answer = widget.locator('[aria-live]');
      await expect(answer).toContainText('35.6 °C (96.1 °F) is lower than normal');
      await expect(answer).toContainText('call your care team now');
    });

    test('offers the other unit for a reading typed in the wrong one', async ({ page }) => {
      const widget = await openCheck(page, route.path);
      await widget.getByLabel('Temperature').fill('101.3');
      const answer = widget.locator('[aria-live]');
      await expect(answer).toContainText('101.3 is not a body temperature in °C (30–45 °C)');
      await expect(answer).toContainText('In °F, it would be 38.5 °C (101.3 °F)');
      // Until the reader switches, the check already says what such a reading would mean.
      await expect(answer).toContainText(
        'Read in °F, that would be a fever: call your care team now',
      );
      await expect(answer).toContainText('Call 911');
      await answer.getByRole('button', { name: 'Read it as °F' }).click();
      await expect(widget.getByLabel('°F')).toBeChecked();
      await expect(widget.getByLabel('Temperature')).toBeFocused();
      await expect(answer).toContainText('38.5 °C (101.3 °F) is a fever');
    });
  });
}
