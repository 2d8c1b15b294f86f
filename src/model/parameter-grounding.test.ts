import { describe, expect, it } from 'vitest';
import references from '../../content/references.json' with { type: 'json' };
import { PARAMETERS } from './parameters';

const keys = new Set((references as { id: string }[]).map((entry) => entry.id));
/** model.md numbers its qualitative behaviours 1–11. */
const BEHAVIOURS = 11;

describe('every model parameter is grounded', () => {
  it.each(PARAMETERS.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    expect(entry.meaning.length).toBeGreaterThan(10);
    expect(entry.unit.length).toBeGreaterThan(0);
    expect(Number.isFinite(entry.value)).toBe(true);
    if ('cite' in entry.source) {
      expect(keys, `citation key ${entry.source.cite}`).toContain(entry.source.cite);
    } else {
      expect(entry.source.behaviour).toBeGreaterThanOrEqual(1);
      expect(entry.source.behaviour).toBeLessThanOrEqual(BEHAVIOURS);
    }
  });
});
