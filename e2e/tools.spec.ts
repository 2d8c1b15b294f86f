import { axeViolations } from './axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { tabTo, themes, watchErrors } from './site';

/**
 * The clinician calculators (/tools/crs-grade/, /tools/icans-grade/): filled by keyboard,
 * opened from links (good and mangled), shared with Copy link, printed, and read with
 * JavaScript off. Grading itself is unit-tested in src/model and src/lib.
 */

const CRS = '/tools/crs-grade/';
const ICANS = '/tools/icans-grade/';

/** Opens a calculator and waits until it has read the address (its Copy link button shows). */
async function openTool(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const tool = page.locator('.grade-tool');
  await expect(tool.getByRole('button', { name: 'Copy link to this result' })).toBeVisible();
  return tool;
}

function result(tool: Locator): Locator {
  return tool.getByRole('status', { name: 'Result' });
}

test.describe('CRS grade calculator', () => {
  test('is filled by keyboard alone and marks the deciding cell of the table', async ({ page }) => {
    const errors = watchErrors(page);
    const tool = await openTool(page, CRS);
    // A blank form assumes nothing: no grade until every input is entered.
    await expect(result(tool)).toContainText('Not graded yet');

    const temperature = tool.getByLabel('Highest temperature (°C)');
    await tabTo(page, temperature, 60);
    await page.keyboard.type('38.5');
    await expect(tool.getByText('38.5 °C (101.3 °F)').first()).toBeVisible();
    await expect(result(tool)).toContainText(
      'enter blood-pressure support and oxygen support. Nothing is assumed',
    );

    // Tab: the "masked" box, then the blood-pressure group (its first radio, none checked yet).
    await page.keyboard.press('Tab');
    await expect(tool.getByLabel(/Fever masked/)).toBeFocused();
    await page.keyboard.press('Tab');
    const bpNone = tool
      .getByRole('group', { name: 'Blood-pressure support' })
      .getByLabel(/None: blood pressure/);
    await expect(bpNone).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(tool.getByLabel('One vasopressor, with or without vasopressin')).toBeChecked();
    await expect(result(tool)).toContainText('enter oxygen support');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(tool.getByLabel(/Low-flow nasal cannula/)).toBeChecked();

    await expect(result(tool)).toContainText('CRS grade 3, because fever of 38.5 °C');
    await expect(result(tool)).toContainText('one vasopressor sets grade 3');

    const table = tool.getByRole('table', { name: 'ASTCT consensus grading of CRS' });
    const current = table.locator('tr[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current.getByRole('rowheader')).toContainText('3');
    const setting = table.locator('td', { hasText: 'sets the grade' });
    await expect(setting).toHaveCount(1);
    await expect(setting).toContainText('one vasopressor');
    await expect(table.locator('td', { hasText: 'present' })).toContainText('Low-flow');
    expect(errors).toEqual([]);
  });

  test('a link opens with its inputs set and its grade', async ({ page }) => {
    const tool = await openTool(page, `${CRS}?temp=38.5&bp=one-pressor&o2=none`);
    await expect(tool.getByLabel('Highest temperature (°C)')).toHaveValue('38.5');
    await expect(tool.getByLabel('One vasopressor, with or without vasopressin')).toBeChecked();
    await expect(tool.getByLabel('None, or oxygen for comfort only')).toBeChecked();
    await expect(tool.getByLabel(/Fever masked/)).not.toBeChecked();
    await expect(result(tool)).toContainText('CRS grade 3, because');
    await expect(tool.getByRole('status', { name: /This link had/ })).toHaveCount(0);
  });

  test('the published address form, without a trailing slash, opens the same result', async ({
    page,
  }) => {
    const tool = await openTool(page, '/tools/crs-grade?temp=38.5&bp=one-pressor&o2=none');
    await expect(result(tool)).toContainText('CRS grade 3, because');
    const icans = await openTool(
      page,
      '/tools/icans-grade?ice=6&consciousness=voice&seizure=none&motor=none&edema=none',
    );
    await expect(result(icans)).toContainText('ICANS grade 2');
  });

  test('edge cases read from links: exactly 38.0 °C, hypotension without fever, masked fever', async ({
    page,
  }) => {
    let tool = await openTool(page, `${CRS}?temp=38.0&bp=none&o2=none`);
    await expect(result(tool)).toContainText('CRS grade 1');
    // Without fever and without CRS first, hypotension alone is not graded as CRS.
    tool = await openTool(page, `${CRS}?temp=37.9&bp=fluids&o2=none`);
    await expect(result(tool)).toContainText('CRS grade 0');
    await expect(result(tool)).toContainText('look for another cause');
    tool = await openTool(page, `${CRS}?temp=37.2&bp=fluids&o2=none&masked=1`);
    await expect(result(tool)).toContainText('CRS grade 2');
    await expect(tool.getByLabel(/Fever masked/)).toBeChecked();
    tool = await openTool(page, `${CRS}?temp=39&bp=none&o2=high-flow`);
    await expect(result(tool)).toContainText('CRS grade 3');
  });

  test('masked fever with no other finding never reads as "no CRS"', async ({ page }) => {
    const tool = await openTool(page, `${CRS}?temp=37.2&bp=none&o2=none&masked=1`);
    await expect(result(tool)).toContainText('No grade 2–4 CRS criteria');
    await expect(result(tool)).toContainText('CRS may still be present under treatment');
    await expect(result(tool)).not.toContainText('no CRS');
    await expect(tool.getByText(/grade 1 needs a measured fever/)).toBeVisible();
  });

  test('a change rewrites the address in place, without a new history entry', async ({ page }) => {
    const tool = await openTool(page, CRS);
    expect(new URL(page.url()).search).toBe('');
    const before = await page.evaluate(() => history.length);
    await tool.getByLabel('Several vasopressors (vasopressin not counted)').check();
    await expect.poll(() => new URL(page.url()).search).toBe('?bp=multiple-pressors');
    await tool.getByLabel('Highest temperature (°C)').fill('37');
    await tool.getByLabel('None, or oxygen for comfort only').check();
    await tool.getByLabel(/Fever masked/).check();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?temp=37&bp=multiple-pressors&o2=none&masked=1');
    await expect(result(tool)).toContainText('CRS grade 4');
    expect(await page.evaluate(() => history.length)).toBe(before);

    // The rewritten address is a link to the same result.
    await page.reload();
    await expect(result(page.locator('.grade-tool'))).toContainText('CRS grade 4');
  });

  test('Copy link copies the address of the current inputs', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tool = await openTool(page, `${CRS}?temp=38.5&bp=none&o2=low-flow`);
    await tool.getByLabel(/High-flow nasal cannula/).check();
    await expect.poll(() => page.url()).toContain('o2=high-flow');
    await tool.getByRole('button', { name: 'Copy link to this result' }).click();
    await expect(tool.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe('?temp=38.5&bp=none&o2=high-flow');
  });

  test('Copy link falls back to a selected field when the clipboard refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    const tool = await openTool(page, `${CRS}?temp=38.5&bp=none&o2=none`);
    await tool.getByRole('button', { name: 'Copy link to this result' }).click();
    const field = tool.getByLabel('Link to this page');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(page.url());
    const selected = await field.evaluate(
      (input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!,
    );
    expect(selected).toBe(page.url().length);
    await expect(tool.getByText(/the text is selected/)).toBeVisible();
  });

  test('a mangled link opens with a note naming what could not be used, and no grade', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const query = '?temp=abc&bp=<script>alert(1)</script>&zzz=1';
    const tool = await openTool(page, `${CRS}${query}`);
    const note = tool.getByRole('status', { name: /This link had settings we could not use/ });
    await expect(note).toBeVisible();
    await expect(note).toContainText('Nothing was assumed in their place');
    await expect(note).toContainText('temp "abc" is not a number');
    await expect(note).toContainText('bp "<script>alert(1)</script>"');
    await expect(note).toContainText('Unknown setting "zzz"');
    await expect(note).toContainText('This link has no value for oxygen support');
    expect(await note.locator('script').count()).toBe(0);

    // Nothing stands in for the bad values: no radio is checked and there is no grade.
    await expect(tool.getByLabel('Highest temperature (°C)')).toHaveValue('abc');
    await expect(tool.getByLabel('Highest temperature (°C)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(tool.locator('input[type=radio]:checked')).toHaveCount(0);
    await expect(result(tool)).toContainText('Not graded yet');
    // The address keeps what the link carried until the reader changes something.
    expect(decodeURIComponent(new URL(page.url()).search)).toBe(query);

    // Dismissed by keyboard, the note goes and focus lands on the result.
    await tool.getByRole('button', { name: 'Dismiss this note' }).focus();
    await page.keyboard.press('Enter');
    await expect(note).toHaveCount(0);
    await expect(result(tool)).toBeFocused();
    expect(errors).toEqual([]);
  });

  test('a Fahrenheit temperature in a link is offered in °C, never clamped or graded', async ({
    page,
  }) => {
    const tool = await openTool(page, `${CRS}?temp=98.6&bp=none&o2=none`);
    const note = tool.getByRole('status', { name: /This link had settings/ });
    await expect(note).toContainText(
      'temp 98.6 is not a body temperature in °C, so it was not used',
    );
    const field = tool.getByLabel('Highest temperature (°C)');
    await expect(field).toHaveValue('98.6');
    await expect(tool.getByText(/In °F, it would be 37\.0 °C \(98\.6 °F\)/)).toBeVisible();
    await expect(result(tool)).toContainText('Not graded yet');
    await expect(result(tool)).not.toContainText('grade 1');
    expect(new URL(page.url()).search).toBe('?temp=98.6&bp=none&o2=none');
    await tool.getByRole('button', { name: 'Use 37.0 °C (98.6 °F)' }).click();
    await expect(field).toHaveValue('37');
    // The button goes with the error; focus comes back to the field, not to the page top.
    await expect(field).toBeFocused();
    await expect(result(tool)).toContainText('CRS grade 0');
    await expect.poll(() => new URL(page.url()).search).toBe('?temp=37&bp=none&o2=none');
  });

  test('a key given twice in a link is refused, not guessed', async ({ page }) => {
    const tool = await openTool(page, `${CRS}?temp=37&temp=39&bp=none&o2=none`);
    const note = tool.getByRole('status', { name: /This link had settings/ });
    await expect(note).toContainText(
      'temp was given more than once, so none of its values was used',
    );
    await expect(result(tool)).toContainText('Not graded yet');
  });

  test('a decimal comma typed into the field is read as a decimal point', async ({ page }) => {
    const tool = await openTool(page, `${CRS}?bp=none&o2=none`);
    await tool.getByLabel('Highest temperature (°C)').fill('38,5');
    await expect(tool.getByText('38.5 °C (101.3 °F)').first()).toBeVisible();
    await expect(result(tool)).toContainText('CRS grade 1, because fever of 38.5 °C');
  });

  test('an out-of-range temperature typed in is flagged and gives no grade', async ({ page }) => {
    const tool = await openTool(page, `${CRS}?temp=39&bp=fluids&o2=none`);
    await expect(result(tool)).toContainText('CRS grade 2');
    const field = tool.getByLabel('Highest temperature (°C)');
    await field.fill('390');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(tool.getByText(/390 is not a body temperature in °C \(30–45 °C\)/)).toBeVisible();
    await expect(result(tool)).toContainText('Not graded yet');
    await field.fill('101.3');
    await expect(tool.getByText(/In °F, it would be 38\.5 °C/)).toBeVisible();
    await tool.getByRole('button', { name: 'Use 38.5 °C (101.3 °F)' }).click();
    await expect(result(tool)).toContainText('CRS grade 2');
  });
});

test.describe('ICANS grade calculator', () => {
  test('takes a typed ICE total, or counts it from the ten points, and grades it', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const tool = await openTool(page, ICANS);
    await expect(result(tool)).toContainText('Not graded yet');
    await expect(result(tool)).toContainText('enter the ICE score, the level of consciousness');

    const ice = tool.getByLabel('ICE score (0–10)');
    await tabTo(page, ice, 60);
    await page.keyboard.type('7');
    await tool.getByLabel('Alert', { exact: true }).check();
    for (const group of [
      'Seizure',
      'Motor findings',
      'Raised intracranial pressure / cerebral edema',
    ]) {
      await tool.getByRole('group', { name: group }).getByLabel('None', { exact: true }).check();
    }
    await expect(result(tool)).toContainText('ICANS grade 1, because ICE score 7 of 10');

    // Counting item by item sets the total only when the reader asks.
    await tool.getByText('Count the ICE score item by item').click();
    await tool.getByRole('button', { name: 'Tick all (10)' }).click();
    await expect(ice).toHaveValue('7');
    await tool.getByRole('button', { name: 'Use 10 as the ICE score' }).click();
    await expect(ice).toHaveValue('10');
    await expect(ice).toBeFocused();
    await expect(result(tool)).toContainText('ICANS grade 0');
    // Keyboard from the ICE field: untick year, month and city with Space.
    await ice.focus();
    for (const name of ['Year', 'Month', 'City']) {
      await tabTo(page, tool.getByLabel(name, { exact: true }), 60);
      await page.keyboard.press('Space');
    }
    await expect(tool.getByText('Points ticked: 7 of 10.', { exact: true })).toBeVisible();
    await expect(ice).toHaveValue('10');
    await tool.getByLabel('Hospital', { exact: true }).uncheck();
    await tool.getByRole('button', { name: 'Use 6 as the ICE score' }).click();
    await expect(ice).toHaveValue('6');
    await expect(result(tool)).toContainText('ICANS grade 2');
    await expect.poll(() => new URL(page.url()).search).toContain('ice=6');

    const table = tool.getByRole('table', { name: /ASTCT consensus grading of ICANS/ });
    await expect(table.locator('th[aria-current="true"]')).toContainText('Grade 2');
    await expect(table.locator('td', { hasText: 'sets the grade' })).toContainText('3–6');
    expect(errors).toEqual([]);
  });

  test('an unarousable patient scores ICE 0; another ICE score is flagged, not graded', async ({
    page,
  }) => {
    const tool = await openTool(page, `${ICANS}?seizure=none&motor=none&edema=none`);
    await tool.getByLabel('Cannot be roused: stupor or coma').check();
    await expect(result(tool)).toContainText(
      'ICANS grade 4, because ICE score 0 because the patient cannot be roused',
    );
    await tool.getByLabel('ICE score (0–10)').fill('7');
    await expect(result(tool)).toContainText('Not graded: the inputs disagree');
    await expect(result(tool)).toContainText('An ICE score of 7 cannot go with a patient who');
    // Rousable by vigorous touch, the patient may still do the test: grade 4 by consciousness.
    await tool.getByLabel('Rousable only by vigorous or repeated touch').check();
    await expect(result(tool)).toContainText('ICANS grade 4');
    await tool.getByLabel('ICE score (0–10)').fill('0');
    await tool.getByLabel('Alert', { exact: true }).check();
    await expect(result(tool)).toContainText('ICANS grade 3');
  });

  test('an unusable ICE score is never replaced by 0, even when the patient cannot be roused', async ({
    page,
  }) => {
    const tool = await openTool(
      page,
      `${ICANS}?ice=12&consciousness=unarousable&seizure=none&motor=none&edema=none`,
    );
    await expect(tool.getByRole('status', { name: /This link had settings/ })).toContainText(
      'ice 12 is not a whole number from 0 to 10',
    );
    await expect(result(tool)).toContainText('Not graded yet');
    await expect(result(tool)).not.toContainText('grade 4');
  });

  test('a link opens with its inputs, and shows only the ICE total it carried', async ({
    page,
  }) => {
    const tool = await openTool(
      page,
      `${ICANS}?ice=5&consciousness=voice&seizure=none&motor=none&edema=focal`,
    );
    await expect(tool.getByLabel('ICE score (0–10)')).toHaveValue('5');
    await expect(tool.locator('.ice-items input:checked')).toHaveCount(0);
    await expect(tool.getByLabel('Awakens only to voice')).toBeChecked();
    await expect(tool.getByLabel('Focal or local edema on neuroimaging')).toBeChecked();
    await expect(result(tool)).toContainText('ICANS grade 3');
  });

  test('a link without an ICE score is not graded as if the score were 10', async ({ page }) => {
    const tool = await openTool(
      page,
      `${ICANS}?consciousness=voice&seizure=none&motor=none&edema=none`,
    );
    const note = tool.getByRole('status', { name: /This link had settings/ });
    await expect(note).toContainText(
      'This link has no value for the ICE score; nothing was assumed',
    );
    await expect(tool.getByLabel('ICE score (0–10)')).toHaveValue('');
    await expect(result(tool)).toContainText('Not graded yet');
    await expect(result(tool)).toContainText('enter the ICE score');
  });

  test('a mangled link opens with a note and no grade from a substitute', async ({ page }) => {
    const errors = watchErrors(page);
    const tool = await openTool(page, `${ICANS}?ice=12.5&seizure=%E0%A4%A&motor=weakness`);
    const note = tool.getByRole('status', { name: /This link had settings/ });
    await expect(note).toContainText('ice 12.5 is not a whole number from 0 to 10');
    await expect(note).toContainText('could not be read');
    await expect(tool.getByLabel('ICE score (0–10)')).toHaveValue('12.5');
    await expect(result(tool)).toContainText('Not graded yet');
    expect(errors).toEqual([]);
  });
});

for (const path of [CRS, ICANS]) {
  test.describe(`${path} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('shows the full consensus table and no made-up result', async ({ page }) => {
      await page.goto(path);
      const tool = page.locator('.grade-tool');
      const table = tool.getByRole('table');
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(5);
      await expect(result(tool)).toContainText('Not graded yet');
      await expect(tool.getByText(/This calculator needs JavaScript/)).toBeVisible();
      await expect(tool.getByRole('button', { name: 'Copy link to this result' })).toBeHidden();
    });
  });

  test(`${path} prints on one page with the inputs as text and the link`, async ({ page }) => {
    const query =
      path === CRS
        ? '?temp=39.2&bp=one-pressor&o2=high-flow&masked=1'
        : '?ice=2&consciousness=touch&seizure=generalized&motor=none&edema=focal';
    const tool = await openTool(page, `${path}${query}`);
    await page.emulateMedia({ media: 'print' });
    await expect(tool.getByText(`Link to these inputs: ${page.url()}`)).toBeVisible();
    await expect(tool.locator('.print-summary')).toBeVisible();
    await expect(tool.getByRole('group').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm' } });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  });

  test(`${path}: every control is a touch target of at least 44 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const tool = await openTool(page, path);
    const targets = tool.locator(
      'label:has(input), button:not(.term), input[type="text"], details > summary',
    );
    const count = await targets.count();
    expect(count).toBeGreaterThan(5);
    for (let index = 0; index < count; index += 1) {
      const target = targets.nth(index);
      if (!(await target.isVisible())) continue;
      const box = await target.boundingBox();
      expect(box?.height ?? 0, await target.innerText()).toBeGreaterThanOrEqual(44);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  });
}

/**
 * The tool is the page: first under the title, the explanation after it; its result in view
 * from a shared link and while the fields change, without hiding the field in use.
 */
const shared = {
  [CRS]: '?temp=38.5&bp=one-pressor&o2=none',
  [ICANS]: '?ice=5&consciousness=voice&seizure=none&motor=none&edema=focal',
};

/** Where the focused field is against the result bar above it, and whether the bar is on screen. */
async function focusAgainstBar(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const bar = document.querySelector('.grade-tool .result-bar')!.getBoundingClientRect();
    const field = focused.getBoundingClientRect();
    return {
      name: (focused.closest('label, fieldset, .field, details') ?? focused).textContent
        ?.trim()
        .slice(0, 40),
      inInputs: Boolean(focused.closest('.inputs')),
      barOnScreen: bar.top >= 0 && bar.bottom <= window.innerHeight,
      fieldBelowBar: field.top >= bar.bottom - 1 && field.bottom <= window.innerHeight + 1,
    };
  });
}

