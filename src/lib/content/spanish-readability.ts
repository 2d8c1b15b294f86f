/**
 * Readability of Spanish text, for the tests of the Spanish "In short" boxes (never shipped).
 *
 * Syllables are counted by `silabea`, a Spanish syllabifier that applies the language's own
 * rules for diphthongs, triphthongs and hiatus (día = dí-a, oído = o-í-do, aéreo = a-é-re-o).
 * Why not a hyphenation library (hyphen, hypher, hyphenopoly with the TeX `hyph-es` patterns),
 * though those are better maintained: hyphenation follows typography, not phonology. It never
 * leaves one letter at a line's edge and never splits a hiatus, so it counts "día" as one
 * syllable and "aéreo" as two; fewer syllables flatter the score, the wrong way for a limit.
 * `silabea` has had one release (December 2024, from the 2018 silabajs rules); it is a
 * development dependency only, and the tests below pin its counts on known words, so a change
 * in its behaviour fails loudly.
 */
import silabea from 'silabea';

/** Letters (with accents), digits: what counts as a word. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const VOWEL = /[aeiouáéíóúü]/i;

/**
 * Syllables of one word as read aloud. A word with a vowel goes to the syllabifier ("ICANS" is
 * read as a word); an acronym without one ("SLC") or a number ("911") is spelled out, counted
 * as 2 syllables per character (e-se, e-le, nue-ve): the cautious side, since most Spanish
 * letter and digit names have two.
 */
export function syllablesOf(word: string): number {
  const parts = word.split(/[-'’]/).filter(Boolean);
  if (parts.length > 1) return parts.reduce((sum, part) => sum + syllablesOf(part), 0);
  if (!VOWEL.test(word)) return 2 * word.length;
  if (/\d/.test(word)) return 2 * word.length;
  return silabea.getSilabas(word).numeroSilaba;
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences end with . ! ? (or … ) followed by a space or the end. */
export function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?…])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

export interface SpanishReadability {
  words: number;
  sentences: number;
  syllables: number;
  /** Fernández-Huerta (1959): 206.84 − 0.60·P − 1.02·F (P syllables, F sentences per 100 words). */
  fernandezHuerta: number;
  /** INFLESZ (Szigriszt-Pazos perspicuity, Barrio-Cantalejo 2008): 206.835 − 62.3·S/W − W/F. */
  inflesz: number;
}

export function spanishReadability(text: string): SpanishReadability {
  const words = wordsOf(text);
  const sentences = Math.max(1, sentencesOf(text).length);
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  const count = Math.max(1, words.length);
  const p = (100 * syllables) / count;
  const f = (100 * sentences) / count;
  return {
    words: words.length,
    sentences,
    syllables,
    fernandezHuerta: 206.84 - 0.6 * p - 1.02 * f,
    inflesz: 206.835 - (62.3 * syllables) / count - count / sentences,
  };
}
