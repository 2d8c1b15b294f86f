/**
 * Query codecs of the grading calculators, shared by the `grade` command and the web pages
 * `/tools/crs-grade` and `/tools/icans-grade` so they take exactly the same keys and values:
 *
 * - CRS: `temp` (°C), `bp` (none | fluids | one-pressor | multiple-pressors),
 *   `o2` (none | low-flow | high-flow | positive-pressure), and optionally `masked` (1 when CRS
 *   was already diagnosed and an antipyretic or anti-cytokine drug has since been given; also
 *   true/yes, 0/false/no; absent means no).
 * - ICANS: `ice` (0–10), `consciousness` (awake | spontaneous | voice | touch | unarousable),
 *   `seizure` (none | focal-resolves | generalized | prolonged), `motor` (none | weakness),
 *   `edema` (none | focal | diffuse). `ice` may be left out only for a patient who cannot be
 *   roused (who scores 0 because they cannot do the test).
 * - ICE score items: `orientation` (0–4), `naming` (0–3), `commands`, `writing`, `attention`
 *   (0–1 each).
 *
 * The one rule for every way a value comes in (a link, a field, the command line): a value is
 * used only when it is usable as given. Nothing is assumed for a missing key, nothing is
 * clamped or rounded into range, and a grade is computed only when every required input is
 * known and the inputs agree with each other. Parsing never throws: what could not be used is
 * a note, and an unknown input is `null` in the draft.
 */
