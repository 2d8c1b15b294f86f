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
 * They follow the one rule of ./calculator-query.ts for every way a value comes in (a link, a
 * field, the command line): a value is used only when it is usable as given, nothing is assumed
 * for a missing key, and a grade exists only when every required input is known and agrees.
 */
import { BP_SUPPORT, CONSCIOUSNESS, EDEMA, MOTOR, O2_SUPPORT, SEIZURE } from './grading.ts';
import type { Consciousness, CrsInputs, IcansInputs } from './grading.ts';
import { ICE_ITEM_MAX, type IceItems } from './ice-score.ts';
import { NoteList, dropUnknownKeys, formatNumber, parseDecimal, shown } from './query.ts';
import type { QueryNote } from './query.ts';
import {
  CRS_KEYS,
  ICANS_KEYS,
  ICE_KEYS,
  type CrsDraft,
  type IceDraft,
  type IcansDraft,
} from './grade-encode.ts';
import {
  addMissing,
  draftResolved,
  keysMissing,
  readCalculatorQuery,
  readFlag,
  readOption,
  readWhole,
  readWholeNumber,
  type Resolved,
} from './calculator-query.ts';
import { formatBodyRange, readTemperature } from './temperature-text.ts';

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
