/**
 * Tolerant reading of URL-query text, shared by the scenario codec and the grading
 * calculators. Never throws: anything it cannot use becomes a {@link QueryNote} that a page
 * shows to the reader (and that the command-line tools turn into exit status 2).
 */

/** What happened to one piece of the query. */
export type QueryNoteKind =
  /** a key the reader cannot have meant; dropped */
  | 'unknown-key'
  /** a value that is not one of the allowed ones, or not a number; replaced by the default */
  | 'invalid'
  /** undecodable percent-encoding; dropped */
  | 'malformed'
  /** too many settings; the rest were not read */
  | 'truncated'
  /** a number outside its range; set to the nearest bound */
  | 'clamped'
  /** a number that must be whole; rounded */
  | 'rounded'
  /** the same key more than once; the last one was used */
  | 'repeated'
  /** a key the tool needs to give a result was not given; nothing was assumed */
  | 'missing'
  /** values that cannot all be true at once (for example ICE 7 in a patient who cannot be roused) */
  | 'conflict';

/** One change the parser made, as a short sentence a reader can see on the page. */
export interface QueryNote {
  readonly key: string;
  /** The value as given (shortened to at most 40 characters for display). */
  readonly value: string;
  readonly kind: QueryNoteKind;
  /** For the reader: what was wrong and what was done, e.g. "burden 500 was out of range (0–100%); set to 100." */
  readonly message: string;
  /** For a command line: what was wrong and what is allowed, without what was done. */
  readonly problem: string;
}

/** Kinds where the input could not be used at all (as opposed to adjusted). */
const REJECTIONS: ReadonlySet<QueryNoteKind> = new Set([
  'unknown-key',
  'invalid',
  'malformed',
  'truncated',
  'missing',
  'conflict',
]);

/** True when the note says a key or value was unusable, not merely adjusted. */
export function isRejection(note: QueryNote): boolean {
  return REJECTIONS.has(note.kind);
}

/** At most this many key=value pairs are read from one query. */
const MAX_PAIRS = 64;
/** At most this many notes are returned; one more note says how many were left out. */
export const MAX_NOTES = 12;
const SHOWN_LENGTH = 40;

