import { axeViolations as axe } from './axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  builtHtml,
  builtRoutes,
  frames,
  openExplorer,
  recorded,
  tabTo,
  themes,
  watchErrors,
} from './site';

/**
 * The cascade explorer (/explore/ and its embeds). Values are read from what a reader sees:
 * the key figures, the moment sentence and the charts' data tables. The model may be retuned,
 * so the tests check directions (raises, lowers, falls, rises), never exact numbers.
 */

const EXPLORE = '/explore/';

async function figure(explorer: Locator, key: 'crs' | 'icans'): Promise<number> {
  const text = await explorer.locator(`[data-figure="${key}"] .now`).textContent();
  return Number(text);
}

/** A chart's data table as text cells: header row and one row per day. */
async function readTable(
  explorer: Locator,
  chart: string,
): Promise<{ headers: string[]; rows: string[][] }> {
  return explorer.locator(`[data-chart="${chart}"] table`).evaluate((table) => ({
    headers: [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
    ),
  }));
}

/** The numbers of one column (the first number in each cell; "1,420 pg/mL" → 1420). */
function column(table: { headers: string[]; rows: string[][] }, header: RegExp): number[] {
  const index = table.headers.findIndex((h) => header.test(h));
  expect(index, `column ${header} in ${table.headers.join(' | ')}`).toBeGreaterThan(0);
  return table.rows.map((row) =>
    Number((row[index] ?? '').replace(/,/g, '').match(/-?\d+(\.\d+)?/)?.[0]),
  );
}

/**
 * Holds the explorer's chart code until the returned function is called: until then the page
 * shows the server's drawing of the charts.
 */
