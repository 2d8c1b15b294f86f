import { expect, test, type Page } from '@playwright/test';

/**
 * Citation cards and "Cite this page", on a phone and on a laptop. (That every card on every
 * page opens inside the window is checked by the page walk in a11y.spec.ts.)
 */

/** The first mark on /what-is-crs/ whose source has both a DOI and a PubMed id. */
async function markWithBoth(page: Page) {
  const card = page.locator('.cite-card', { hasText: 'PMID' }).filter({ hasText: 'doi:' }).first();
  const id = await card.getAttribute('id');
  return { mark: page.locator(`.cite-mark[aria-describedby="${id}"]`), card };
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
      await page.goto('/what-is-crs/');
    });

    test('a citation card opens on focus and on hover, and Escape closes it (WCAG 1.4.13)', async ({
      page,
    }) => {
      const { mark, card } = await markWithBoth(page);
      await mark.focus();
      await expect(card).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      // It stays closed while focus stays, and opens again once focus comes back.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(mark).toBeFocused();
      await expect(card).toBeVisible();
      await mark.blur();
      await expect(card).toBeHidden();

      // By pointer: hover opens it, the pointer can move down onto it, Escape closes it.
      await mark.hover();
      await expect(card).toBeVisible();
      const from = (await mark.boundingBox())!;
      const onto = (await card.boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, onto.y + 8, { steps: 6 });
      await expect(card).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
    });

    test('a citation card keeps the DOI and the PubMed id apart', async ({ page }) => {
      const { mark, card } = await markWithBoth(page);
      await mark.focus();
      await expect(card).toBeVisible();
      expect(await card.textContent()).toMatch(/doi:\S+ PMID \d+/);
      const doi = (await card.locator('.cite-link', { hasText: 'doi:' }).boundingBox())!;
      const pmid = (await card.locator('.cite-link', { hasText: 'PMID' }).boundingBox())!;
      // One line each.
      expect(pmid.y).toBeGreaterThanOrEqual(doi.y + doi.height - 1);
      const inside = (await card.boundingBox())!;
      expect(inside.x).toBeGreaterThanOrEqual(0);
      expect(inside.x + inside.width).toBeLessThanOrEqual(width);
    });

    test('"Cite this page" looks like a control that opens, and opens', async ({ page }) => {
      const summary = page.locator('.cite-this-page summary');
      await summary.scrollIntoViewIfNeeded();
      const look = await summary.evaluate((element) => {
        const style = getComputedStyle(element);
        const arrow = getComputedStyle(element, '::before');
        return {
          border: parseFloat(style.borderTopWidth),
          arrow: arrow.content !== 'none' && parseFloat(arrow.width) > 0,
          cursor: style.cursor,
        };
      });
      expect(look).toEqual({ border: 1, arrow: true, cursor: 'pointer' });
      await summary.click();
      await expect(page.getByText('BibTeX', { exact: true })).toBeVisible();
    });
  });
}
