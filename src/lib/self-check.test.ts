import { describe, expect, it } from 'vitest';
import {
  DONT_KNOW,
  EMPTY_RECORD,
  change,
  changeSentence,
  forgetRecord,
  loadRecord,
  parseRecord,
  saveRecord,
  score,
  scoreSentence,
  storageKey,
  withAnswer,
  withBefore,
  type KeyValueStore,
} from './self-check';

const questions = [
  { key: 'q1', answer: 0 },
  { key: 'q2', answer: 2 },
  { key: 'q3', answer: 1 },
];

/** localStorage's three methods over a Map, with a switch to make every call throw. */
function memoryStore(): KeyValueStore & { items: Map<string, string>; broken: boolean } {
  const items = new Map<string, string>();
  const store = {
    items,
    broken: false,
    getItem(key: string) {
      if (store.broken) throw new Error('blocked');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (store.broken) throw new Error('quota');
      items.set(key, value);
    },
    removeItem(key: string) {
      if (store.broken) throw new Error('blocked');
      items.delete(key);
    },
  };
  return store;
}

describe('scoring', () => {
  it('counts answered and right answers among the page’s questions only', () => {
    expect(score({}, questions)).toEqual({ answered: 0, right: 0, total: 3 });
    expect(score({ q1: 0, q2: 1, retired: 0 }, questions)).toEqual({
      answered: 2,
      right: 1,
      total: 3,
    });
  });

  it('counts "I don’t know yet" as answered, not right', () => {
    expect(score({ q1: DONT_KNOW, q2: 2, q3: DONT_KNOW }, questions)).toEqual({
      answered: 3,
      right: 1,
      total: 3,
    });
  });

  it('keeps the first checked answer to a question', () => {
    const once = withAnswer(EMPTY_RECORD, 'q1', 1);
    expect(withAnswer(once, 'q1', 0)).toBe(once);
    expect(withAnswer(once, 'q2', 2).after).toEqual({ q1: 1, q2: 2 });
    expect(EMPTY_RECORD.after).toEqual({});
  });

  it('saves every before-reading question, unanswered ones as "I don’t know yet"', () => {
    const record = withBefore(withAnswer(EMPTY_RECORD, 'q1', 0), questions, { q2: 2 });
    expect(record.before).toEqual({ q1: DONT_KNOW, q2: 2, q3: DONT_KNOW });
    expect(record.after).toEqual({ q1: 0 });
  });

  it('shows a change only when both before and after are complete', () => {
    const before = withBefore(EMPTY_RECORD, questions, { q1: 1 });
    expect(change(EMPTY_RECORD, questions)).toBeUndefined();
    expect(change(withAnswer(before, 'q1', 0), questions)).toBeUndefined();
    const done = ['q1', 'q2', 'q3'].reduce(
      (record, key, index) => withAnswer(record, key, [0, 2, 0][index] ?? 0),
      before,
    );
    expect(change(done, questions)).toEqual({
      before: { answered: 3, right: 0, total: 3 },
      after: { answered: 3, right: 2, total: 3 },
    });
  });
});

describe('the words', () => {
  it('says how far the reader has got', () => {
    expect(scoreSentence({ answered: 0, right: 0, total: 5 })).toBe(
      'You have not checked an answer yet (5 questions).',
    );
    expect(scoreSentence({ answered: 2, right: 1, total: 5 })).toBe(
      'You have answered 2 of 5 questions: 1 right.',
    );
    expect(scoreSentence({ answered: 5, right: 4, total: 5 })).toBe(
      'You have answered all 5 questions: 4 right.',
    );
  });

  it('says the change in both directions, and no change', () => {
    const at = (right: number) => ({ answered: 5, right, total: 5 });
    expect(changeSentence({ before: at(1), after: at(4) })).toBe(
      'Before reading: 1 of 5 right. After reading: 4 of 5 right. That is 3 more.',
    );
    expect(changeSentence({ before: at(3), after: at(2) })).toMatch(/That is 1 fewer\.$/);
    expect(changeSentence({ before: at(2), after: at(2) })).toMatch(/That is the same number\.$/);
  });
});

describe('storage', () => {
  it('keeps one record per page under its own key, and reads it back', () => {
    const store = memoryStore();
    const record = withBefore(withAnswer(EMPTY_RECORD, 'q1', 2), questions, { q1: 0 });
    expect(saveRecord(store, 'cascade', record)).toBe(true);
    expect([...store.items.keys()]).toEqual([storageKey('cascade')]);
    expect(storageKey('cascade')).toBe('cascade-self-check-cascade');
    expect(loadRecord(store, 'cascade')).toEqual(record);
    expect(loadRecord(store, 'model')).toEqual(EMPTY_RECORD);
  });

  it('forgets a page’s answers, before and after, and only that page’s', () => {
    const store = memoryStore();
    saveRecord(store, 'cascade', withAnswer(EMPTY_RECORD, 'q1', 0));
    saveRecord(store, 'model', withAnswer(EMPTY_RECORD, 'q1', 1));
    forgetRecord(store, 'cascade');
    expect(loadRecord(store, 'cascade')).toEqual(EMPTY_RECORD);
    expect(loadRecord(store, 'model').after).toEqual({ q1: 1 });
  });

  it('survives a store that refuses or is missing', () => {
    const store = memoryStore();
    store.broken = true;
    expect(saveRecord(store, 'cascade', withAnswer(EMPTY_RECORD, 'q1', 0))).toBe(false);
    expect(loadRecord(store, 'cascade')).toEqual(EMPTY_RECORD);
    expect(() => forgetRecord(store, 'cascade')).not.toThrow();
    expect(saveRecord(undefined, 'cascade', EMPTY_RECORD)).toBe(false);
    expect(loadRecord(undefined, 'cascade')).toEqual(EMPTY_RECORD);
  });

  it('reads anything unreadable as no answers, and drops values that are not choices', () => {
    for (const text of [null, '', 'not json', '42', 'null', '"text"', '[]']) {
      expect(parseRecord(text).after, String(text)).toEqual({});
    }
    expect(
      parseRecord(JSON.stringify({ after: { q1: 1, q2: 'x', q3: 1.5, q4: -2 }, before: 'no' })),
    ).toEqual({ after: { q1: 1 } });
    expect(parseRecord(JSON.stringify({ before: { q1: -1 } }))).toEqual({
      after: {},
      before: { q1: -1 },
    });
  });
});
