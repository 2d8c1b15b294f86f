import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { themes, watchErrors } from './site';

/**
 * Guided tours of the explorer: a link opens a tour at its step, Back and Next keep the step in
 * the address, moving a control leaves the tour and "Resume" returns to the step, a bad tour or
 * step gets the same note as any bad link value, and the tour is axe clean. Captions are read
 * from content/tours/, so rewording a tour does not break these tests.
 */
interface TourFile {
  title: string;
  steps: { state: string; caption: string }[];
}

const toursDir = join(import.meta.dirname, '..', 'content', 'tours');
const tourIds = readdirSync(toursDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const tourFile = (id: string) =>
  parse(readFileSync(join(toursDir, `${id}.yaml`), 'utf8')) as TourFile;

const SIZES = 'why-tumor-size-matters';
const sizes = tourFile(SIZES);
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openTour(page: Page, query: string): Promise<Locator> {
  await page.goto(`/explore/${query}`);
  const explorer = page.getByRole('region', { name: 'Cascade explorer' });
  await expect(explorer).toHaveAttribute('data-ready', 'true');
  return explorer;
}

const tourRegion = (explorer: Locator) => explorer.page().locator('[data-tour]');
const burden = (explorer: Locator) => explorer.getByRole('slider', { name: /Tumor burden/ });

/** The step the tour shows, as "Step n of N" and its caption. */
async function expectStep(explorer: Locator, n: number): Promise<void> {
  const tour = tourRegion(explorer);
  await expect(tour.getByText(`Step ${n} of ${sizes.steps.length}`)).toBeVisible();
  const caption = sizes.steps[n - 1]?.caption ?? '';
  await expect(tour.locator('.caption')).toHaveText(caption.replace(/\s+/g, ' ').trim());
}

test('the tour lists on /explore/ and /cascade/ link every tour at its first step', async ({
  page,
}) => {
  for (const path of ['/explore/', '/cascade/']) {
    await page.goto(path);
    const links = page.locator('[data-tour-list] a');
    await expect(links).toHaveCount(tourIds.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(tourIds.map((id) => `/explore/?tour=${id}&step=1`).sort());
  }
});

test('a tour link opens at its step; Next and Back move through it and keep the address', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const explorer = await openTour(page, `?tour=${SIZES}&step=3`);
  await expect(tourRegion(explorer).getByRole('heading', { name: sizes.title })).toBeVisible();
  await expectStep(explorer, 3);
  // Step 3 sets a burden of 80%.
  await expect(burden(explorer)).toHaveValue('80');
  await expect(page).toHaveURL(new RegExp(`\\?tour=${SIZES}&step=3$`));
  await expect(
    tourRegion(explorer).getByRole('link', { name: /Hay et al\. 2017/ }),
  ).toHaveAttribute('href', '/references/#source-hay2017');

  const next = tourRegion(explorer).getByRole('button', { name: 'Next' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expectStep(explorer, 4);
  await expect(page).toHaveURL(new RegExp(`\\?tour=${SIZES}&step=4$`));
  await expect(next).toBeFocused();

  await tourRegion(explorer).getByRole('button', { name: 'Back' }).click();
  await tourRegion(explorer).getByRole('button', { name: 'Back' }).click();
  await expectStep(explorer, 2);
  await expect(page).toHaveURL(new RegExp(`\\?tour=${SIZES}&step=2$`));
  await expect(burden(explorer)).toHaveValue('40');
  expect(errors).toEqual([]);
});

test('moving a control leaves the tour politely, and Resume returns to the step', async ({
  page,
}) => {
  const explorer = await openTour(page, `?tour=${SIZES}&step=3`);
  await expectStep(explorer, 3);
  await burden(explorer).focus();
  await page.keyboard.press('ArrowLeft');
  const left = tourRegion(explorer).locator('[data-tour-left]');
  await expect(left).toContainText('You left the tour');
  await expect(page).toHaveURL(/\?burden=79$/);

  await left.getByRole('button', { name: 'Resume step 3' }).click();
  await expectStep(explorer, 3);
  await expect(burden(explorer)).toHaveValue('80');
  await expect(page).toHaveURL(new RegExp(`\\?tour=${SIZES}&step=3$`));

  await tourRegion(explorer).getByRole('button', { name: 'End the tour' }).click();
  await expect(tourRegion(explorer)).toHaveCount(0);
  await expect(page).toHaveURL(/\?burden=80$/);
});

test('an unknown tour or step gets the note any bad link value gets, and a sane default', async ({
  page,
}) => {
  let explorer = await openTour(page, '?tour=no-such-tour&step=2');
  const notes = explorer.getByRole('status').filter({ hasText: 'This link had settings' });
  await expect(notes).toContainText('tour "no-such-tour" is not a known tour');
  await expect(tourRegion(explorer)).toHaveCount(0);
  await expect(burden(explorer)).toHaveValue('40');

  explorer = await openTour(page, `?tour=${SIZES}&step=9`);
  await expect(
    explorer.getByRole('status').filter({ hasText: 'This link had settings' }),
  ).toContainText(
    `step 9 was out of range (1–${sizes.steps.length}); set to ${sizes.steps.length}.`,
  );
  await expectStep(explorer, sizes.steps.length);
});

test('a tour step is axe clean in both themes at phone and laptop widths', async ({ page }) => {
  const explorer = await openTour(page, `?tour=${SIZES}&step=2`);
  await expectStep(explorer, 2);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      const results = await new AxeBuilder({ page })
        .include('[data-tour]')
        .withTags(wcag22aa)
        .analyze();
      const found = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(found, `${theme}, ${width} px`).toEqual([]);
    }
  }
});
