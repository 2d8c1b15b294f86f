import { expect, test } from '@playwright/test';

/**
 * A frightened caregiver finds the call list at once: from the home page and on the patient
 * page, a link to it is on the first screen, and one tap shows the 911 list.
 */
const callList = '/for-patients/#when-to-call-your-team-or-911';

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
    });

    for (const start of ['/', '/for-patients/']) {
      test(`${start}: the call list is one tap away, on the first screen`, async ({ page }) => {
        await page.goto(start);
        const link = page.getByRole('main').locator(`a[href="${callList}"]`).first();
        await expect(link).toHaveText('When to call your team, or 911');
        await expect(link).toBeInViewport({ ratio: 1 });
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${callList}$`));
        const emergency = page.getByRole('region', { name: /^Call 911/ });
        await expect(emergency).toBeInViewport();
        await expect(emergency.getByRole('listitem').first()).toBeInViewport();
      });
    }
  });
}

test('the call list is the first section of the patient page', async ({ page }) => {
  await page.goto('/for-patients/');
  const first = page.locator('.prose h2').first();
  await expect(first).toHaveId('when-to-call-your-team-or-911');
  await expect(first.locator('xpath=following::section[1]')).toHaveAttribute(
    'aria-labelledby',
    'call-emergency',
  );
});
