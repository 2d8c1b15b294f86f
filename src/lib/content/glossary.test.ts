/**
 * content/glossary.json is read by Astro's file loader, which only warns on a repeated id and
 * keeps the later entry: a new term with an existing id would silently replace a live
 * definition. These checks make that a failure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  id: string;
  term: string;
  short: string;
  seeAlso?: string[];
}

const entries = JSON.parse(
  readFileSync(new URL('../../../content/glossary.json', import.meta.url), 'utf8'),
) as Entry[];

describe('content/glossary.json', () => {
  it('has unique ids', () => {
    const ids = entries.map((entry) => entry.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('points "see also" only at terms that exist', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    const dangling = entries.flatMap((entry) =>
      (entry.seeAlso ?? []).filter((id) => !ids.has(id)).map((id) => `${entry.id} → ${id}`),
    );
    expect(dangling).toEqual([]);
  });
});
