/**
 * The one rule of the grading calculators for every way a value comes in (a link, a typed
 * field, the command line): a value is used only when it is usable as given. Nothing is assumed
 * for a missing key, nothing is clamped or rounded into range, a key given twice is refused, and
 * a result exists only when every required input is known and the inputs agree. The readers
 * here never throw: what could not be used becomes a note, and an unknown input is `null`.
 * The calculators' codecs (./grade-query.ts) are built from them.
 */
import { BP_SUPPORT, CONSCIOUSNESS, EDEMA, MOTOR, O2_SUPPORT, SEIZURE } from './grading.ts';
import { NoteList, parseDecimal, readQuery, shown, type QueryNote } from './query.ts';
import type { Draft } from './grade-encode.ts';
import { formatBodyRange } from './temperature-text.ts';

/** A draft resolved: the complete inputs, or why there is no result yet. */
export type Resolved<T> =
  | { readonly inputs: T; readonly missing: readonly []; readonly conflicts: readonly [] }
  | {
      readonly inputs: null;
      /** Keys still unknown, in query order. */
      readonly missing: readonly string[];
      /** Inputs that contradict each other (only checked once nothing is missing). */
      readonly conflicts: readonly QueryNote[];
    };

/** What each required key takes, for the one-line message of a missing key. */
const ALLOWED: Readonly<Record<string, string>> = {
  temp: formatBodyRange('C'),
  bp: BP_SUPPORT.join('|'),
  o2: O2_SUPPORT.join('|'),
  ice: '0–10',
  consciousness: CONSCIOUSNESS.join('|'),
  seizure: SEIZURE.join('|'),
  motor: MOTOR.join('|'),
  edema: EDEMA.join('|'),
  orientation: '0–4',
  naming: '0–3',
  commands: '0–1',
  writing: '0–1',
  attention: '0–1',
};

/** Words a reader sees for each required key ("the highest temperature"). */
export const INPUT_NAMES: Readonly<Record<string, string>> = {
  temp: 'the highest temperature',
  bp: 'blood-pressure support',
  o2: 'oxygen support',
  masked: 'whether fever is masked',
  ice: 'the ICE score',
  consciousness: 'the level of consciousness',
  seizure: 'seizures',
  motor: 'motor findings',
  edema: 'raised intracranial pressure or cerebral edema',
  orientation: 'orientation',
  naming: 'naming',
  commands: 'commands',
  writing: 'writing',
  attention: 'attention',
};

/** "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** "missing required keys bp, o2 (bp none|…; o2 none|…)": one line for a command. */
export function missingProblem(keys: readonly string[]): string {
  const plural = keys.length === 1 ? '' : 's';
  const allowed = keys.map((k) => `${k} ${ALLOWED[k] ?? ''}`).join('; ');
  return `missing required key${plural} ${keys.join(', ')} (${allowed})`;
}

/**
 * One note naming every missing key, added last so a value problem is reported first. An
 * empty query (a blank calculator) gets none: nothing was given, so nothing is missing from a
 * link; a command reports the keys it still needs from `Resolved.missing`.
 */
export function addMissing(
  keys: readonly string[],
  pairs: ReadonlyMap<string, string>,
  notes: NoteList,
): void {
  if (keys.length === 0 || (pairs.size === 0 && notes.count === 0)) return;
  notes.add(
    keys.join(','),
    '',
    'missing',
    `This link has no value for ${listWords(keys.map((k) => INPUT_NAMES[k] ?? k))}; nothing was assumed.`,
    missingProblem(keys),
  );
}

/** One of `allowed` (case-insensitive), or null with a note; undefined when not given. */
export function readOption<T extends string>(
  key: string,
  raw: string | undefined,
  allowed: readonly T[],
  notes: NoteList,
): T | null | undefined {
  if (raw === undefined) return undefined;
  const match = allowed.find((option) => option === raw.toLowerCase());
  if (match !== undefined) return match;
  notes.add(
    key,
    raw,
    'invalid',
    `${key} "${shown(raw)}" is not one of the listed values, so it was not used.`,
    `${key} "${shown(raw)}" is not one of ${allowed.join(', ')}`,
  );
  return null;
}

/**
 * A whole number 0–`max` from text, as given (spaces trimmed, a decimal comma read as a point);
 * null when it is not one. Never rounds or clamps: `6.5` and `12` are not ICE scores.
 */
export function readWholeNumber(text: string, max: number): number | null {
  const value = parseDecimal(text.trim());
  if (value === null || !Number.isInteger(value) || value < 0 || value > max) return null;
  return value === 0 ? 0 : value;
}

/** A whole number 0–max as given, or null with a note; undefined when not given. */
export function readWhole(
  key: string,
  raw: string | undefined,
  max: number,
  notes: NoteList,
): number | null | undefined {
  if (raw === undefined) return undefined;
  const value = readWholeNumber(raw, max);
  if (value === null) {
    const given = parseDecimal(raw) === null ? `"${shown(raw)}"` : shown(raw);
    notes.add(
      key,
      raw,
      'invalid',
      `${key} ${given} is not a whole number from 0 to ${max}, so it was not used.`,
      `${key} ${given} is not a whole number 0–${max}`,
    );
    return null;
  }
  return value;
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** A yes/no flag; absent means no. An unreadable value is null with a note. */
export function readFlag(key: string, raw: string | undefined, notes: NoteList): boolean | null {
  if (raw === undefined) return false;
  const value = raw.toLowerCase();
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  notes.add(
    key,
    raw,
    'invalid',
    `${key} "${shown(raw)}" should be 1 (yes) or 0 (no), so it was not used.`,
    `${key} "${shown(raw)}" is not 1 or 0`,
  );
  return null;
}

/**
 * The query's pairs for a calculator. A key given more than once is ambiguous (which value did
 * the sender mean?), so unlike the explorer, which uses the last one, a calculator uses none of
 * them and says so; the key is then neither used nor reported missing.
 */
export function readCalculatorQuery(
  query: string,
  notes: NoteList,
): { pairs: Map<string, string>; refused: ReadonlySet<string> } {
  const read = new NoteList();
  const pairs = readQuery(query, read);
  const refused = new Set<string>();
  for (const note of read.toArray()) {
    if (note.kind !== 'repeated') {
      notes.add(note.key, note.value, note.kind, note.message, note.problem);
      continue;
    }
    refused.add(note.key);
    pairs.delete(note.key);
    notes.add(
      note.key,
      note.value,
      'invalid',
      `${note.key} was given more than once, so none of its values was used.`,
      `${note.key} is given more than once`,
    );
  }
  return { pairs, refused };
}

export function keysMissing(
  pairs: ReadonlyMap<string, string>,
  refused: ReadonlySet<string>,
  required: readonly string[],
): string[] {
  return required.filter((key) => !pairs.has(key) && !refused.has(key));
}

export function draftResolved<T>(
  draft: Draft<T>,
  keys: Readonly<Record<keyof T, string>>,
): Resolved<T> {
  const missing = (Object.keys(keys) as (keyof T)[])
    .filter((field) => draft[field] === null)
    .map((field) => keys[field]);
  if (missing.length > 0) return { inputs: null, missing, conflicts: [] };
  return { inputs: draft as T, missing: [], conflicts: [] };
}