/** A value made safe and short for a sentence: no control characters, at most 40 characters. */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  const chars = Array.from(clean);
  return chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH - 1).join('')}…` : clean;
}

/** Collects notes, keeping at most {@link MAX_NOTES}. */
export class NoteList {
  readonly #notes: QueryNote[] = [];
  #dropped = 0;

  /** How many notes were added (kept or not). */
  get count(): number {
    return this.#notes.length + this.#dropped;
  }

  /** Add a note; `problem` (for command lines) defaults to the reader's `message`. */
  add(
    key: string,
    value: string,
    kind: QueryNoteKind,
    message: string,
    problem: string = message,
  ): void {
    if (this.#notes.length < MAX_NOTES) {
      this.#notes.push({ key: shown(key), value: shown(value), kind, message, problem });
    } else {
      this.#dropped += 1;
    }
  }

  /** The notes, plus a final one counting those left out. */
  toArray(): QueryNote[] {
    if (this.#dropped === 0) return [...this.#notes];
    const more = this.#dropped;
    return [
      ...this.#notes,
      {
        key: '',
        value: '',
        kind: 'truncated',
        message: `${more} more problem${more === 1 ? '' : 's'} with the settings were not listed.`,
        problem: `${more} more problem${more === 1 ? '' : 's'} not listed`,
      },
    ];
  }
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Split a query (with or without a leading `?`) into a map of trimmed, lower-case keys to
 * trimmed values; the last of repeated keys wins. Problems are added to `notes`.
 */
export function readQuery(query: string, notes: NoteList): Map<string, string> {
  const text = typeof query === 'string' ? query : '';
  const body = text.startsWith('?') ? text.slice(1) : text;
  const pairs = new Map<string, string>();
  const counts = new Map<string, number>();
  let read = 0;
  for (const part of body.split('&')) {
    if (part.trim() === '') continue;
    if (read >= MAX_PAIRS) {
      notes.add(
        '',
        '',
        'truncated',
        `Only the first ${MAX_PAIRS} settings were read.`,
        `more than ${MAX_PAIRS} settings`,
      );
      break;
    }
    read += 1;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === null || value === null) {
      notes.add(
        rawKey,
        rawValue,
        'malformed',
        `The setting "${shown(part)}" could not be read and was ignored.`,
        `"${shown(part)}" is not valid percent-encoding`,
      );
      continue;
    }
    const normalKey = key.trim().toLowerCase();
    if (normalKey === '') continue;
    pairs.set(normalKey, value.trim());
    counts.set(normalKey, (counts.get(normalKey) ?? 0) + 1);
  }
  for (const [key, count] of counts) {
    if (count > 1) {
      const last = pairs.get(key) ?? '';
      notes.add(
        key,
        last,
        'repeated',
        `${shown(key)} was given ${count} times; the last one (${shown(last)}) was used.`,
        `${shown(key)} is given ${count} times`,
      );
    }
  }
  return pairs;
}

/** Report every key of `pairs` not in `known` as dropped. */
export function dropUnknownKeys(
  pairs: ReadonlyMap<string, string>,
  known: readonly string[],
  notes: NoteList,
): void {
  for (const [key, value] of pairs) {
    if (!known.includes(key)) {
      notes.add(
        key,
        value,
        'unknown-key',
        `Unknown setting "${shown(key)}" was ignored.`,
        `unknown key "${shown(key)}" (value "${shown(value)}"); known keys: ${known.join(', ')}`,
      );
    }
  }
}

/** One of `allowed` (case-insensitive), or `fallback` with a note. */
export function readChoice<T extends string>(
  key: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
  notes: NoteList,
): T {
  if (raw === undefined) return fallback;
  const value = raw.toLowerCase();
  const match = allowed.find((option) => option === value);
  if (match !== undefined) return match;
  notes.add(
    key,
    raw,
    'invalid',
    `${key} "${shown(raw)}" is not a known value; used ${fallback}.`,
    `${key} "${shown(raw)}" is not one of ${allowed.join(', ')}`,
  );
  return fallback;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** A decimal comma: one comma followed by one or two digits ("38,5"), never "1,000". */
const DECIMAL_COMMA = /^([+-]?\d*),(\d{1,2})$/;

/**
 * Parse a plain decimal number (no hex, no `Infinity`, no empty string); null if it is not one.
 * A decimal comma is read as a point (`38,5` is 38.5), as many readers type it; a comma followed
 * by three digits could be a thousands separator, so it is not a number here.
 */
export function parseDecimal(raw: string): number | null {
  const comma = DECIMAL_COMMA.exec(raw);
  const text = comma ? `${comma[1] ?? ''}.${comma[2] ?? ''}` : raw;
  if (!DECIMAL.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Display a number without float noise (at most 6 significant digits). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  /** Round to a whole number (with a note when it changes). */
  readonly integer: boolean;
  /** Unit appended to the range in notes, e.g. " °C". */
  readonly unit?: string;
}

/** A number within the rule's range: clamped, rounded, or the fallback, each with a note. */
export function readNumber(
  key: string,
  raw: string | undefined,
  rule: NumberRule,
  notes: NoteList,
): number {
  if (raw === undefined) return rule.fallback;
  const parsed = parseDecimal(raw);
  if (parsed === null) {
    notes.add(
      key,
      raw,
      'invalid',
      `${key} "${shown(raw)}" is not a number; used ${formatNumber(rule.fallback)}.`,
      `${key} "${shown(raw)}" is not a number (expected ${formatNumber(rule.min)}–${formatNumber(rule.max)}${rule.unit ?? ''})`,
    );
    return rule.fallback;
  }
  let value = parsed;
  if (value < rule.min || value > rule.max) {
    value = Math.min(rule.max, Math.max(rule.min, value));
    const range = `${formatNumber(rule.min)}–${formatNumber(rule.max)}${rule.unit ?? ''}`;
    notes.add(
      key,
      raw,
      'clamped',
      `${key} ${shown(raw)} was out of range (${range}); set to ${formatNumber(value)}.`,
      `${key} ${shown(raw)} is out of range (${range})`,
    );
  }
  if (rule.integer && !Number.isInteger(value)) {
    const rounded = Math.round(value);
    notes.add(
      key,
      raw,
      'rounded',
      `${key} ${shown(raw)} was rounded to ${rounded}.`,
      `${key} ${shown(raw)} is not a whole number`,
    );
    value = rounded;
  }
  // -0 would print as "0" but compare oddly; normalise it.
  return value === 0 ? 0 : value;
}
