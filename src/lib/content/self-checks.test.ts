/**
 * The self-checks are content: these checks keep them honest. Every student page has 3–5
 * questions, each with an answer among its options, an explanation and a citation of a reference
 * that exists and that the page itself cites (the questions are written from the page's own
 * cited content). The build checks the schema too; these name the page and question.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitKeys } from './remark-citations';
import {
  questionKey,
  readSelfCheck,
  selfCheckCitationKeys,
  selfCheckDir,
  selfCheckSchema,
} from './self-checks';

/** The student pages the issue names; each ends with a self-check. */
const STUDENT_PAGES = [
  'cascade',
  'symptoms-and-grading',
  'treatments',
  'neurotoxicity',
  'research',
  'model',
];

const files = readdirSync(fileURLToPath(selfCheckDir))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();

const references = new Set(
  (
    JSON.parse(
      readFileSync(new URL('../../../content/references.json', import.meta.url), 'utf8'),
    ) as { id: string }[]
  ).map((entry) => entry.id),
);

const pageSource = (page: string) =>
  readFileSync(new URL(`../../../content/pages/${page}.mdx`, import.meta.url), 'utf8');

/** Keys the page's MDX cites with <Cite id="…" />. */
function pageCitations(page: string): Set<string> {
  const ids = [...pageSource(page).matchAll(/<Cite\s+id="([^"]+)"/g)].map((m) => m[1] ?? '');
  return new Set(ids.flatMap(splitKeys));
}

describe('content/self-checks', () => {
  it('has a file for every student page, and only for pages that exist', () => {
    expect(files).toEqual([...STUDENT_PAGES].sort());
  });

  for (const page of files) {
    describe(`${page}.yaml`, () => {
      const { questions } = readSelfCheck(page);

      it('has 3 to 5 questions, each with an answer among its options and an explanation', () => {
        expect(questions.length).toBeGreaterThanOrEqual(3);
        expect(questions.length).toBeLessThanOrEqual(5);
        for (const q of questions) {
          expect(q.answer, q.question).toBeLessThanOrEqual(q.options.length);
          expect(q.explanation.length, q.question).toBeGreaterThan(40);
          expect(q.cite.length, q.question).toBeGreaterThan(0);
        }
      });

      it('cites only references that exist and that the page itself cites', () => {
        const cited = pageCitations(page);
        for (const q of questions) {
          for (const key of q.cite) {
            expect(references.has(key), `${q.question} → ${key} (not a reference)`).toBe(true);
            expect(cited.has(key), `${q.question} → ${key} (not cited on /${page}/)`).toBe(true);
          }
        }
        expect(selfCheckCitationKeys(page).length).toBeGreaterThan(0);
      });

      it('gives every question its own storage key', () => {
        const keys = questions.map(questionKey);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) expect(key).toMatch(/^[\w-]{10}$/);
      });

      it('is shown at the end of its page, under "Check yourself"', () => {
        const source = pageSource(page).trimEnd();
        expect(source.endsWith(`## Check yourself\n\n<SelfCheck page="${page}" />`)).toBe(true);
      });
    });
  }

  it('asks the cascade page’s before-and-after check the five questions of its self-check', () => {
    const source = pageSource('cascade');
    expect(source).toContain('<BeforeCheck page="cascade" />');
    expect(source.indexOf('<BeforeCheck')).toBeLessThan(source.indexOf('## Step 1'));
    expect(readSelfCheck('cascade').questions).toHaveLength(5);
  });
});

describe('the self-check schema', () => {
  const question = {
    question: 'Which cells made most of the IL-6?',
    options: ['T cells', 'Monocytes'],
    answer: 2,
    explanation: 'In humanized mice, human monocytes were the major source of IL-6.',
    cite: ['norelli2018'],
  };
  const parses = (questions: unknown[]) => selfCheckSchema.safeParse({ questions }).success;

  it('accepts three to five questions', () => {
    expect(parses([question, question, question])).toBe(true);
    expect(parses([question, question])).toBe(false);
    expect(parses(Array.from({ length: 6 }, () => question))).toBe(false);
  });

  it('refuses an answer outside the options, repeated options, no explanation or no citation', () => {
    const three = (change: object) => parses([question, question, { ...question, ...change }]);
    expect(three({ answer: 3 })).toBe(false);
    expect(three({ answer: 0 })).toBe(false);
    expect(three({ options: ['Monocytes', 'Monocytes'] })).toBe(false);
    expect(three({ explanation: '' })).toBe(false);
    expect(three({ cite: [] })).toBe(false);
  });
});
