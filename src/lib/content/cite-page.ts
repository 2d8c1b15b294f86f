/**
 * "Cite this page": the page as a reference in Vancouver and APA style (formatted by
 * citation-js, like the bibliography) and as a BibTeX entry, dated by its last review.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { type Locale } from '../i18n/locale';
import { SITE_WORDS } from '../i18n/site-words';

export interface CitablePage {
  title: string;
  /** Absolute on a deployment with a configured address, else the path alone. */
  url: string;
  reviewed: Date;
  /** The page's language: names the site and writes the styles' words in it. Default `en`. */
  locale?: Locale;
}

const wordsOf = (page: CitablePage) => SITE_WORDS[page.locale ?? 'en'].cite;

function cslEntry(page: CitablePage) {
  const d = page.reviewed;
  return {
    id: 'cascade-page',
    type: 'webpage',
    title: page.title,
    author: [{ literal: wordsOf(page).author }],
    publisher: wordsOf(page).siteTitle,
    URL: page.url,
    issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
  };
}

function formatted(page: CitablePage, template: 'vancouver' | 'apa'): string {
  return new Cite(cslEntry(page))
    .format('bibliography', { format: 'text', template, lang: wordsOf(page).cslLocale })
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
  const { author, siteTitle, lastReviewed } = wordsOf(page);
  const slug =
    new URL(page.url, 'http://path.invalid').pathname.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
  return [
    `@misc{cascade-${slug}-${iso.slice(0, 4)},`,
    `  author = {{${author}}},`,
    `  title = {${bibtexText(page.title)}},`,
    `  howpublished = {${bibtexText(siteTitle)}},`,
    `  year = {${iso.slice(0, 4)}},`,
    `  url = {${page.url}},`,
    `  note = {${bibtexText(lastReviewed)} ${iso}},`,
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
