import { expect, test } from '@playwright/test';
import { builtRoutes } from './site';

test.use({ javaScriptEnabled: false });

/** With JavaScript off every page still shows its title, its summary and its text. */
for (const route of builtRoutes()) {
  test(`${route.path} is readable with JavaScript disabled`, async ({ page }) => {
    await page.goto(route.path);
    await expect(page.locator('h1')).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toBeVisible();
    const words = (await main.innerText()).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(40);
    // Controls that only work with JavaScript stay hidden rather than dead.
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  });
}