for (const [path, query] of Object.entries(shared)) {
  for (const width of [360, 1280]) {
    test(`${path}: the calculator comes first, its result on the first screen, the explanation after it (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
      const tool = await openTool(page, path);
      await expect(result(tool)).toContainText('Not graded yet');
      await expect(result(tool)).toBeInViewport({ ratio: 1 });
      await expect(tool.locator('input').first()).toBeInViewport();
      const order = await page.evaluate(() => {
        const prose = document.querySelector('.prose');
        const frame = document.querySelector('.grade-tool');
        const inShort = document.querySelector('.in-short');
        const firstText = prose?.querySelector(':scope > p');
        const follows = (a: Element | null | undefined, b: Element | null | undefined) =>
          Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          // Astro may put a <style> for the islands first; the first thing a reader sees counts.
          toolFirstInProse:
            [...(prose?.children ?? [])]
              .find((element) => !['STYLE', 'SCRIPT', 'LINK'].includes(element.tagName))
              ?.contains(frame) ?? false,
          inShortAfterTool: follows(frame, inShort),
          textAfterTool: follows(frame, firstText),
          contentsList: document.querySelectorAll('.toc').length,
        };
      });
      expect(order).toEqual({
        toolFirstInProse: true,
        inShortAfterTool: true,
        textAfterTool: true,
        contentsList: 0,
      });
    });

    test(`${path}: a shared link opens with the result in view, and it stays in view, clear of the field in use, while the inputs change (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
      const tool = await openTool(page, `${path}${query}`);
      const box = result(tool);
      await expect(box).toContainText(/grade \d, because/);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(box).toBeInViewport({ ratio: 1 });

      // Forward through every field by keyboard, changing each radio group with the arrow keys,
      // then back up: the bar never leaves the screen and never hides the focused field.
      const first = tool.locator('.inputs input').first();
      await first.focus();
      const seen: string[] = [];
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let presses = 0; presses < 40; presses += 1) {
          const place = await focusAgainstBar(page);
          if (!place.inInputs) break;
          seen.push(place.name);
          expect(place, `${key} to "${place.name}"`).toMatchObject({
            barOnScreen: true,
            fieldBelowBar: true,
          });
          await expect(box).toBeInViewport({ ratio: 1 });
          const radio = await page.evaluate(
            () => (document.activeElement as HTMLInputElement).type === 'radio',
          );
          if (radio && key === 'Tab') {
            const before = page.url();
            await page.keyboard.press('ArrowDown');
            await expect.poll(() => page.url()).not.toBe(before);
            expect(await focusAgainstBar(page)).toMatchObject({
              barOnScreen: true,
              fieldBelowBar: true,
            });
          }
          await page.keyboard.press(key);
        }
        await page.keyboard.press(key === 'Tab' ? 'Shift+Tab' : 'Tab');
      }
      expect(seen.length).toBeGreaterThanOrEqual(8);
    });
  }
}

