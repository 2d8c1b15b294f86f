import { expect, test } from '@playwright/test';
import { builtHtml, builtRoutes, watchErrors } from './site';

const routes = builtRoutes();

test('the build has the home page and the fixed content addresses', () => {
  const paths = routes.map((route) => route.path);
  expect(paths).toContain('/');
  expect(paths.length).toBeGreaterThan(1);
});

for (const route of routes) {
  test(`${route.path} answers 200 with one h1, landmarks and no console error`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: 'disclaimer', exact: true }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
}

test('a page without an island ships no JavaScript file', () => {
  const plain = routes.filter((route) => !builtHtml(route).includes('<astro-island'));
  expect(plain.length).toBeGreaterThan(0);
  for (const route of plain) {
    expect(builtHtml(route), route.path).not.toMatch(/<script[^>]+src=/);
  }
});
