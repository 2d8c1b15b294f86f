import { expect, test } from '@playwright/test';
import { watchErrors } from './site';

test.describe('search', () => {
  test('finds tocilizumab and lands on the Treatments section about it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    const box = page
      .getByRole('search')
      .getByRole('searchbox', { name: 'Search the site' })
      .first();
    await box.fill('tocilizumab');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=tocilizumab$/);
    await expect(page.getByRole('status')).toContainText('match “tocilizumab”');
    const section = page
      .locator('.hits a[href^="/treatments/#"]', { hasText: 'Tocilizumab' })
      .first();
    await expect(section).toBeVisible();
    await section.click();
    await expect(page).toHaveURL(/\/treatments\/#tocilizumab$/);
    await expect(page.locator('#tocilizumab')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  for (const width of [360, 1280]) {
    test(`"grade 2" finds the plain answer first and lands on it (${width} px)`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
      await page.goto('/for-patients/');
      if (width === 360) await page.locator('summary', { hasText: 'Menu' }).click();
      const box = page.getByRole('searchbox', { name: 'Search the site' }).locator('visible=true');
      await box.fill('grade 2');
      await box.press('Enter');
      await expect(page.getByRole('status')).toContainText('match “grade 2”');
      const first = page.locator('.hits > li').first();
      await expect(first.locator('.hit-title')).toHaveText(/Symptoms and grading/);
      const answer = first.getByRole('link', { name: 'CRS grades in plain words' });
      await expect(answer).toBeVisible();
      await answer.click();
      await expect(page).toHaveURL(/\/symptoms-and-grading\/#crs-grades-in-plain-words$/);
      const grade2 = page.getByText(/^Grade 2:/).first();
      await expect(grade2).toBeInViewport();
      expect(errors).toEqual([]);
    });
  }

  test('a search box is reachable from the menu on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/what-is-crs/');
    await page.locator('summary', { hasText: 'Menu' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
  });

  test('a hostile query is shown as text and finds nothing harmful', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
