/**
 * Every Spanish page's "In short" must be "bastante fácil" (fairly easy) or easier: a
 * Fernández-Huerta score of 70 or more and an INFLESZ score of 65 or more (both scales' "fairly
 * easy" band starts there), in 3–5 sentences. One test per page, so a failure names the page
 * and its figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { spanishReadability, syllablesOf } from './spanish-readability';

const pagesDir = fileURLToPath(new URL('../../../content/es/pages/', import.meta.url));
const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .sort();

const MIN_FERNANDEZ_HUERTA = 70;
const MIN_INFLESZ = 65;

function inShortOf(name: string): string {
  const source = readFileSync(join(pagesDir, name), 'utf8');
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (!block) throw new Error(`${name}: no frontmatter`);
  const data = parse(block) as Record<string, unknown>;
  return String(data['inShort'] ?? '');
}

describe('Spanish syllables (silabea, pinned on words whose count is known)', () => {
  it.each([
    ['fiebre', 2],
    ['citocinas', 4],
    ['liberación', 4],
    ['día', 2],
    ['oído', 3],
    ['aéreo', 4],
    ['reacción', 3],
    ['leucemia', 3],
    ['inmunitario', 5],
    ['ahora', 3],
  ])('%s has %i', (word, count) => {
    expect(syllablesOf(word)).toBe(count);
  });

  it('spells out acronyms without a vowel and numbers', () => {
    expect(syllablesOf('SLC')).toBe(6);
    expect(syllablesOf('911')).toBe(6);
    expect(syllablesOf('CAR-T')).toBe(syllablesOf('car') + 2);
  });
});

describe('the scales', () => {
  it('rate short words in short sentences easier than long words in one long sentence', () => {
    const easy = spanishReadability('El sol sale. La casa es azul. El perro come pan.');
    const hard = spanishReadability(
      'La administración intravenosa de inmunomoduladores experimentales determina consecuencias fisiopatológicas considerablemente heterogéneas.',
    );
    expect(easy.fernandezHuerta).toBeGreaterThan(90);
    expect(hard.fernandezHuerta).toBeLessThan(MIN_FERNANDEZ_HUERTA);
    expect(hard.inflesz).toBeLessThan(MIN_INFLESZ);
  });
});

describe('Spanish "In short" boxes', () => {
  it('finds the Spanish pages', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: "fairly easy" or easier on both scales', (name) => {
    const text = inShortOf(name);
    const score = spanishReadability(text);
    const figures = `Fernández-Huerta ${score.fernandezHuerta.toFixed(1)}, INFLESZ ${score.inflesz.toFixed(1)}`;
    expect(score.sentences, `${name}: ${score.sentences} sentences`).toBeGreaterThanOrEqual(3);
    expect(score.sentences, `${name}: ${score.sentences} sentences`).toBeLessThanOrEqual(5);
    expect(score.fernandezHuerta, `${name}: ${figures}`).toBeGreaterThanOrEqual(
      MIN_FERNANDEZ_HUERTA,
    );
    expect(score.inflesz, `${name}: ${figures}`).toBeGreaterThanOrEqual(MIN_INFLESZ);
  });
});
