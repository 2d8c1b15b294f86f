import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { builtHtml, builtRoutes, themes } from './site';

/**
 * The self-checks at the end of the student pages: readable and answerable with JavaScript off
 * (a disclosure per answer); with it, the score is kept on this device across a reload, nothing
 * is sent, and "Forget my answers" clears it; the before-reading check on /cascade/ shows the
 * reader's own change. Few page visits: one page without JavaScript, two with it.
 */
interface Question {
  question: string;
  options: string[];
  answer: number;
}

function questionsOf(page: string): Question[] {
  const file = join(import.meta.dirname, '..', 'content', 'self-checks', `${page}.yaml`);
  return (parse(readFileSync(file, 'utf8')) as { questions: Question[] }).questions;
}

/** Pages with a self-check: one questions file each (the unit tests hold the list). */
const STUDENT_PAGES = readdirSync(join(import.meta.dirname, '..', 'content', 'self-checks'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => `/${name.replace(/\.yaml$/, '')}/`);

const selfCheck = (page: Page) => page.locator('[data-self-check]');
const item = (page: Page, index: number) => selfCheck(page).locator('ol > li').nth(index);

/**
 * axe over the self-check and the before-reading check in their current state, in both themes
 * at phone and laptop widths (a11y.spec.ts sees only the first state, with the answers closed).
 */
async function expectAxeClean(page: Page): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      const found = await axeViolations(page, '[data-self-check]', '[data-before-check]');
      expect(found, `${theme}, ${width} px`).toEqual([]);
    }
  }
}

async function choose(li: Locator, option: string): Promise<void> {
  await li.getByRole('radio', { name: option, exact: true }).check();
}

