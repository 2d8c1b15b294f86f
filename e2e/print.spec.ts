import { expect, test } from '@playwright/test';

/** The site's own address as a deployment configured it; without one, paths stand alone. */
const site = process.env['CASCADE_SITE_URL'];
const addressOf = (path: string) => (site ? new URL(path, site).href : path);

/**
 * The first sheet's printable box in CSS px, with the 12 mm margins of print.css: US Letter
 * (215.9 × 279.4 mm) and A4 (210 × 297 mm), 96 px to the inch.
 */
const sheets = [
  { paper: 'Letter', width: 725, height: 965 },
  { paper: 'A4', width: 703, height: 1032 },
];

test.describe('print', () => {
  test('a patient page prints without navigation, with its address, date and link targets', async ({
    page,
  }) => {
    await page.goto('/for-patients/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.pager')).toBeHidden();
    const address = page.locator('.print-address');
    await expect(address).toBeVisible();
    await expect(address).toContainText('/for-patients/');
    await expect(address).toContainText('last reviewed');
    await expect(page.getByRole('heading', { name: 'References', exact: true })).toBeVisible();
    const outside = page.locator('.reference-list a[href^="http"]').first();
    const written = await outside.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(written).toContain(await outside.getAttribute('href'));
  });

  for (const sheet of sheets) {
    test(`the patient page prints the whole call list on the first ${sheet.paper} sheet, and no empty form`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: sheet.width, height: sheet.height });
      await page.goto('/for-patients/');
      const check = page.getByRole('region', { name: 'Check a temperature' });
      await check.scrollIntoViewIfNeeded();
      await page.waitForSelector('astro-island:not([ssr])');
      await page.emulateMedia({ media: 'print' });
      // Everything up to the end of the list fits in the first sheet's height, so no page
      // break comes before it.
      const bottom = await page
        .locator('.care-advice')
        .evaluate((list) => list.getBoundingClientRect().bottom + window.scrollY);
      expect(bottom).toBeLessThanOrEqual(sheet.height);
      await expect(page.locator('#call-emergency')).toBeVisible();
      // The temperature check's empty field is no use on paper; with a reading, it prints.
      await expect(check).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      await check.getByLabel('Temperature').fill('38.4');
      await page.emulateMedia({ media: 'print' });
      await expect(check).toBeVisible();
      await expect(check).toContainText('is a fever');
    });
  }

  test('printouts and "Cite this page" show the site address a deployment set, or the path alone', async ({
    page,
  }) => {
    await page.goto('/for-patients/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-address')).toContainText(
      `From Cascade, ${addressOf('/for-patients/')} (last reviewed`,
    );
    await page.emulateMedia({ media: 'screen' });
    const cite = page.locator('.cite-this-page');
    await cite.getByText('Cite this page').click();
    const bibtex = await cite.locator('pre').innerText();
    expect(bibtex).toContain(`url = {${addressOf('/for-patients/')}}`);
    if (!site) expect(await cite.innerText()).not.toMatch(/https?:/);
  });

  test('on screen the print-only line stays hidden', async ({ page }) => {
    await page.goto('/for-patients/');
    await expect(page.locator('.print-address')).toBeHidden();
  });
});
