import { expect, test } from '@playwright/test';
import { builtRoutes, watchErrors } from './site';

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
  await expect(code).toHaveValue(/^<iframe src="https?:\/\/[^"]+\/embed\/research-arms\/"/);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText('Embed code copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());
  expect(errors).toEqual([]);
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
