import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './axe';
import { expect, test, type Locator } from '@playwright/test';
import { parse } from 'yaml';
import { openExplorer, themes, watchErrors } from './site';

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
  const explorer = await openExplorer(page, `?tour=${SIZES}&step=4`);
  await expect(tourRegion(explorer).getByRole('heading', { name: sizes.title })).toBeVisible();
  await expectStep(explorer, 4);
  // Step 4 sets a burden of 80% (against 10% in scenario B).
  await expect(burden(explorer)).toHaveValue('80');
  await expect(page).toHaveURL(new RegExp(`\\?tour=${SIZES}&step=4$`));
  await expect(
    tourRegion(explorer).getByRole('link', { name: /Hay et al\. 2017/ }),
  ).toHaveAttribute('href', '/references/#source-hay2017');

  const next = tourRegion(explorer).getByRole('button', { name: 'Next' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expectStep(explorer, 5);
  await expect(page).toHaveURL(new RegExp(`\\?tour=${SIZES}&step=5$`));

  const back = tourRegion(explorer).getByRole('button', { name: 'Back' });
  await back.click();
  await back.click();
  await expectStep(explorer, 3);
  await expect(page).toHaveURL(new RegExp(`\\?tour=${SIZES}&step=3$`));
  // Step 3 asks first: until the reader answers, the explorer shows step 2's state.
  await expect(tourRegion(explorer).locator('[data-question="choose"]')).toBeVisible();
  await expect(burden(explorer)).toHaveValue('40');
  expect(errors).toEqual([]);
});

test('moving a control leaves the tour politely, and Resume returns to the step', async ({
  page,
}) => {
  const explorer = await openExplorer(page, `?tour=${SIZES}&step=4`);
  await expectStep(explorer, 4);
  await burden(explorer).focus();
  await page.keyboard.press('ArrowLeft');
  const left = tourRegion(explorer).locator('[data-tour-left]');
  await expect(left).toContainText('You left the tour');
  await expect(page).toHaveURL(/\?burden=79&compare=b&b\.burden=10$/);

  await left.getByRole('button', { name: 'Resume step 4' }).click();
  await expectStep(explorer, 4);
  await expect(burden(explorer)).toHaveValue('80');
  await expect(page).toHaveURL(new RegExp(`\\?tour=${SIZES}&step=4$`));

  await tourRegion(explorer).getByRole('button', { name: 'End the tour' }).click();
  await expect(tourRegion(explorer)).toHaveCount(0);
  await expect(page).toHaveURL(/\?burden=80&compare=b&b\.burden=10$/);
});

test('an unknown tour or step gets the note any bad link value gets, and a sane default', async ({
  page,
}) => {
  let explorer = await openExplorer(page, '?tour=no-such-tour&step=2');
  const notes = explorer.getByRole('status').filter({ hasText: 'This link had settings' });
  await expect(notes).toContainText('tour "no-such-tour" is not a known tour');
  await expect(tourRegion(explorer)).toHaveCount(0);
  await expect(burden(explorer)).toHaveValue('40');

  explorer = await openExplorer(page, `?tour=${SIZES}&step=9`);
  await expect(
    explorer.getByRole('status').filter({ hasText: 'This link had settings' }),
  ).toContainText(
    `step 9 was out of range (1–${sizes.steps.length}); set to ${sizes.steps.length}.`,
  );
  await expectStep(explorer, sizes.steps.length);
});

test('a tour step is axe clean in both themes at phone and laptop widths', async ({ page }) => {
  const explorer = await openExplorer(page, `?tour=${SIZES}&step=2`);
  await expectStep(explorer, 2);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await axeViolations(page, '[data-tour]'), `${theme}, ${width} px`).toEqual([]);
    }
  }
});

