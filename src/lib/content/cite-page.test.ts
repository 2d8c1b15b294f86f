import { describe, expect, it } from 'vitest';
import { citationsOf } from './cite-page';

const page = {
  title: 'Treatments for CRS and ICANS',
  url: 'https://cascade.example.org/treatments/',
  reviewed: new Date('2026-11-27T00:00:00Z'),
};

describe('cite this page', () => {
  const cites = citationsOf(page);

  it('gives every style the title, the address and the review year', () => {
    for (const text of [cites.vancouver, cites.apa, cites.bibtex]) {
      expect(text).toContain('Treatments for CRS and ICANS');
      expect(text).toContain('https://cascade.example.org/treatments/');
      expect(text).toContain('2026');
    }
  });

  it('writes a BibTeX entry a reference manager can import, dated by the review', () => {
    expect(cites.bibtex).toMatch(/^@misc\{cascade-treatments-2026,\n/);
    expect(cites.bibtex).toContain('note = {Last reviewed 2026-11-27}');
    const opened = (cites.bibtex.match(/\{/g) ?? []).length;
    const closed = (cites.bibtex.match(/\}/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it('keeps braces in a title from breaking the BibTeX entry', () => {
    const tricky = citationsOf({ ...page, title: 'IL-6 {and} IL-1' }).bibtex;
    expect(tricky).toContain('title = {IL-6 and IL-1}');
  });

  it('formats the home page with a stable key', () => {
    const home = citationsOf({ ...page, url: 'https://cascade.example.org/' }).bibtex;
    expect(home).toMatch(/^@misc\{cascade-home-2026,/);
  });
});

describe('cite this page without a configured site address', () => {
  it('cites the path alone in every style', () => {
    const cites = citationsOf({ ...page, url: '/treatments/' });
    for (const text of [cites.vancouver, cites.apa, cites.bibtex]) {
      expect(text).toContain('/treatments/');
      expect(text).not.toMatch(/https?:/);
    }
    expect(cites.bibtex).toMatch(/^@misc\{cascade-treatments-2026,/);
  });
});

describe('cite this page in Spanish', () => {
  const cites = citationsOf({
    title: '¿Qué es el SLC?',
    url: 'https://cascade.example.org/es/que-es-el-slc/',
    reviewed: new Date('2026-11-30T00:00:00Z'),
    locale: 'es',
  });

  it('names the site and its authors in Spanish in every style', () => {
    for (const text of [cites.vancouver, cites.apa, cites.bibtex]) {
      expect(text).toContain('¿Qué es el SLC?');
      expect(text).toContain('Equipo de Cascade');
      expect(text).toContain('síndrome de liberación de citocinas');
      expect(text).not.toMatch(/Cascade team|understanding/);
    }
    expect(cites.bibtex).toContain('note = {Última revisión 2026-11-30}');
  });

  it('writes the styles’ own words in Spanish: "Disponible en", the month in Spanish', () => {
    expect(cites.vancouver).toContain('Disponible en:');
    expect(cites.apa).toContain('noviembre');
    expect(`${cites.vancouver} ${cites.apa}`).not.toMatch(/Available from|November/);
  });
});