test('the student pages, and only they, carry a self-check and its script', () => {
  expect(STUDENT_PAGES.length).toBeGreaterThanOrEqual(6);
  for (const route of builtRoutes()) {
    const html = builtHtml(route);
    const student = STUDENT_PAGES.includes(route.path);
    expect(html.includes('data-self-check='), route.path).toBe(student);
    expect(/<script[^>]+src="[^"]*SelfCheck[^"]*"/.test(html), route.path).toBe(student);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('each answer opens with its explanation and citation; no dead control shows', async ({
    page,
  }) => {
    const questions = questionsOf('cascade');
    const [q] = questions;
    if (!q) throw new Error('the page needs a question');
    await page.goto('/cascade/');
    const first = item(page, 0);
    await expect(selfCheck(page).locator('ol > li')).toHaveCount(questions.length);
    await expect(first.getByRole('group', { name: q.question })).toBeVisible();

    // The reader can still pick an answer, then open the disclosure to compare.
    await choose(first, q.options[0] ?? '');
    await first.getByText('Show the answer').click();
    const right = q.options[q.answer - 1] ?? '';
    await expect(first.locator('details p')).toContainText(`Answer: ${right}.`);
    const cite = first.locator('details .cite-mark').first();
    await expect(cite).toBeVisible();
    const target = await cite.getAttribute('href');
    await expect(page.locator(target ?? '#missing')).toHaveCount(1);

    // Controls that need JavaScript stay hidden; the words say how to use the disclosures.
    await expect(selfCheck(page).getByRole('button')).toHaveCount(0);
    await expect(selfCheck(page).getByText('open “Show the answer”')).toBeVisible();

    // The before-reading check says it needs JavaScript and points to the questions.
    const before = page.locator('[data-before-check]');
    await before.getByText('Before you read').click();
    await expect(before.locator('form')).toBeHidden();
    await before.getByRole('link', { name: 'Check yourself' }).click();
    await expect(page).toHaveURL(/#check-yourself$/);
  });
});

test('answers are kept on this device across a reload, unsent, until forgotten', async ({
  page,
}) => {
  const questions = questionsOf('symptoms-and-grading');
  const total = questions.length;
  await page.goto('/symptoms-and-grading/');
  // The script loads as the questions near the screen, as a reader scrolls to them.
  await selfCheck(page).scrollIntoViewIfNeeded();
  const score = selfCheck(page).locator('[data-score]');
  await expect(score).toHaveText(`You have not checked an answer yet (${total} questions).`);

  // Nothing is sent: no fetch, beacon or form post while answering (a late font file may load).
  const requests: string[] = [];
  page.on('request', (request) => {
    const sent =
      request.method() !== 'GET' ||
      !/^(document|stylesheet|font|image|script)$/.test(request.resourceType());
    if (sent) requests.push(`${request.method()} ${request.resourceType()} ${request.url()}`);
  });

  const [q1, q2] = [questions[0], questions[1]];
  if (!q1 || !q2) throw new Error('the page needs two questions');
  const first = item(page, 0);
  const second = item(page, 1);
  await first.getByRole('button', { name: 'Check my answer to question 1' }).click();
  await expect(first.locator('[data-feedback]')).toHaveText('Choose an answer first.');

  await choose(first, q1.options[q1.answer - 1] ?? '');
  await first.getByRole('button', { name: 'Check my answer to question 1' }).click();
  await expect(first.locator('[data-feedback]')).toHaveText('Right.');
  await expect(first.locator('details')).toHaveAttribute('open', '');
  await expect(first.getByText('Show the answer')).toBeFocused();

  const wrong = q2.options.find((_, index) => index !== q2.answer - 1) ?? '';
  await choose(second, wrong);
  await second.getByRole('button', { name: 'Check my answer to question 2' }).click();
  await expect(second.locator('[data-feedback]')).toHaveText('Not quite.');
  const sofar = `You have answered 2 of ${total} questions: 1 right.`;
  await expect(score).toHaveText(sofar);
  expect(requests, 'answering sends nothing').toEqual([]);

  await page.reload();
  await selfCheck(page).scrollIntoViewIfNeeded();
  await expect(score).toHaveText(sofar);
  await expect(second.getByRole('radio', { name: wrong, exact: true })).toBeChecked();
  await expect(second.getByRole('radio', { name: wrong, exact: true })).toBeDisabled();
  await expect(second.getByRole('button', { name: /Check my answer/ })).toBeHidden();

  await selfCheck(page).getByRole('button', { name: 'Forget my answers' }).click();
  await expect(score).toHaveText('Your answers on this page are forgotten.');
  await expect(second.getByRole('radio', { name: wrong, exact: true })).not.toBeChecked();
  await expect(second.getByRole('radio', { name: wrong, exact: true })).toBeEnabled();
  expect(await page.evaluate(() => Object.keys(localStorage))).not.toContainEqual(
    expect.stringContaining('self-check'),
  );
  await page.reload();
  await selfCheck(page).scrollIntoViewIfNeeded();
  await expect(score).toHaveText(`You have not checked an answer yet (${total} questions).`);
});

test('the before-and-after check on /cascade/ shows the reader their own change', async ({
  page,
}) => {
  // Two axe passes over /cascade/ (the explorer embed included): slow on a loaded 2-core machine.
  test.setTimeout(120_000);
  const questions = questionsOf('cascade');
  await page.goto('/cascade/');
  const before = page.locator('[data-before-check]');
  await before.getByText('Before you read').click();
  const fieldsets = before.locator('fieldset');
  await expect(fieldsets).toHaveCount(5);
  await expectAxeClean(page);
  // Two right before reading; "I don't know yet" for the rest.
  for (const [index, q] of questions.entries()) {
    const answer = index < 2 ? (q.options[q.answer - 1] ?? '') : 'I don’t know yet';
    await choose(fieldsets.nth(index), answer);
  }
  await before.getByRole('button', { name: 'Save my answers' }).click();
  await expect(before.locator('form')).toBeHidden();
  await expect(before.getByText('Your answers are saved on this device')).toBeFocused();

  const change = selfCheck(page).locator('[data-change]');
  await expect(change).toHaveText('Answer every question to see your change.');
  for (const [index, q] of questions.entries()) {
    const li = item(page, index);
    await choose(li, q.options[q.answer - 1] ?? '');
    await li.getByRole('button', { name: `Check my answer to question ${index + 1}` }).click();
  }
  await expect(change).toHaveText(
    'Before reading: 2 of 5 right. After reading: 5 of 5 right. That is 3 more.',
  );
  await expect(before.getByText('Your answers are saved on this device')).toBeVisible();

  // The answered state (feedback, open answers, disabled choices) passes axe too.
  await expectAxeClean(page);
});