test('a recorded tour replays identically in a fresh browser context', async ({
  page,
  browser,
}) => {
  const explorer = await openExplorer(page, '');
  await page.getByRole('button', { name: 'Record a tour' }).click();
  const recorder = page.locator('[data-tour-recorder]');
  await recorder.getByLabel('Tour title').fill('High burden, then tocilizumab');
  await burden(explorer).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(burden(explorer)).toHaveValue('45');
  await recorder.getByLabel('Caption for step 1').fill('A little more tumor than the default.');
  await recorder.getByRole('button', { name: 'Add step' }).click();
  await explorer.getByLabel(/^Tocilizumab/).selectOption('grade2');
  await recorder
    .getByLabel('Caption for step 2')
    .fill('Tocilizumab at grade 2: watch "free" IL-6 & CRP.');
  await recorder.getByRole('button', { name: 'Add step' }).click();
  await expect(recorder.getByRole('list', { name: 'Steps recorded' }).locator('li')).toHaveCount(2);
  await recorder.getByRole('button', { name: 'Copy link to this tour' }).click();
  const link = await recorder.getByLabel('Link to this tour').inputValue();
  expect(link).toMatch(/\/explore\/\?tour=custom&t=[A-Za-z0-9_-]+&step=1$/);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const again = await openExplorer(fresh, new URL(link).search);
  const tour = tourRegion(again);
  await expect(tour.getByRole('heading', { name: 'High burden, then tocilizumab' })).toBeVisible();
  await expect(tour.getByText('Step 1 of 2')).toBeVisible();
  await expect(tour.locator('.caption')).toHaveText('A little more tumor than the default.');
  await expect(burden(again)).toHaveValue('45');
  await expect(again.getByLabel(/^Tocilizumab/)).toHaveValue('off');
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour.locator('.caption')).toHaveText(
    'Tocilizumab at grade 2: watch "free" IL-6 & CRP.',
  );
  await expect(again.getByLabel(/^Tocilizumab/)).toHaveValue('grade2');
  await expect(burden(again)).toHaveValue('45');
  await expect(fresh).toHaveURL(/\?tour=custom&t=[A-Za-z0-9_-]+&step=2$/);
  await context.close();
});

test('a recorded tour cut short in the link gives a note, not a crash', async ({ page }) => {
  const errors = watchErrors(page);
  const explorer = await openExplorer(
    page,
    '?tour=custom&t=eJyLVkrOzy0oSi0uTk1RslIyUtJRSs7PK0nNKwEAi1wJ&step=1',
  );
  await expect(
    explorer.getByRole('status').filter({ hasText: 'This link had settings' }),
  ).toContainText('could not be read');
  await expect(tourRegion(explorer)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a drawn prediction, made with the keyboard, is scored against the model', async ({
  page,
}) => {
  const mouse = tourFile('mouse-experiment');
  const n = mouse.steps.findIndex((s) => 'question' in s) + 1;
  const explorer = await openExplorer(page, `?tour=mouse-experiment&step=${n}`);
  const tour = tourRegion(explorer);
  const draw = tour.locator('[data-question="draw"]');
  await expect(draw).toBeVisible();
  // Before the reveal the explorer shows the course without the drug.
  await expect(explorer.getByLabel(/^Tocilizumab/)).toHaveValue('off');
  const day4 = draw.getByRole('slider', { name: 'Day 4' });
  await day4.focus();
  const before = Number(await day4.getAttribute('aria-valuenow'));
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
  await expect(day4).toHaveAttribute('aria-valuenow', String(before + 8 * 150));
  await expect(draw.getByRole('list', { name: 'Your curve, day by day' })).toContainText(
    `Day 4: ${(before + 1200).toLocaleString('en-US')}`,
  );
  await page.keyboard.press('Tab');
  await expect(draw.getByRole('slider', { name: 'Day 6' })).toBeFocused();
  await page.keyboard.press('PageUp');
  await draw.getByRole('button', { name: "Show the model's curve" }).click();
  const result = draw.locator('[data-score]');
  await expect(result).toContainText(/Score: [0-3] of 3\./);
  await expect(result).toContainText("Your curve rises and falls as the model's does in");
  await expect(draw.getByRole('list', { name: 'Your curve, day by day' })).toContainText('model:');
  await expect(explorer.getByLabel(/^Tocilizumab/)).toHaveValue('day0');
  await expect(page).toHaveURL(new RegExp(`\\?tour=mouse-experiment&step=${n}$`));
});

test('a question step is axe clean before and after the answer, in both themes', async ({
  page,
}) => {
  const explorer = await openExplorer(page, `?tour=${SIZES}&step=3`);
  const choose = tourRegion(explorer).locator('[data-question="choose"]');
  await expect(choose).toBeVisible();
  await expect(burden(explorer)).toHaveValue('40');
  const check = async () => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme });
        expect(await axeViolations(page, '[data-tour]'), `${theme}, ${width} px`).toEqual([]);
      }
    }
  };
  await check();
  await choose.getByRole('radio', { name: 'It goes up' }).check();
  await choose.getByRole('button', { name: 'Check my answer' }).click();
  await expect(choose.getByRole('status')).toContainText('Right.');
  await expect(burden(explorer)).toHaveValue('80');
  await check();
});
