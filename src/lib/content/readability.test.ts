/**
 * Every page's "In short" summary must be readable by patients: 3–5 sentences at a
 * Flesch–Kincaid grade of 8 or lower. Each page must also carry a valid, non-future
 * review date. One test per page, so a failure names the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rs from 'text-readability';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pagesDir = fileURLToPath(new URL('../../../content/pages/', import.meta.url));
// Every page in every folder (the tools live in content/pages/tools/).
const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .sort();

const MAX_GRADE = 8;

function frontmatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match?.[1]) throw new Error('no frontmatter block');
  const data: unknown = parse(match[1]);
  if (typeof data !== 'object' || data === null) throw new Error('frontmatter is not a mapping');
  return data as Record<string, unknown>;
}

/** Sentences end with . ! or ? followed by a space or the end of the text. */
function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function reviewedDate(value: unknown): Date {
  // yaml parses an unquoted YYYY-MM-DD as a string (core schema); accept a Date too.
  if (value instanceof Date) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    // Reject impossible dates such as 2026-02-30, which Date would roll over.
    if (date.toISOString().slice(0, 10) === value) return date;
  }
  return new Date(Number.NaN);
}

describe('sentence splitting', () => {
  it('splits on terminal punctuation', () => {
    expect(sentences('One. Two! Three? ')).toEqual(['One.', 'Two!', 'Three?']);
  });
});

describe('page summaries ("In short")', () => {
  it('finds the pages', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: inShort is 3–5 sentences at grade ≤ 8', (name) => {
    const data = frontmatter(readFileSync(join(pagesDir, name), 'utf8'));
    const inShort = data['inShort'];
    expect(typeof inShort, `${name} needs an inShort`).toBe('string');
    const text = String(inShort).trim();
    const count = sentences(text).length;
    expect(count, `${name}: inShort has ${count} sentences`).toBeGreaterThanOrEqual(3);
    expect(count, `${name}: inShort has ${count} sentences`).toBeLessThanOrEqual(5);
    const grade = rs.fleschKincaidGrade(text);
    expect(grade, `${name}: Flesch–Kincaid grade ${grade}`).toBeLessThanOrEqual(MAX_GRADE);
  });

  it.each(files)('%s: reviewed is a valid date, not in the future', (name) => {
    const data = frontmatter(readFileSync(join(pagesDir, name), 'utf8'));
    const date = reviewedDate(data['reviewed']);
    expect(Number.isNaN(date.getTime()), `${name}: reviewed is not a YYYY-MM-DD date`).toBe(false);
    expect(date.getTime(), `${name}: reviewed is in the future`).toBeLessThanOrEqual(Date.now());
  });
});