import {
  BP_SUPPORT,
  CONSCIOUSNESS,
  EDEMA,
  ICE_ITEM_MAX,
  MOTOR,
  O2_SUPPORT,
  SEIZURE,
  type Consciousness,
  type CrsInputs,
  type IceItems,
  type IcansInputs,
} from './grading.ts';
import {
  NoteList,
  dropUnknownKeys,
  formatNumber,
  parseDecimal,
  readQuery,
  shown,
} from './query.ts';
import type { QueryNote } from './query.ts';
import {
  CRS_KEYS,
  ICANS_KEYS,
  ICE_KEYS,
  type CrsDraft,
  type Draft,
  type IceDraft,
  type IcansDraft,
} from './grade-encode.ts';
import { formatBodyRange, readTemperature } from './temperature-text.ts';

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
function addMissing(
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
function readOption<T extends string>(
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
function readWhole(
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
function readFlag(key: string, raw: string | undefined, notes: NoteList): boolean | null {
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
 * A temperature in °C from query text, by the shared rule of ./temperature-text.ts: an implausible
 * number is not used; when it is a body temperature in °F, the °C value is offered.
 */
function readTemp(raw: string | undefined, notes: NoteList): number | null | undefined {
  if (raw === undefined) return undefined;
  const result = readTemperature(raw, 'C');
  if (result.kind === 'reading') return result.celsius;
  if (result.kind === 'empty') {
    notes.add(
      'temp',
      raw,
      'invalid',
      'temp is empty, so no temperature was used.',
      'temp is empty',
    );
    return null;
  }
  const range = `°C, ${formatBodyRange('C')}`;
  if (result.kind === 'not-a-number') {
    notes.add(
      'temp',
      raw,
      'invalid',
      `temp "${shown(raw)}" is not a number, so it was not used.`,
      `temp "${shown(raw)}" is not a number (${range})`,
    );
    return null;
  }
  const other = result.otherUnit;
  const fix = other
    ? `; if it is °F, give temp=${formatNumber(Math.round(other.celsius * 10) / 10)}`
    : '';
  notes.add(
    'temp',
    raw,
    'invalid',
    `temp ${shown(raw)} is not a body temperature in °C, so it was not used (the temperature field says more).`,
    `temp ${shown(raw)} is not a body temperature (${range})${fix}`,
  );
  return null;
}

/**
 * The query's pairs for a calculator. A key given more than once is ambiguous (which value did
 * the sender mean?), so unlike the explorer, which uses the last one, a calculator uses none of
 * them and says so; the key is then neither used nor reported missing.
 */
function readCalculatorQuery(
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

function keysMissing(
  pairs: ReadonlyMap<string, string>,
  refused: ReadonlySet<string>,
  required: readonly string[],
): string[] {
  return required.filter((key) => !pairs.has(key) && !refused.has(key));
}

function draftResolved<T>(draft: Draft<T>, keys: Readonly<Record<keyof T, string>>): Resolved<T> {
  const missing = (Object.keys(keys) as (keyof T)[])
    .filter((field) => draft[field] === null)
    .map((field) => keys[field]);
  if (missing.length > 0) return { inputs: null, missing, conflicts: [] };
  return { inputs: draft as T, missing: [], conflicts: [] };
}

const CRS_REQUIRED = ['temp', 'bp', 'o2'] as const;
const CRS_FIELDS: Readonly<Record<keyof CrsInputs, string>> = {
  temperature: 'temp',
  bp: 'bp',
  o2: 'o2',
  masked: 'masked',
};

/** Nothing known yet (a blank calculator): not masked, everything else unknown. */
export const EMPTY_CRS_DRAFT: Readonly<CrsDraft> = {
  temperature: null,
  bp: null,
  o2: null,
  masked: false,
};

/**
 * CRS calculator inputs from query text: what is known, notes on what is not, and the
 * temperature as the link wrote it (for a field that shows what the link carried).
 */
export function parseCrsInputs(query: string): {
  draft: CrsDraft;
  notes: QueryNote[];
  temperatureText: string;
} {
  const notes = new NoteList();
  const { pairs, refused } = readCalculatorQuery(query, notes);
  dropUnknownKeys(pairs, CRS_KEYS, notes);
  const draft: CrsDraft = {
    temperature: readTemp(pairs.get('temp'), notes) ?? null,
    bp: readOption('bp', pairs.get('bp'), BP_SUPPORT, notes) ?? null,
    o2: readOption('o2', pairs.get('o2'), O2_SUPPORT, notes) ?? null,
    masked: readFlag('masked', pairs.get('masked'), notes),
  };
  addMissing(keysMissing(pairs, refused, CRS_REQUIRED), pairs, notes);
  return { draft, notes: notes.toArray(), temperatureText: shown(pairs.get('temp') ?? '') };
}

/** The CRS inputs when every one is known. */
export function resolveCrs(draft: CrsDraft): Resolved<CrsInputs> {
  return draftResolved(draft, CRS_FIELDS);
}

const ICANS_FIELDS: Readonly<Record<keyof IcansInputs, string>> = {
  ice: 'ice',
  consciousness: 'consciousness',
  seizure: 'seizure',
  motor: 'motor',
  edema: 'edema',
};

export const EMPTY_ICANS_DRAFT: Readonly<IcansDraft> = {
  ice: null,
  consciousness: null,
  seizure: null,
  motor: null,
  edema: null,
};

/** A value as a note shows it: a number as written, other text in quotes. */
function iceGiven(raw: string): string {
  return parseDecimal(raw) === null ? `"${shown(raw)}"` : shown(raw);
}

/**
 * The ICE score from text (a link's value or a typed field), by one rule for both: a whole
 * number 0–10 as given (never rounded or clamped); when no score is given and the patient cannot
 * be roused, 0, since such a patient cannot do the test (ASTCT 2019) — a definition, not an
 * assumption; when a score is given but unusable, nothing, even for that patient.
 *
 * @returns `ice` null when unknown; `implied` when 0 comes from the level of consciousness;
 *   `unusable` when text was given that is not a score.
 */
export function iceFromText(
  text: string | undefined,
  consciousness: Consciousness | null,
): { readonly ice: number | null; readonly implied: boolean; readonly unusable: boolean } {
  if (text === undefined || text.trim() === '') {
    const implied = consciousness === 'unarousable';
    return { ice: implied ? 0 : null, implied, unusable: false };
  }
  const ice = readWholeNumber(text, 10);
  return { ice, implied: false, unusable: ice === null };
}

/**
 * ICANS calculator inputs from query text: what is known, notes on what is not, and the ICE
 * score as the link wrote it (for a field that shows what the link carried).
 */
export function parseIcansInputs(query: string): {
  draft: IcansDraft;
  notes: QueryNote[];
  iceText: string;
} {
  const notes = new NoteList();
  const { pairs, refused } = readCalculatorQuery(query, notes);
  dropUnknownKeys(pairs, ICANS_KEYS, notes);
  const consciousness =
    readOption('consciousness', pairs.get('consciousness'), CONSCIOUSNESS, notes) ?? null;
  const rawIce = pairs.get('ice');
  // In a link, "ice=" is a value that says nothing, not a missing key.
  const ice =
    rawIce !== undefined && rawIce.trim() === ''
      ? { ice: null, implied: false, unusable: true }
      : iceFromText(refused.has('ice') ? undefined : rawIce, consciousness);
  if (ice.unusable) {
    notes.add(
      'ice',
      pairs.get('ice') ?? '',
      'invalid',
      `ice ${iceGiven(pairs.get('ice') ?? '')} is not a whole number from 0 to 10, so it was not used.`,
      `ice ${iceGiven(pairs.get('ice') ?? '')} is not a whole number 0–10`,
    );
  }
  const draft: IcansDraft = {
    ice: refused.has('ice') ? null : ice.ice,
    consciousness,
    seizure: readOption('seizure', pairs.get('seizure'), SEIZURE, notes) ?? null,
    motor: readOption('motor', pairs.get('motor'), MOTOR, notes) ?? null,
    edema: readOption('edema', pairs.get('edema'), EDEMA, notes) ?? null,
  };
  // A patient who cannot be roused scores 0 on the ICE test by definition: not an assumption.
  const required = ice.implied ? ICANS_KEYS.filter((key) => key !== 'ice') : ICANS_KEYS;
  addMissing(keysMissing(pairs, refused, required), pairs, notes);
  return { draft, notes: notes.toArray(), iceText: shown(pairs.get('ice') ?? '') };
}

/**
 * The ICANS inputs when every one is known and they agree: a patient who cannot be roused
 * cannot do the ICE test, so any score above 0 contradicts that level of consciousness (ASTCT
 * 2019) and is flagged instead of graded. A patient rousable only by vigorous touch may still do
 * the test, so any score goes with that level.
 */
export function resolveIcans(draft: IcansDraft): Resolved<IcansInputs> {
  const resolved = draftResolved(draft, ICANS_FIELDS);
  if (resolved.inputs === null) return resolved;
  if (resolved.inputs.consciousness !== 'unarousable' || resolved.inputs.ice === 0) return resolved;
  const notes = new NoteList();
  notes.add(
    'ice',
    String(resolved.inputs.ice),
    'conflict',
    `An ICE score of ${resolved.inputs.ice} cannot go with a patient who cannot be roused: such a patient cannot do the ICE test and scores 0. Check the ICE score or the level of consciousness.`,
    `ice ${resolved.inputs.ice} contradicts consciousness unarousable (a patient who cannot be roused scores ICE 0)`,
  );
  return { inputs: null, missing: [], conflicts: notes.toArray() };
}

const ICE_FIELDS = Object.fromEntries(ICE_KEYS.map((key) => [key, key])) as Readonly<
  Record<keyof IceItems, string>
>;

/** ICE items (points scored per item) from query text; every item is required. */
export function parseIceItems(query: string): { draft: IceDraft; notes: QueryNote[] } {
  const notes = new NoteList();
  const { pairs, refused } = readCalculatorQuery(query, notes);
  dropUnknownKeys(pairs, ICE_KEYS, notes);
  const item = (key: keyof IceItems) =>
    readWhole(key, pairs.get(key), ICE_ITEM_MAX[key], notes) ?? null;
  const draft: IceDraft = {
    orientation: item('orientation'),
    naming: item('naming'),
    commands: item('commands'),
    writing: item('writing'),
    attention: item('attention'),
  };
  addMissing(keysMissing(pairs, refused, ICE_KEYS), pairs, notes);
  return { draft, notes: notes.toArray() };
}

/** The ICE items when every one is known. */
export function resolveIceItems(draft: IceDraft): Resolved<IceItems> {
  return draftResolved(draft, ICE_FIELDS);
}
