/**
 * Wires the self-checks that SelfCheck.astro and BeforeCheck.astro render as plain HTML. Without
 * JavaScript each answer is a disclosure the reader opens; with it, a reader checks an answer
 * (the first answer counts), the score is kept in this browser only (`self-check.ts`), and
 * "Forget my answers" clears it. No request is made. The before-reading check of a page is wired
 * with that page's self-check, whose questions it shares.
 *
 * Markup it relies on: `[data-self-check=page]` holding `li[data-key][data-answer]` questions
 * (radios, a `[data-check]` button, a `[data-feedback]` line, a `<details>`), `[data-score]`,
 * `[data-change]`, `[data-unkept]` and `[data-forget]`; `[data-before-check=page]` holding a
 * `form` of fieldsets with `data-key` and the lines `[data-before-state=saved|late]`. `[data-js]`
 * parts are hidden until wired; `[data-no-js]` parts are hidden once wired. The longer words
 * live in that markup, not here, to keep this script small.
 */
import {
  EMPTY_RECORD,
  change,
  changeSentence,
  forgetRecord,
  loadRecord,
  saveRecord,
  score,
  scoreSentence,
  withAnswer,
  withBefore,
  type KeyValueStore,
  type QuestionFacts,
  type SelfCheckRecord,
} from './self-check';

function browserStore(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const all = <T extends HTMLElement>(root: ParentNode, selector: string): T[] => [
  ...root.querySelectorAll<T>(selector),
];

function say(element: Element | null | undefined, words: string): void {
  if (element) element.textContent = words;
}

interface Question extends QuestionFacts {
  readonly radios: HTMLInputElement[];
  readonly check: HTMLElement | null;
  readonly feedback: HTMLElement | null;
  readonly details: HTMLDetailsElement | null;
  readonly li: HTMLElement;
}

function wire(root: HTMLElement, store: KeyValueStore | undefined): void {
  const page = root.dataset['selfCheck'] ?? '';
  const questions: Question[] = all(root, 'li[data-key]').map((li) => ({
    li,
    key: li.dataset['key'] ?? '',
    answer: Number(li.dataset['answer']),
    radios: all<HTMLInputElement>(li, 'input'),
    check: li.querySelector('[data-check]'),
    feedback: li.querySelector('[data-feedback]'),
    details: li.querySelector('details'),
  }));
  const scoreLine = root.querySelector('[data-score]');
  const before = document.querySelector<HTMLElement>(`[data-before-check="${page}"]`);
  const beforeForm = before?.querySelector('form');
  let record: SelfCheckRecord = loadRecord(store, page);

  function show(): void {
    for (const q of questions) {
      const choice = record.after[q.key];
      const done = choice !== undefined;
      q.radios.forEach((radio, option) => {
        if (done) radio.checked = option === choice;
        radio.disabled = done;
      });
      if (q.check) q.check.hidden = done;
      const result = done ? (choice === q.answer ? 'right' : 'wrong') : '';
      q.li.dataset['result'] = result;
      say(q.feedback, result && (result === 'right' ? 'Right.' : 'Not quite.'));
    }
    const after = score(record.after, questions);
    say(scoreLine, scoreSentence(after));
    const compared = change(record, questions);
    say(
      root.querySelector('[data-change]'),
      compared
        ? changeSentence(compared)
        : record.before
          ? 'Answer every question to see your change.'
          : '',
    );
    if (before && beforeForm) {
      // Saved before reading, or too late: the questions at the end were answered first.
      const state = record.before ? 'saved' : after.answered > 0 ? 'late' : '';
      beforeForm.hidden = state !== '';
      for (const line of all(before, '[data-before-state]')) {
        line.hidden = line.dataset['beforeState'] !== state;
      }
    }
  }

  function keep(next: SelfCheckRecord): void {
    record = next;
    const unkept = root.querySelector<HTMLElement>('[data-unkept]');
    if (unkept) unkept.hidden = saveRecord(store, page, record);
    show();
  }

  for (const q of questions) {
    q.check?.addEventListener('click', () => {
      const chosen = q.radios.findIndex((radio) => radio.checked);
      if (chosen < 0) return say(q.feedback, 'Choose an answer first.');
      keep(withAnswer(record, q.key, chosen));
      if (q.details) q.details.open = true;
      q.details?.querySelector('summary')?.focus();
    });
  }

  root.querySelector('[data-forget]')?.addEventListener('click', () => {
    forgetRecord(store, page);
    record = EMPTY_RECORD;
    for (const q of questions) {
      for (const radio of q.radios) radio.checked = false;
      if (q.details) q.details.open = false;
    }
    beforeForm?.reset();
    show();
    say(scoreLine, 'Your answers on this page are forgotten.');
  });

  beforeForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = Object.fromEntries(
      all(beforeForm, 'fieldset[data-key]').map((fieldset) => [
        fieldset.dataset['key'] ?? '',
        Number(fieldset.querySelector('input:checked')?.getAttribute('value') ?? -1),
      ]),
    );
    keep(withBefore(record, questions, chosen));
    before?.querySelector<HTMLElement>('[data-before-state="saved"]')?.focus();
  });

  for (const part of before ? [root, before] : [root]) {
    for (const element of all(part, '[data-js]')) element.hidden = false;
    for (const element of all(part, '[data-no-js]')) element.hidden = true;
  }
  show();
}

/** Wires every self-check on the page. */
export function startSelfChecks(): void {
  const store = browserStore();
  for (const root of all(document, '[data-self-check]')) wire(root, store);
}