async function holdChartCode(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/Charts\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** A choice of the "Compare with" switch (nothing, no drug, scenario B). */
function compareWith(explorer: Locator, choice: string): Locator {
  return explorer
    .getByRole('group', { name: 'Compare with' })
    .getByRole('radio', { name: choice, exact: true });
}

test.describe('the full explorer', () => {
  test('more tumor burden raises the worst CRS grade shown', async ({ page }) => {
    const errors = watchErrors(page);
    const explorer = await openExplorer(page);
    const burden = explorer.getByRole('slider', { name: /Tumor burden/ });
    await explorer.getByRole('button', { name: /^Low/ }).click();
    await expect(burden).toHaveAttribute('aria-valuetext', /^10% of a bulky reference, low$/);
    const low = await figure(explorer, 'crs');
    await explorer.getByRole('button', { name: /^High/ }).click();
    await expect(burden).toHaveAttribute('aria-valuetext', /^80% .*high$/);
    const high = await figure(explorer, 'crs');
    expect(high).toBeGreaterThan(low);
    // The slider itself: End moves to 100%, and the grade does not fall.
    await burden.focus();
    await page.keyboard.press('End');
    await expect(burden).toHaveAttribute('aria-valuetext', '100% of a bulky reference, above high');
    expect(await figure(explorer, 'crs')).toBeGreaterThanOrEqual(high);
    await expect(page).toHaveURL(/burden=100/);
    expect(errors).toEqual([]);
  });

  test('tocilizumab at grade 2: temperature falls and IL-6 rises in the data tables', async ({
    page,
  }) => {
    const explorer = await openExplorer(page, '?burden=80');
    await explorer.getByLabel(/^Tocilizumab/).selectOption('grade2');
    await compareWith(explorer, 'No drug').check();
    await expect(explorer.locator('[data-chart="IL-6"] thead th')).toHaveCount(3);

    const temperature = await readTable(explorer, 'Temperature');
    const il6 = await readTable(explorer, 'IL-6');
    const withDrug = column(temperature, /Your scenario/);
    const noDrug = column(temperature, /No drug/);
    const il6With = column(il6, /Your scenario/);
    const il6Without = column(il6, /No drug/);
    // The first day the two runs part is the first day after tocilizumab started.
    const day = withDrug.findIndex((t, d) => t !== noDrug[d]);
    expect(day).toBeGreaterThan(0);
    expect(withDrug[day]).toBeLessThan(withDrug[day - 1]!);
    expect(withDrug[day]).toBeLessThan(noDrug[day]!);
    expect(il6With[day]).toBeGreaterThan(il6With[day - 1]!);
    expect(il6With[day]).toBeGreaterThan(il6Without[day]!);
    // And the rise of free IL-6 lasts: its highest value is above the no-drug peak.
    expect(Math.max(...il6With)).toBeGreaterThan(Math.max(...il6Without));
    await expect(explorer.getByRole('list', { name: 'Drugs switched on' })).toContainText(
      'Tocilizumab',
    );
  });

  test('prophylactic anakinra lowers the worst ICANS grade shown', async ({ page }) => {
    const explorer = await openExplorer(page, '?burden=80');
    const before = await figure(explorer, 'icans');
    expect(before).toBeGreaterThan(0);
    await explorer.getByLabel(/^Anakinra/).selectOption('day0');
    await expect.poll(() => figure(explorer, 'icans')).toBeLessThan(before);
  });

  test('a link round trip restores the same view, without flooding history', async ({
    page,
    browser,
  }) => {
    const explorer = await openExplorer(page);
    const historyLength = await page.evaluate(() => history.length);
    await explorer.getByLabel('Treatment that starts the immune attack').selectOption('cart-41bb');
    const burden = explorer.getByRole('slider', { name: /Tumor burden/ });
    await burden.focus();
    for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
    await expect(burden).toHaveValue('65');
    await explorer.getByLabel(/^Tocilizumab/).selectOption('grade2');
    await compareWith(explorer, 'No drug').check();
    await explorer.getByRole('radio', { name: 'Clinician view' }).check();
    await explorer.getByRole('radio', { name: 'Log', exact: true }).check();
    const day = explorer.getByRole('slider', { name: /Day after infusion/ });
    await day.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(day).toHaveAttribute('aria-valuetext', 'Day 6 of 28');
    await expect(page).toHaveURL(
      /\?therapy=cart-41bb&burden=65&tocilizumab=grade2&day=6&view=clinician&scale=log&compare=1$/,
    );
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    const sentence = await explorer.locator('[data-moment]').textContent();
    const figures = await explorer.locator('.key-figures').textContent();
    const fresh = await browser.newPage();
    const again = await openExplorer(fresh, new URL(page.url()).search);
    await expect(again.locator('[data-moment]')).toHaveText(sentence ?? '');
    await expect(again.locator('.key-figures')).toHaveText(figures ?? '');
    await expect(again.getByLabel('Treatment that starts the immune attack')).toHaveValue(
      'cart-41bb',
    );
    await expect(again.getByRole('slider', { name: /Tumor burden/ })).toHaveValue('65');
    await expect(again.getByLabel(/^Tocilizumab/)).toHaveValue('grade2');
    await expect(compareWith(again, 'No drug')).toBeChecked();
    await expect(again.getByRole('radio', { name: 'Clinician view' })).toBeChecked();
    await expect(again.getByRole('radio', { name: 'Log', exact: true })).toBeChecked();
    await expect(again.getByRole('slider', { name: /Day after infusion/ })).toHaveValue('6');
    await expect(again.getByText('This link had settings')).toHaveCount(0);
    await fresh.close();
  });

  test('a mangled link opens with a visible note of what was reset', async ({ page }) => {
    const explorer = await openExplorer(
      page,
      '?burden=500&tocilizumab=sometimes&day=99&view=doctor&colour=red&%E0%A4%A=1',
    );
    const note = explorer.getByRole('status').filter({ hasText: 'This link had settings' });
    await expect(note).toBeVisible();
    for (const text of [
      'burden 500',
      'tocilizumab "sometimes"',
      'day 99',
      'view "doctor"',
      'colour',
    ]) {
      await expect(note).toContainText(text);
    }
    await expect(explorer.getByRole('slider', { name: /Tumor burden/ })).toHaveValue('100');
    await expect(explorer.getByLabel(/^Tocilizumab/)).toHaveValue('off');
    await expect(explorer.getByRole('radio', { name: 'What you might feel' })).toBeChecked();
    // The address keeps what the link carried until the reader changes something.
    expect(new URL(page.url()).search).toBe(
      '?burden=500&tocilizumab=sometimes&day=99&view=doctor&colour=red&%E0%A4%A=1',
    );
    await note.getByRole('button', { name: 'Dismiss this note' }).click();
    await expect(note).toHaveCount(0);
    await explorer.getByLabel(/^Tocilizumab/).selectOption('grade2');
    await expect.poll(() => new URL(page.url()).search).toContain('tocilizumab=grade2');
    expect(new URL(page.url()).search).toContain('burden=100');
    expect(new URL(page.url()).search).not.toContain('colour');
  });

  test('every control works from the keyboard alone', async ({ page, context }) => {
    // The Tab presses add up on a busy 2-core machine.
    test.setTimeout(180_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const explorer = await openExplorer(page);
    const live = explorer.locator('[data-live]');
    const moment = explorer.locator('[data-moment]');

    // Time: Play / Pause with Space, the scrubber with arrows, the speed with arrows.
    const play = explorer.getByRole('button', { name: 'Play' });
    await tabTo(page, play);
    await page.keyboard.press('Space');
    await expect(explorer.getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(explorer.getByRole('button', { name: 'Play' })).toBeVisible();
    const day = explorer.getByRole('slider', { name: /Day after infusion/ });
    await day.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(day).toHaveAttribute('aria-valuetext', 'Day 3 of 28');
    await expect(moment).toHaveText(/^Day 3: /);
    await expect(live).toHaveText(/^Day 3: /);
    await page.keyboard.press('Space');
    await expect(explorer.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(explorer.getByRole('button', { name: 'Play' })).toBeVisible();
    // The scrubber, then Play and the speed under it: the tab order is the order on screen.
    await page.keyboard.press('Tab');
    await expect(explorer.getByRole('button', { name: 'Play' })).toBeFocused();
    await page.keyboard.press('Tab');
    const speed = explorer.getByLabel('Speed');
    await expect(speed).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(speed).toHaveValue('4');

    // Scenario: what it is compared with, burden by arrows and preset buttons, treatment, dose,
    // every drug; the controls come in the order they are shown.
    await tabTo(page, compareWith(explorer, 'Nothing'));
    await page.keyboard.press('ArrowRight');
    await expect(compareWith(explorer, 'No drug')).toBeChecked();
    const burden = explorer.getByRole('slider', { name: /Tumor burden/ });
    await page.keyboard.press('Tab');
    await expect(burden).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(burden).toHaveAttribute(
      'aria-valuetext',
      '41% of a bulky reference, between moderate and high',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(explorer.getByRole('button', { name: /^High/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(burden).toHaveValue('80');
    // The button's effect is said right under the burden control, where it was pressed; its
    // links (what to notice) come next in the tab order.
    await expect(explorer.locator('[data-change="burden"]')).toBeVisible();
    for (const [label, value] of [
      ['Treatment that starts the immune attack', 'cart-41bb'],
      ['Cell dose or drug exposure', 'high'],
    ] as const) {
      await tabTo(page, explorer.getByLabel(label), 4);
      await page.keyboard.press('ArrowDown');
      await expect(explorer.getByLabel(label)).toHaveValue(value);
    }
    for (const drug of [
      'Tocilizumab',
      'Siltuximab',
      'Anakinra',
      'Dexamethasone',
      'Antihistamine',
      'Fever medicine',
    ]) {
      const select = explorer.getByLabel(new RegExp(`^${drug}`));
      await tabTo(page, select, 4);
      await page.keyboard.press('ArrowDown');
      await expect(select).toHaveValue('day0');
    }
    await expect(explorer.locator('.key-figures')).toContainText('no drug');
    await expect(page).toHaveURL(/dexamethasone=day0/);

    // Views, scale, tables, copy link.
    await tabTo(page, explorer.getByRole('radio', { name: 'What you might feel' }));
    await page.keyboard.press('ArrowRight');
    await expect(explorer.getByRole('radio', { name: 'Clinician view' })).toBeChecked();
    await expect(explorer.getByRole('heading', { name: /^Clinician view, day/ })).toBeVisible();
    await tabTo(
      page,
      explorer.getByRole('link', { name: 'Grade this moment in the CRS calculator' }),
    );
    await tabTo(page, explorer.getByRole('radio', { name: 'Linear', exact: true }));
    await page.keyboard.press('ArrowRight');
    await expect(explorer.getByRole('radio', { name: 'Log', exact: true })).toBeChecked();
    const firstTable = explorer.locator('[data-chart="IL-6"] summary');
    await tabTo(page, firstTable);
    await page.keyboard.press('Enter');
    await expect(explorer.locator('[data-chart="IL-6"] table')).toBeVisible();
    const copy = explorer.getByRole('button', { name: 'Copy link to this view' });
    await tabTo(page, copy, 200);
    await page.keyboard.press('Enter');
    await expect(
      explorer.getByRole('status').filter({ hasText: /Link copied|link is selected/ }),
    ).toBeVisible();

    // Reset (the last of the scenario's controls, above) returns to the starting scenario.
    await tabTo(page, explorer.getByRole('button', { name: 'Reset' }), 80, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(burden).toHaveValue('40');
    await expect(explorer.getByLabel(/^Tocilizumab/)).toHaveValue('off');
    await expect(page).toHaveURL(/\/explore\/$/);
  });

  test('the diagram explains a part on focus and links to its step', async ({ page }) => {
    const explorer = await openExplorer(page);
    const il6 = explorer.getByRole('link', { name: /^IL-6, / });
    await tabTo(page, il6);
    await expect(explorer.locator('.explain')).toContainText('IL-6:');
    await expect(explorer.locator('.explain').getByRole('link')).toHaveAttribute(
      'href',
      /^\/cascade\/#step-5-/,
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/cascade\/#step-5-/);
  });

  test('“Grade this moment” opens the calculator with the same grade', async ({ page }) => {
    const explorer = await openExplorer(page, '?burden=80&day=5&view=clinician');
    const grade = await explorer.locator('.clinical dd').first().locator('strong').textContent();
    await explorer.getByRole('link', { name: 'Grade this moment in the CRS calculator' }).click();
    await expect(page).toHaveURL(/\/tools\/crs-grade\/\?temp=/);
    await expect(page.getByRole('status', { name: 'Result' })).toContainText(`CRS grade ${grade}`);
  });

  test('each chart is drawn at the width of its box on a phone, and again when the window widens and narrows, with no error', async ({
    page,
  }) => {
    // Errors the page reports itself (a resize observer's loop error is one; it is no exception).
    await page.addInitScript(() => {
      const errors: string[] = [];
      Object.assign(window, { pageErrors: errors });
      addEventListener('error', (event) => errors.push(event.message));
    });
    await page.setViewportSize({ width: 360, height: 780 });
    const explorer = await openExplorer(page);
    const charts = explorer.locator('figure.chart');
    // The slot, not a chart: the server's charts are replaced while the page scrolls.
    await explorer.locator('.charts-slot').scrollIntoViewIfNeeded();
    // The live charts have replaced the server's drawing (drawn 560 wide, whatever the screen).
    await expect(explorer.locator('.charts-slot .drawn')).toHaveCount(0);
    await expect(charts).toHaveCount(5);
    const fit = () =>
      charts.evaluateAll((figures) =>
        figures.map((figure) => {
          const plot = figure.querySelector('.plot');
          const drawn = figure.querySelector('svg')?.viewBox.baseVal.width ?? 0;
          const box = Math.max(240, plot?.clientWidth ?? 0);
          return Math.abs(drawn - box) < 1 ? 'fits' : `drawn ${drawn} wide in ${box}`;
        }),
      );
    await expect.poll(fit).toEqual(Array(5).fill('fits'));
    const width = () =>
      charts
        .first()
        .locator('svg')
        .evaluate((svg: SVGSVGElement) => svg.viewBox.baseVal.width);
    const onPhone = await width();
    expect(onPhone).toBeLessThan(360);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(fit).toEqual(Array(5).fill('fits'));
    const onLaptop = await width();
    expect(onLaptop).toBeGreaterThan(onPhone);
    await page.setViewportSize({ width: 412, height: 800 });
    await expect.poll(fit).toEqual(Array(5).fill('fits'));
    expect(await width()).toBeLessThan(onLaptop);
    // A frame for a late error to be reported in.
    await frames(page, 1);
    expect(await recorded<string[]>(page, 'pageErrors')).toEqual([]);
  });

  test('the live charts replace the server drawing at its widths: none is drawn twice', async ({
    page,
  }) => {
    // Every change of a live chart's width, from the first script on.
    await page.addInitScript(() => {
      const changes: string[] = [];
      Object.assign(window, { widthChanges: changes });
      new MutationObserver((records) => {
        for (const { target, oldValue } of records) {
          if (!(target instanceof SVGSVGElement) || target.closest('.drawn')) continue;
          if (target.closest('.charts-slot'))
            changes.push(`${oldValue} → ${target.getAttribute('viewBox')}`);
        }
      }).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['viewBox'],
        attributeOldValue: true,
      });
    });
    await page.setViewportSize({ width: 360, height: 780 });
    const explorer = await openExplorer(page);
    await explorer.locator('.charts-slot').scrollIntoViewIfNeeded();
    await expect(explorer.locator('.charts-slot .drawn')).toHaveCount(0);
    await expect(explorer.locator('figure.chart')).toHaveCount(5);
    // Two frames: time for any second drawing (a resize report) to land.
    await frames(page);
    expect(await recorded<string[]>(page, 'widthChanges')).toEqual([]);
  });

  test('the live charts replace the server drawing one at a time, each in a task of its own', async ({
    page,
  }) => {
    // How many live charts each task added (a mutation observer reports once per task).
    await page.addInitScript(() => {
      const perTask: number[] = [];
      Object.assign(window, { liveChartsPerTask: perTask });
      const live = (node: Node) =>
        node instanceof Element
          ? [node, ...node.querySelectorAll('figure.chart')].filter(
              (element) => element.matches('figure.chart') && !element.closest('.drawn'),
            ).length
          : 0;
      new MutationObserver((records) => {
        const added = records.flatMap((record) => [...record.addedNodes]).map(live);
        const count = added.reduce((sum, n) => sum + n, 0);
        if (count > 0) perTask.push(count);
      }).observe(document, { subtree: true, childList: true });
    });
    const explorer = await openExplorer(page);
    await explorer.locator('.charts-slot').scrollIntoViewIfNeeded();
    await expect(explorer.locator('.charts-slot .drawn')).toHaveCount(0);
    expect(await recorded<number[]>(page, 'liveChartsPerTask')).toEqual([1, 1, 1, 1, 1]);
  });

  test('a data table opened from the keyboard before the chart code arrives stays open, scrolled and focused, where it was on the screen', async ({
    page,
  }) => {
    const release = await holdChartCode(page);
    // On a phone, with a comparison: the live charts' readouts take a second line, so they are
    // taller than the server's drawing (of the starting scenario).
    await page.setViewportSize({ width: 412, height: 800 });
    const explorer = await openExplorer(page, '?compare=1');
    const drawn = explorer.locator('.charts-slot .drawn figure.chart');
    await expect(drawn).toHaveCount(5);
    await drawn.nth(1).locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const region = (figure: Locator) => figure.locator('[role="region"]');
    await expect(region(drawn.nth(1))).toBeFocused();
    // The reader scrolls the table, and the page so that the table sits mid-screen.
    const place = (figure: Locator) =>
      region(figure).evaluate((element) => ({
        top: Math.round(element.getBoundingClientRect().top),
        scrolled: element.scrollTop,
      }));
    await region(drawn.nth(1)).evaluate((element) => {
      element.scrollTop = 120;
      window.scrollBy(0, element.getBoundingClientRect().top - 300);
    });
    const before = await place(drawn.nth(1));
    expect(before).toEqual({ top: 300, scrolled: 120 });

    release();
    await expect(explorer.locator('.charts-slot .drawn')).toHaveCount(0);
    const live = explorer.locator('figure.chart');
    await expect(live).toHaveCount(5);
    await expect(region(live.nth(1))).toBeFocused();
    const open = () =>
      live.evaluateAll((figures) => figures.map((f) => f.querySelector('details')?.open));
    expect(await open()).toEqual([false, true, false, false, false]);
    const after = await place(live.nth(1));
    expect(after.scrolled).toBe(before.scrolled);
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(1);
  });

  test('on a phone the live charts take the drawing’s height: nothing under them moves', async ({
    page,
  }) => {
    const release = await holdChartCode(page);
    // The server draws the starting scenario: a shared link with another (a comparison adds a
    // line to each readout) may change the charts' height, as it changes what they show.
    await page.setViewportSize({ width: 412, height: 800 });
    const explorer = await openExplorer(page);
    const heights = () =>
      explorer
        .locator('figure.chart')
        .evaluateAll((figures) => figures.map((f) => Math.round(f.getBoundingClientRect().height)));
    await expect(explorer.locator('.charts-slot .drawn figure.chart')).toHaveCount(5);
    const drawn = await heights();
    release();
    await expect(explorer.locator('.charts-slot .drawn')).toHaveCount(0);
    expect(await heights()).toEqual(drawn);
  });

  test('axe finds no violation with the drugs, comparison, clinician view and tables open', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const explorer = await openExplorer(
      page,
      '?burden=80&tocilizumab=grade2&anakinra=day0&dexamethasone=grade3&siltuximab=fever&view=clinician&compare=1&day=5',
    );
    for (const summary of await explorer.locator('summary').all()) await summary.click();
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await axe(page), theme).toEqual([]);
    }
  });
});

test.describe('motion', () => {
  test('with reduced motion: no particles and no autoplay', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/');
    const explorer = page.locator('.explorer');
    await explorer.scrollIntoViewIfNeeded();
    await expect(explorer).toHaveAttribute('data-ready', 'true');
    await page.waitForTimeout(1200);
    await expect(explorer.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(explorer.locator('[data-moment]')).toHaveText(/^Day 4: /);
    await expect(explorer.locator('.particle')).toHaveCount(0);
    // Playing by hand still works; still no particles.
    await explorer.getByRole('button', { name: 'Play' }).click();
    await expect(explorer.locator('[data-moment]')).not.toHaveText(/^Day 4: /);
    await expect(explorer.locator('.particle')).toHaveCount(0);
    await context.close();
  });

  test('without it: the home explorer plays once and particles travel', async ({ page }) => {
    await page.goto('/');
    const explorer = page.locator('.explorer');
    // It starts when the diagram (below the moment's sentence and figures) comes into view.
    await explorer.locator('.stage').scrollIntoViewIfNeeded();
    await expect(explorer.getByRole('button', { name: 'Pause' })).toBeVisible();
    const particle = explorer.locator('.particle').first();
    expect(await explorer.locator('.particle').count()).toBeGreaterThan(10);
    const positions = new Set<string>();
    for (let i = 0; i < 5; i++) {
      positions.add(`${await particle.getAttribute('cx')},${await particle.getAttribute('cy')}`);
      await page.waitForTimeout(150);
    }
    expect(positions.size).toBeGreaterThan(1);
    await explorer.getByRole('button', { name: 'Pause' }).click();
    await expect(explorer.getByRole('button', { name: 'Play' })).toBeVisible();
  });
});

test.describe('when the code cannot load', () => {
  test('an explorer left as the server drew it says its controls need JavaScript; a working one does not', async ({
    page,
  }) => {
    const explorer = await openExplorer(page);
    await expect(explorer.getByText('The controls need JavaScript')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-js'))).toBe(true);

    // Offline, or after a deploy removed the files a saved page names: no island code loads.
    await page.route(/\/_astro\/.+\.js$/, (route) => route.abort());
    await page.reload();
    await expect(explorer.getByText('The controls need JavaScript')).toBeVisible();
    await expect(explorer.getByRole('slider', { name: /Tumor burden/ })).toBeDisabled();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorer page shows the diagram, the summary and the data', async ({ page }) => {
    await page.goto(EXPLORE);
    const explorer = page.getByRole('region', { name: 'Cascade explorer' });
    await expect(explorer.locator('[data-moment]')).toHaveText(
      /^Day 4: (fever|temperature) \d+\.\d °C \(\d+\.\d °F\).* (CRS grade \d|no CRS)/,
    );
    for (const part of [
      'Tumor',
      'T cells',
      'Monocytes and macrophages',
      'IL-1',
      'IL-6',
      'Blood vessels',
      'Liver (makes CRP)',
      'Brain',
    ]) {
      const link = explorer.locator(`svg a[href^="/cascade/#step-"][aria-label^="${part}, "]`);
      await expect(link).toHaveCount(1);
    }
    await expect(explorer.getByText('The controls need JavaScript')).toBeVisible();
    expect(await explorer.locator('[data-chart="IL-6"] tbody tr').count()).toBe(29);
    await expect(
      explorer.getByText('Teaching model, not a prediction for any person.'),
    ).toBeVisible();
  });
});

test.describe('embeds', () => {
  const embeds = builtRoutes().filter((route) =>
    /component-url="[^"]*Explorer/.test(builtHtml(route)),
  );

  // The content pages that embed a preset (other hosts, such as /embed/, test themselves).
  const CONTENT_HOSTS = ['/', '/cascade/', '/tumor-burden/', '/treatments/', '/research/'];

  test('the explorer is embedded in the content pages', () => {
    const paths = embeds.map((route) => route.path);
    for (const path of [...CONTENT_HOSTS, EXPLORE]) expect(paths).toContain(path);
  });

  for (const route of embeds.filter((r) => CONTENT_HOSTS.includes(r.path))) {
    test(`${route.path}: hydrates, labels itself a teaching model and opens in the explorer`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await page.goto(route.path);
      const explorer = page.locator('.explorer');
      await explorer.scrollIntoViewIfNeeded();
      await expect(explorer).toHaveAttribute('data-ready', 'true');
      await expect(explorer).toContainText('Teaching model, not a prediction for any person.');
      const open = explorer.getByRole('link', { name: /Open (this arm )?in the explorer/ }).last();
      const href = (await open.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/explore\//);
      expect(errors).toEqual([]);
    });
  }

  test('the drugs embed opens the same scenario in the full explorer', async ({ page }) => {
    await page.goto('/treatments/');
    const embed = page.locator('.explorer');
    await embed.scrollIntoViewIfNeeded();
    await expect(embed).toHaveAttribute('data-ready', 'true');
    await embed.getByLabel(/^Anakinra/).selectOption('day0');
    const crs = await figure(embed, 'crs');
    await embed.getByRole('link', { name: 'Open in the explorer' }).click();
    await expect(page).toHaveURL(/\/explore\/\?burden=80&tocilizumab=grade2&anakinra=day0/);
    const full = page.getByRole('region', { name: 'Cascade explorer' });
    await expect(full).toHaveAttribute('data-ready', 'true');
    expect(await figure(full, 'crs')).toBe(crs);
    await expect(compareWith(full, 'No drug')).toBeChecked();
  });

  test('the research arms: anakinra protects the brain, tocilizumab does not', async ({ page }) => {
    await page.goto('/research/');
    const arms = page.getByRole('region', { name: /Research arms/ });
    await arms.scrollIntoViewIfNeeded();
    await expect(arms).toHaveAttribute('data-ready', 'true');
    const worst = async (arm: string) =>
      Number(await arms.locator(`[data-arm="${arm}"] [data-figure="icans"]`).textContent());
    const none = await worst('none');
    expect(await worst('anakinra')).toBeLessThan(none);
    expect(await worst('tocilizumab')).toBeGreaterThanOrEqual(none);
    const grades = await readTable(arms, 'grades');
    expect(grades.headers).toEqual(
      expect.arrayContaining(['CRS grade, No drug', 'ICANS grade, Anakinra']),
    );
  });
});
