/**
 * "Cite this page": the page as a reference in Vancouver and APA style (formatted by
 * citation-js, like the bibliography) and as a BibTeX entry, dated by its last review.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

export interface CitablePage {
  title: string;
  /** Absolute on a deployment with a configured address, else the path alone. */
  url: string;
  reviewed: Date;
}

const author = 'Cascade team';
const siteTitle = 'Cascade: understanding cytokine release syndrome';

function cslEntry(page: CitablePage) {
  const d = page.reviewed;
  return {
    id: 'cascade-page',
    type: 'webpage',
    title: page.title,
    author: [{ literal: author }],
    publisher: siteTitle,
    URL: page.url,
    issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
  };
}

function formatted(page: CitablePage, template: 'vancouver' | 'apa'): string {
  return new Cite(cslEntry(page))
    .format('bibliography', { format: 'text', template, lang: 'en-US' })
    .toString()
    .trim()
    .replace(/^1\.\s*/, '');
}

/** Braces and backslashes are special in BibTeX; titles here are plain text. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, '');
}

export function bibtex(page: CitablePage): string {
  const iso = page.reviewed.toISOString().slice(0, 10);
  const slug =
    new URL(page.url, 'http://path.invalid').pathname.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
  return [
    `@misc{cascade-${slug}-${iso.slice(0, 4)},`,
    `  author = {{${author}}},`,
    `  title = {${bibtexText(page.title)}},`,
    `  howpublished = {${bibtexText(siteTitle)}},`,
    `  year = {${iso.slice(0, 4)}},`,
    `  url = {${page.url}},`,
    `  note = {Last reviewed ${iso}},`,
    '}',
  ].join('\n');
}

export function citationsOf(page: CitablePage): { vancouver: string; apa: string; bibtex: string } {
  return {
    vancouver: formatted(page, 'vancouver'),
    apa: formatted(page, 'apa'),
    bibtex: bibtex(page),
  };
}
