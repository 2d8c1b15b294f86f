import { axeViolations } from './axe';
import { expect, test, type Locator } from '@playwright/test';
import { openExplorer, themes, watchErrors } from './site';

/**
 * The explorer's product picker and "100 people like this" (issue 13): picking a product
 * writes it to the address, a product link opens with it, the icon array's text twin counts
 * the same people as the icons, a generic therapy link still works, and axe finds nothing with
 * the panel open. Counts come from the model, so the tests compare the icons with their twin
 * and the trial sentence with the trial's published figure, never with fixed model numbers.
 */

const PICKER = 'Treatment that starts the immune attack';

/** Opens "100 people like this" and waits for the icons. */
async function openPanel(explorer: Locator): Promise<Locator> {
  const panel = explorer.locator('details[data-cohort]');
  await panel.locator('summary').click();
  await expect(panel.locator('[data-icons] path')).toHaveCount(100);
  return panel;
}

/** Icons per grade and the table's counts per grade. */
async function iconsAndTwin(panel: Locator): Promise<{ icons: number[]; table: number[] }> {
  return panel.evaluate((element) => {
    const icons = [0, 1, 2, 3, 4].map(
      (g) => element.querySelectorAll(`[data-icons] [data-grade="${g}"]`).length,
    );
    const table = [0, 1, 2, 3, 4].map((g) =>
      Number(element.querySelector(`[data-grade-count="${g}"]`)?.textContent),
    );
    return { icons, table };
  });
}

test.describe('product picker and 100 people like this', () => {
  test('picking a product updates the address and the panel; its trial is quoted with sources', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const explorer = await openExplorer(page, '?burden=60');
    const panel = await openPanel(explorer);
    await expect(panel.locator('[data-trial]')).toContainText('no single trial');

    const picker = explorer.getByLabel(PICKER);
    await expect(picker.locator('optgroup')).toHaveCount(4);
    await picker.selectOption('axi-cel');
    await expect(page).toHaveURL(/[?&]therapy=axi-cel(&|$)/);
    const trial = panel.locator('[data-trial]');
    await expect(trial).toContainText(
      'In the trial of this medicine (ZUMA-1, 108 people), about 13 in 100 people had severe CRS.',
    );
    await expect(trial.getByRole('link', { name: 'Neelapu et al. 2017' })).toHaveAttribute(
      'href',
      '/references/#source-neelapu2017zuma1',
    );
    await expect(panel).toContainText('Teaching model');
    const { icons, table } = await iconsAndTwin(panel);
    expect(icons).toEqual(table);
    expect(errors).toEqual([]);
  });

  test('a product link opens with that product; the clinician view words the trial for clinicians', async ({
    page,
  }) => {
    const explorer = await openExplorer(page, '?therapy=teclistamab&view=clinician');
    await expect(explorer.getByLabel(PICKER)).toHaveValue('teclistamab');
    const panel = await openPanel(explorer);
    await expect(panel.locator('[data-trial]')).toContainText(
      'MajesTEC-1 (n = 165, ASTCT grading): grade ≥ 3 CRS 0.6%',
    );
    await expect(panel.locator('[data-cohort-sentence]')).toContainText(
      'Worst CRS grade (ASTCT) in 100 virtual patients',
    );
  });

  test('the text twin counts the same people as the icons, and follows the burden slider', async ({
    page,
  }) => {
    const explorer = await openExplorer(page, '?therapy=cart-cd28&burden=20');
    const panel = await openPanel(explorer);
    const low = await iconsAndTwin(panel);
    expect(low.icons).toEqual(low.table);
    expect(low.icons.reduce((a, b) => a + b, 0)).toBe(100);
    const sentence = await panel.locator('[data-cohort-sentence]').textContent();
    const severe = low.icons[3]! + low.icons[4]!;
    expect(sentence).toContain(`${low.icons[0]} had no CRS`);
    expect(sentence).toContain(`${severe} had severe CRS`);

    await explorer.getByRole('slider', { name: /burden/i }).fill('100');
    await expect
      .poll(async () => (await iconsAndTwin(panel)).icons.slice(3).reduce((a, b) => a + b, 0))
      .toBeGreaterThan(severe);
    const high = await iconsAndTwin(panel);
    expect(high.icons).toEqual(high.table);
  });

  test('a generic therapy link still works and says there is no single trial', async ({ page }) => {
    for (const therapy of ['cart-cd28', 'cart-41bb', 'bispecific', 'intratumoral']) {
      const explorer = await openExplorer(page, `?therapy=${therapy}&burden=60`);
      await expect(explorer.getByLabel(PICKER)).toHaveValue(therapy);
      // cart-cd28 is the default, which the address leaves out
      if (therapy !== 'cart-cd28') await expect(page).toHaveURL(new RegExp(`therapy=${therapy}`));
      if (therapy === 'bispecific') {
        const panel = await openPanel(explorer);
        await expect(panel.locator('[data-trial]')).toContainText('no single trial');
      }
    }
  });

  test('axe finds no violation with the panel open (360 and 1280 px, light and dark)', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const explorer = await openExplorer(page, '?therapy=axi-cel&burden=70');
    await openPanel(explorer);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme });
        const found = await axeViolations(page, 'section[data-preset="full"]');
        expect(found, `${theme}, ${width} px`).toEqual([]);
      }
    }
  });
});
