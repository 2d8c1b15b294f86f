import { expect, test } from '@playwright/test';

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

  test('on screen the print-only line stays hidden', async ({ page }) => {
    await page.goto('/for-patients/');
    await expect(page.locator('.print-address')).toBeHidden();
  });
});