for (const width of [360, 1280]) {
  test(`${ICANS}: a known ICE total is typed in, the ten items stay folded away, and a bad total gets a message and no grade (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
    const tool = await openTool(
      page,
      `${ICANS}?consciousness=awake&seizure=none&motor=none&edema=none`,
    );
    const items = tool.locator('details.ice-items');
    await expect(items).not.toHaveAttribute('open');
    await expect(tool.getByLabel('Year', { exact: true })).toBeHidden();
    const ice = tool.getByLabel('ICE score (0–10)');
    await ice.fill('6');
    await expect(result(tool)).toContainText('ICANS grade 2, because ICE score 6 of 10');
    await expect(result(tool)).toBeInViewport({ ratio: 1 });
    await expect.poll(() => new URL(page.url()).searchParams.get('ice')).toBe('6');
    for (const bad of ['11', '6.5', '-1', 'six']) {
      await ice.fill(bad);
      await expect(
        tool.getByText(/is not an ICE score: type a whole number from 0 to 10/),
      ).toBeVisible();
      await expect(result(tool)).toContainText('Not graded yet');
      await expect(ice).toHaveValue(bad);
    }
  });
}

/** The site-wide axe check sees the default state; this one sees marks, notes and errors. */
const marked = {
  [CRS]: '?temp=39.2&bp=one-pressor&o2=low-flow&masked=1&zzz=1',
  [ICANS]: '?ice=5&consciousness=voice&seizure=none&motor=none&edema=focal&zzz=1',
};
for (const [path, query] of Object.entries(marked)) {
  for (const [theme, width] of themes.flatMap((theme) =>
    [360, 1280].map((w) => [theme, w] as const),
  )) {
    test(`${path} with a marked table and a link note is axe clean (${theme}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
      await page.emulateMedia({ colorScheme: theme });
      const tool = await openTool(page, `${path}${query}`);
      await expect(tool.getByText('sets the grade').first()).toBeVisible();
      await expect(tool.getByRole('status', { name: /This link had settings/ })).toBeVisible();
      if (path === CRS) await tool.getByLabel('Highest temperature (°C)').fill('300');
      expect(await axeViolations(page, '.grade-tool')).toEqual([]);
    });
  }
}
