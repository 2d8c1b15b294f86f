/**
 * The self-checks' scoring and storage, apart from the page: a reader's answers for one page
 * are kept in this browser's localStorage under one key, and never sent anywhere. Pure except
 * for the store it is handed (any object with localStorage's three methods), so it is tested
 * without a browser. The page's wiring is `self-check-page.ts`.
 *
 * Answers are stored by question key (a fingerprint of the question, its choices and its
 * answer, made at build time), so rewording a question retires its old answers instead of
 * scoring them against the new one.
 */

/** Question key → the chosen option's index (0-based), or DONT_KNOW. */
export type Answers = Readonly<Record<string, number>>;

/** "I don't know yet", a choice of the before-reading check only. */
export const DONT_KNOW = -1;

export interface SelfCheckRecord {
  /** The answers checked in the self-check at the end of the page. */
  readonly after: Answers;
  /** The answers saved in the before-reading check, if the reader took it. */
  readonly before?: Answers;
}

export interface QuestionFacts {
  readonly key: string;
  /** Index of the right option, 0-based. */
  readonly answer: number;
}

export interface Score {
  readonly answered: number;
  readonly right: number;
  readonly total: number;
}

export interface Change {
  readonly before: Score;
  readonly after: Score;
}

/** What the answers are kept in: `localStorage`, or a stand-in in tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const EMPTY_RECORD: SelfCheckRecord = { after: {} };

export function storageKey(page: string): string {
  return `cascade-self-check-${page}`;
}

function readAnswers(value: unknown): Answers | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const answers: Record<string, number> = {};
  for (const [key, choice] of Object.entries(value)) {
    if (Number.isInteger(choice) && (choice as number) >= DONT_KNOW) {
      answers[key] = choice as number;
    }
  }
  return answers;
}

/** Reads a stored record; anything unreadable (old, hand-edited, absent) is an empty one. */
export function parseRecord(text: string | null): SelfCheckRecord {
  if (!text) return EMPTY_RECORD;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return EMPTY_RECORD;
  }
  if (typeof value !== 'object' || value === null) return EMPTY_RECORD;
  const { after, before } = value as { after?: unknown; before?: unknown };
  const kept = readAnswers(before);
  return { after: readAnswers(after) ?? {}, ...(kept && { before: kept }) };
}

/** Records a checked answer. The first answer to a question counts; later ones do not. */
export function withAnswer(record: SelfCheckRecord, key: string, choice: number): SelfCheckRecord {
  if (key in record.after) return record;
  return { ...record, after: { ...record.after, [key]: choice } };
}

/** Records the before-reading answers; an unanswered question counts as "I don't know yet". */
export function withBefore(
  record: SelfCheckRecord,
  questions: readonly QuestionFacts[],
  chosen: Answers,
): SelfCheckRecord {
  const before = Object.fromEntries(questions.map((q) => [q.key, chosen[q.key] ?? DONT_KNOW]));
  return { ...record, before };
}

/** How many of these questions were answered, and how many rightly. */
export function score(answers: Answers, questions: readonly QuestionFacts[]): Score {
  let answered = 0;
  let right = 0;
  for (const q of questions) {
    const choice = answers[q.key];
    if (choice === undefined) continue;
    answered += 1;
    if (choice === q.answer) right += 1;
  }
  return { answered, right, total: questions.length };
}

/** Before and after, once both are complete for these questions. */
export function change(
  record: SelfCheckRecord,
  questions: readonly QuestionFacts[],
): Change | undefined {
  if (!record.before) return undefined;
  const before = score(record.before, questions);
  const after = score(record.after, questions);
  if (before.answered < before.total || after.answered < after.total) return undefined;
  return { before, after };
}

export function scoreSentence({ answered, right, total }: Score): string {
  if (answered === 0) return `You have not checked an answer yet (${total} questions).`;
  if (answered < total)
    return `You have answered ${answered} of ${total} questions: ${right} right.`;
  return `You have answered all ${total} questions: ${right} right.`;
}

export function changeSentence({ before, after }: Change): string {
  const delta = after.right - before.right;
  const difference =
    delta === 0 ? 'the same number' : `${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'}`;
  return `Before reading: ${before.right} of ${before.total} right. After reading: ${after.right} of ${after.total} right. That is ${difference}.`;
}

/** The page's record from the store; a missing or blocked store gives an empty one. */
export function loadRecord(store: KeyValueStore | undefined, page: string): SelfCheckRecord {
  try {
    return parseRecord(store?.getItem(storageKey(page)) ?? null);
  } catch {
    return EMPTY_RECORD;
  }
}

/** Saves the page's record; false when the store refuses (private mode, full, blocked). */
export function saveRecord(
  store: KeyValueStore | undefined,
  page: string,
  record: SelfCheckRecord,
): boolean {
  try {
    if (!store) return false;
    store.setItem(storageKey(page), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Forgets every answer kept for the page, before and after. */
export function forgetRecord(store: KeyValueStore | undefined, page: string): void {
  try {
    store?.removeItem(storageKey(page));
  } catch {
    // Nothing was kept, then.
  }
}
