import { axeViolations as axe } from './axe';
import { expect, test, type Locator } from '@playwright/test';
import { openExplorer, recorded, themes } from './site';

/**
 * The explorer as its readers use it (issue 14, the explorer's part), on a 360 × 780 phone and
 * a 1280 × 800 laptop: the answer first, the effect of a control beside it, what to notice, A
 * against B, the patient view's care card, and what a screen reader hears. Values are read from
 * what a reader sees; the model may be retuned, so the tests compare the page with itself (the
 * figures before and after a change), never with numbers copied from it.
 */

const SIZES = [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
] as const;

/** The whole of `locator` is inside the window as it is now scrolled. */
async function expectInView(locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  expect(box, `${what} is drawn`).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y, `${what}: top in view`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom in view`).toBeLessThanOrEqual(viewport.height);
}

/** The worst grade shown in the key figures ("3" of "3 (B: 2)"). */
async function figure(explorer: Locator, key: 'crs' | 'icans'): Promise<string> {
  return (await explorer.locator(`[data-figure="${key}"] .now`).textContent())?.trim() ?? '';
}

/** Scrolls so that the bottom of `locator` sits at the bottom edge of the window. */
async function scrollToBottomEdge(locator: Locator): Promise<void> {
  await locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    window.scrollBy(0, box.bottom - window.innerHeight + 4);
  });
}

for (const size of SIZES) {
  test.describe(`${size.width} px`, () => {
    test.use({ viewport: size });

    test.describe('1. the tool is the page', () => {
      test('the explorer is the first thing under the title', async ({ page }) => {
        await openExplorer(page);
        // Nothing of the page's own text (no "In short", no contents, no section) comes first.
        const before = await page.evaluate(() => {
          const title = document.querySelector('main h1');
          const explorer = document.querySelector('[data-preset="full"]');
          if (!title || !explorer) return ['the title or the explorer is missing'];
          return [...document.querySelectorAll('main h2, main nav, main aside, main details')]
            .filter(
              (element) =>
                // A heading kept for screen readers only (it names the explorer) takes no room.
                element.getBoundingClientRect().height > 1 &&
                !explorer.contains(element) &&
                title.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
                explorer.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING,
            )
            .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.trim()}`);
        });
        expect(before).toEqual([]);
      });

      test('a shared link opens with its answer in view, not the introduction', async ({
        page,
      }) => {
        const explorer = await openExplorer(page, '?burden=80&tocilizumab=grade2');
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        await expectInView(explorer.locator('[data-moment]'), 'the moment in a sentence');
        await expectInView(explorer.locator('[data-figure="crs"]'), 'the worst CRS grade');
        await expectInView(explorer.locator('[data-figure="icans"]'), 'the worst ICANS grade');
      });
    });

    test.describe('2. control and effect on one screen', () => {
      test('the "High" burden button shows what it did where it is tapped', async ({ page }) => {
        const explorer = await openExplorer(page);
        const high = explorer.getByRole('button', { name: /^High/ });
        const worst = explorer.locator('[data-live-summary] [data-worst]');
        // The reader has scrolled just far enough to reach the button.
        await scrollToBottomEdge(high);
        const was = await worst.textContent();
        await high.click();
        await expect(high).toHaveAttribute('aria-pressed', 'true');
        await expect(worst).not.toHaveText(was ?? '');
        await expectInView(explorer.locator('[data-live-summary]'), 'the pinned summary');
        await expect(explorer.locator('[data-change="burden"]')).toBeInViewport({ ratio: 0.99 });
        await expect(explorer.locator('[data-change="burden"]')).toContainText('(was');
      });

      test('the burden slider and a drug show their effect without scrolling', async ({ page }) => {
        const explorer = await openExplorer(page);
        const slider = explorer.getByRole('slider', { name: /Tumor burden/ });
        await scrollToBottomEdge(slider);
        await slider.focus();
        const y = await page.evaluate(() => window.scrollY);
        for (let step = 0; step < 40; step += 1) await slider.press('ArrowRight');
        await expect(slider).toHaveValue('80');
        expect(await page.evaluate(() => window.scrollY), 'the page did not scroll').toBe(y);
        await expectInView(explorer.locator('[data-live-summary]'), 'the pinned summary');
        await expect(explorer.locator('[data-live-summary]')).toContainText(
          `CRS ${await figure(explorer, 'crs')}`,
        );

        const drug = explorer.getByLabel(/^Tocilizumab/);
        await scrollToBottomEdge(drug);
        await drug.focus(); // as the tap that opens the list does
        await drug.selectOption('grade2');
        await expectInView(explorer.locator('[data-live-summary]'), 'the pinned summary');
        await expect(explorer.locator('[data-change="tocilizumab"]')).toBeInViewport({
          ratio: 0.99,
        });
      });
    });

    test.describe('3. say what to notice', () => {
      test('a burden threshold: the grade steps, with a link to why', async ({ page }) => {
        const explorer = await openExplorer(page);
        const was = await figure(explorer, 'crs');
        await explorer.getByRole('button', { name: /^High/ }).click();
        const now = await figure(explorer, 'crs');
        expect(now, 'the default and high burden differ in worst CRS grade').not.toBe(was);
        const notice = explorer.locator('[data-notice="burden-step"]');
        await expect(notice).toContainText(`from ${was} to ${now}`);
        await expect(notice.getByRole('link')).toHaveAttribute('href', /^\/tumor-burden\/#/);
      });

      test('tocilizumab: free IL-6 rises and ICANS does not fall, each said in place', async ({
        page,
      }) => {
        const explorer = await openExplorer(page, '?burden=80');
        const icans = await figure(explorer, 'icans');
        await explorer.getByLabel(/^Tocilizumab/).selectOption('grade2');
        const change = explorer.locator('[data-change="tocilizumab"]');
        await expect(change.locator('[data-notice="free-il6"]')).toContainText('Free IL-6 went up');
        // The model's ICANS grade with tocilizumab is not lower: the page says so.
        expect(Number(await figure(explorer, 'icans'))).toBeGreaterThanOrEqual(Number(icans));
        await expect(change.locator('[data-notice="brain"]')).toContainText(
          'does not protect the brain',
        );
        await expect(
          change.getByRole('link', { name: /Tocilizumab, on Treatments/ }),
        ).toHaveAttribute('href', '/treatments/#tocilizumab');
      });

      test('fever medicine: the hidden fever is pointed out', async ({ page }) => {
        const explorer = await openExplorer(page);
        await explorer.getByLabel(/^Fever medicine/).selectOption('fever');
        const notice = explorer.locator('[data-change="antipyretic"] [data-notice="fever-hidden"]');
        await expect(notice).toContainText('hid the fever');
        await expect(notice.getByRole('link')).toHaveAttribute(
          'href',
          /^\/symptoms-and-grading\/#/,
        );
      });

      test('the links of the notices lead to sections that exist', async ({ page }) => {
        const explorer = await openExplorer(page, '?burden=80');
        await explorer.getByLabel(/^Tocilizumab/).selectOption('grade2');
        const hrefs = await explorer
          .locator('[data-notice] a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) {
          await page.goto(href);
          const id = decodeURIComponent(href.split('#')[1] ?? '');
          await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
        }
      });

      test('time charts mark when each drug starts', async ({ page }) => {
        const explorer = await openExplorer(page, '?burden=80&tocilizumab=grade2&anakinra=day0');
        const chart = explorer.locator('[data-chart="IL-6"]');
        await expect(chart.locator('[data-drug-mark]')).toHaveCount(2);
        await expect(chart.locator('[data-drug-mark]').first()).toContainText(
          /Anakinra|Tocilizumab/,
        );
        await expect(chart.getByRole('img').first()).toHaveAttribute('aria-label', /Tocilizumab/);
      });

      test('tocilizumab against anakinra, A against B, kept in the address', async ({ page }) => {
        const explorer = await openExplorer(page, '?burden=80');
        await explorer.getByRole('radio', { name: 'Scenario B' }).check();
        await expect(explorer.getByRole('radio', { name: 'B', exact: true })).toBeChecked();
        await explorer.getByLabel(/^Anakinra/).selectOption('grade2');
        await explorer.getByRole('radio', { name: 'A', exact: true }).check();
        await explorer.getByLabel(/^Tocilizumab/).selectOption('grade2');
        await expect(explorer.locator('.key-figures .title')).toContainText('with B in brackets');
        const crs = explorer.locator('[data-figure="crs"]');
        const icans = explorer.locator('[data-figure="icans"]');
        await expect(icans.locator('.then')).toContainText('B:');
        // Tocilizumab (A) leaves ICANS where it was; anakinra (B) lowers it, in this model.
        expect(Number(await icans.locator('.now').textContent())).toBeGreaterThan(
          Number(await icans.locator('.then > span').textContent()),
        );
        // Both courses also sit in the summary pinned over the controls, IL-6 included.
        await expect(explorer.locator('[data-live-summary]')).toContainText(
          /A: CRS \d, ICANS \d, IL-6 [\d,]+ pg\/mL · B: CRS \d, ICANS \d, IL-6 [\d,]+ pg\/mL/,
        );
        await expect(page).toHaveURL(/[?&]b\.anakinra=grade2(&|$)/);
        await expect(page).toHaveURL(/[?&]tocilizumab=grade2(&|$)/);
        await expect(page).toHaveURL(/[?&]compare=b(&|$)/);

        const shown = { crs: await crs.textContent(), icans: await icans.textContent() };
        const again = await openExplorer(page, new URL(page.url()).search);
        await expect(again.getByRole('radio', { name: 'Scenario B' })).toBeChecked();
        await expect(again.locator('[data-figure="crs"]')).toHaveText(shown.crs ?? '');
        await expect(again.locator('[data-figure="icans"]')).toHaveText(shown.icans ?? '');
        await expect(again.getByRole('radio', { name: 'B', exact: true })).not.toBeChecked();
        await again.getByRole('radio', { name: 'B', exact: true }).check();
        await expect(again.getByLabel(/^Anakinra/)).toHaveValue('grade2');
        await expect(again.getByLabel(/^Tocilizumab/)).toHaveValue('off');
      });

      test('a bad b. value in a link gets a note and a sane default', async ({ page }) => {
        const explorer = await openExplorer(page, '?burden=80&b.anakinra=sometimes');
        await expect(page.getByRole('status').filter({ hasText: 'b.anakinra' })).toBeVisible();
        await expect(explorer.getByRole('radio', { name: 'Scenario B' })).toBeChecked();
        await explorer.getByRole('radio', { name: 'B', exact: true }).check();
        await expect(explorer.getByLabel(/^Anakinra/)).toHaveValue('off');
      });
    });

    test.describe('4. the patient view', () => {
      test('a care card for the simulated moment, labelled education, not triage', async ({
        page,
      }) => {
        const explorer = await openExplorer(page, '?burden=80&day=6');
        const symptoms = explorer.locator('.symptoms');
        await expect(symptoms.getByRole('radio', { name: 'What you might feel' })).toBeChecked();
        const card = symptoms.locator('[data-care-card]');
        await expect(card).toContainText('Education, not triage');
        await expect(card).toContainText(/If this were you: call (your care team|911)/);
        // Each felt sign on the call list says so in its own row, whatever its strength.
        const rows = symptoms.locator('.felt li');
        expect(await rows.count()).toBeGreaterThan(0);
        for (const row of await rows.all()) {
          const text = (await row.textContent()) ?? '';
          if (/confus|breath|faint|dizz|light-headed/i.test(text)) {
            await expect(row, text).toContainText(/Call (your team|911) now/);
          }
        }
      });

      test('a sign on the call list is never shown only as "mild"', async ({ page }) => {
        test.setTimeout(90_000);
        const explorer = await openExplorer(page, '?burden=80&day=0');
        const rows = explorer.locator('.symptoms .felt li');
        const day = explorer.getByRole('slider', { name: /Day after infusion/ });
        let mildCalls = 0;
        // Day by day through the first ten days, with the scrubber's arrow key (a whole day).
        for (let shown = 0; shown <= 10; shown += 1) {
          if (shown > 0) await day.press('ArrowRight');
          await expect(day).toHaveAttribute('aria-valuetext', `Day ${shown} of 28`);
          for (const row of await rows.all()) {
            const text = (await row.textContent()) ?? '';
            if (!/mild/i.test(text) || !/confus|breath|faint|dizz|light-headed/i.test(text)) {
              continue;
            }
            mildCalls += 1;
            await expect(row, `day ${shown}: ${text}`).toContainText(/Call (your team|911) now/);
          }
        }
        expect(mildCalls, 'a mild sign on the call list appears on some day').toBeGreaterThan(0);
      });
    });

    test.describe('7. screen readers hear what changed', () => {
      test('the course is announced politely, once, after the slider settles', async ({ page }) => {
        const explorer = await openExplorer(page);
        await page.evaluate(() => {
          const said: string[] = [];
          (window as unknown as { said: string[] }).said = said;
          for (const region of document.querySelectorAll('[aria-live="polite"]')) {
            new MutationObserver(() => said.push(region.textContent?.trim() ?? '')).observe(
              region,
              { childList: true, subtree: true, characterData: true },
            );
          }
        });
        const slider = explorer.getByRole('slider', { name: /Tumor burden/ });
        // A held arrow key: one step every 30 ms from 40 % to 80 %, as the browser repeats it.
        // A busy machine can stall the page between two steps; the pauses longer than the
        // announcer's wait (0.6 s) are counted, as a reader's pause would be.
        const pauses = await slider.evaluate(async (input: HTMLInputElement) => {
          input.focus();
          let last = performance.now();
          let long = 0;
          for (let step = 0; step < 40; step += 1) {
            const now = performance.now();
            if (now - last > 500) long += 1;
            last = now;
            input.value = String(Number(input.value) + 1);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((resolve) => setTimeout(resolve, 30));
          }
          return long;
        });
        await expect(slider).toHaveValue('80');
        const worst = await figure(explorer, 'crs');
        const said = () => recorded<string[]>(page, 'said');
        const course = async () =>
          (await said()).filter((text) => text.includes('worst CRS grade'));
        await expect
          .poll(async () => (await course()).at(-1) ?? '')
          .toContain(`worst CRS grade ${worst}`);
        await page.waitForTimeout(1500);
        const all = await said();
        // Where the slider stopped, once (and once more per stall of the page, at most).
        expect((await course()).length, all.join(' | ')).toBeLessThanOrEqual(1 + pauses);
        const moments = all.filter((text) => text.startsWith('Day '));
        expect(moments.length, all.join(' | ')).toBeLessThanOrEqual(1 + pauses);
        expect(pauses, 'the page was too busy to tell').toBeLessThan(5);
        await expect(explorer.locator('[data-live-course]')).toHaveAttribute('aria-live', 'polite');
      });

      test('the tab order follows the order on the screen', async ({ page }) => {
        const explorer = await openExplorer(page, '?burden=80&compare=1');
        const first = explorer.locator('a, button, input, select, summary').first();
        await first.focus();
        const seen: { name: string; x: number; y: number; right: number }[] = [];
        for (let step = 0; step < 60; step += 1) {
          const where = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement | null;
            const explorerElement = document.querySelector('[data-preset="full"]');
            if (!element || !explorerElement?.contains(element)) return null;
            const box = element.getBoundingClientRect();
            return {
              name: `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''}`,
              x: box.left + window.scrollX,
              y: box.top + window.scrollY,
              right: box.right + window.scrollX,
            };
          });
          if (!where) break;
          seen.push(where);
          await page.keyboard.press('Tab');
        }
        expect(seen.length).toBeGreaterThan(10);
        // Each stop is below the one before, or in a column to its right (a new column starts
        // at its top); never back up on the left.
        const backwards = seen.flatMap((now, i) => {
          const was = seen[i - 1];
          if (!was || now.y >= was.y - 2 || now.x >= was.right - 2) return [];
          return [`${was.name} → ${now.name}`];
        });
        expect(backwards, JSON.stringify(seen)).toEqual([]);
      });
    });

    test('axe: comparing with B, and the patient view with its care card, both themes', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const states = [
        '?burden=80&tocilizumab=grade2&compare=b&b.anakinra=grade2',
        '?burden=80&day=6',
      ];
      for (const query of states) {
        const explorer = await openExplorer(page, query);
        if (query.includes('compare=b')) {
          await explorer.getByLabel(/^Tocilizumab/).selectOption('fever');
          await expect(explorer.locator('[data-change="tocilizumab"]')).toBeVisible();
        } else {
          await expect(explorer.locator('[data-care-card]')).toBeVisible();
        }
        for (const theme of themes) {
          await page.emulateMedia({ colorScheme: theme });
          expect(await axe(page), `${query}, ${theme}`).toEqual([]);
        }
      }
    });
  });
}
