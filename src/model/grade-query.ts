/**
 * Query codecs of the grading calculators, shared by the `grade` command and the web pages
 * `/tools/crs-grade` and `/tools/icans-grade` so they take exactly the same keys and values:
 *
 * - CRS: `temp` (°C), `bp` (none | fluids | one-pressor | multiple-pressors),
 *   `o2` (none | low-flow | high-flow | positive-pressure), `masked` (1 when an antipyretic or
 *   anti-cytokine drug masks the fever; also true/yes, 0/false/no).
 * - ICANS: `ice` (0–10), `consciousness` (awake | spontaneous | voice | touch | unarousable),
 *   `seizure` (none | focal-resolves | generalized | prolonged), `motor` (none | weakness),
 *   `edema` (none | focal | diffuse).
 * - ICE score items: `orientation` (0–4), `naming` (0–3), `commands`, `writing`, `attention`
 *   (0–1 each).
 *
 * Missing keys take the defaults below (a well patient). Parsing never throws; each change
 * made is a note (the command exits with status 2 on any note, the page shows them).
 */
import {
  BP_SUPPORT,
  CONSCIOUSNESS,
  EDEMA,
  ICE_ITEM_MAX,
  MOTOR,
  O2_SUPPORT,
  SEIZURE,
  type CrsInputs,
  type IceItems,
  type IcansInputs,
} from './grading.ts';
import {
  NoteList,
  dropUnknownKeys,
  formatNumber,
  readChoice,
  readNumber,
  readQuery,
  shown,
  type QueryNote,
} from './query.ts';

export const DEFAULT_CRS_INPUTS: CrsInputs = {
  temperature: 37.0,
  bp: 'none',
  o2: 'none',
  masked: false,
};

/** Plausible body temperatures, °C; outside this a value is more likely °F or a typo. */
export const TEMPERATURE_RANGE = { min: 30, max: 45 } as const;

export const CRS_KEYS: readonly string[] = ['temp', 'bp', 'o2', 'masked'];

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

function readFlag(
  key: string,
  raw: string | undefined,
  fallback: boolean,
  notes: NoteList,
): boolean {
  if (raw === undefined) return fallback;
  const value = raw.toLowerCase();
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  notes.add(
    key,
    raw,
    'invalid',
    `${key} "${shown(raw)}" should be 1 or 0; used ${fallback ? 1 : 0}.`,
    `${key} "${shown(raw)}" is not 1 or 0`,
  );
  return fallback;
}

/** CRS calculator inputs from query text. */
export function parseCrsInputs(query: string): { inputs: CrsInputs; notes: QueryNote[] } {
  const notes = new NoteList();
  const pairs = readQuery(query, notes);
  dropUnknownKeys(pairs, CRS_KEYS, notes);
  const temperature = readNumber(
    'temp',
    pairs.get('temp'),
    {
      min: TEMPERATURE_RANGE.min,
      max: TEMPERATURE_RANGE.max,
      fallback: DEFAULT_CRS_INPUTS.temperature,
      integer: false,
      unit: ' °C',
    },
    notes,
  );
  const bp = readChoice('bp', pairs.get('bp'), BP_SUPPORT, DEFAULT_CRS_INPUTS.bp, notes);
  const o2 = readChoice('o2', pairs.get('o2'), O2_SUPPORT, DEFAULT_CRS_INPUTS.o2, notes);
  const masked = readFlag('masked', pairs.get('masked'), DEFAULT_CRS_INPUTS.masked, notes);
  return { inputs: { temperature, bp, o2, masked }, notes: notes.toArray() };
}

/** Canonical query of CRS inputs: temp, bp and o2 always; masked only when set. */
export function encodeCrsInputs(inputs: CrsInputs): string {
  const temp = Number.isFinite(inputs.temperature)
    ? Math.min(TEMPERATURE_RANGE.max, Math.max(TEMPERATURE_RANGE.min, inputs.temperature))
    : DEFAULT_CRS_INPUTS.temperature;
  const parts = [`temp=${formatNumber(temp)}`, `bp=${inputs.bp}`, `o2=${inputs.o2}`];
  if (inputs.masked) parts.push('masked=1');
  return parts.join('&');
}

export const DEFAULT_ICANS_INPUTS: IcansInputs = {
  ice: 10,
  consciousness: 'awake',
  seizure: 'none',
  motor: 'none',
  edema: 'none',
};

export const ICANS_KEYS: readonly string[] = ['ice', 'consciousness', 'seizure', 'motor', 'edema'];

/** ICANS calculator inputs from query text. */
export function parseIcansInputs(query: string): { inputs: IcansInputs; notes: QueryNote[] } {
  const notes = new NoteList();
  const pairs = readQuery(query, notes);
  dropUnknownKeys(pairs, ICANS_KEYS, notes);
  const ice = readNumber(
    'ice',
    pairs.get('ice'),
    { min: 0, max: 10, fallback: DEFAULT_ICANS_INPUTS.ice, integer: true },
    notes,
  );
  const d = DEFAULT_ICANS_INPUTS;
  const consciousness = readChoice(
    'consciousness',
    pairs.get('consciousness'),
    CONSCIOUSNESS,
    d.consciousness,
    notes,
  );
  const seizure = readChoice('seizure', pairs.get('seizure'), SEIZURE, d.seizure, notes);
  const motor = readChoice('motor', pairs.get('motor'), MOTOR, d.motor, notes);
  const edema = readChoice('edema', pairs.get('edema'), EDEMA, d.edema, notes);
  return { inputs: { ice, consciousness, seizure, motor, edema }, notes: notes.toArray() };
}

/** Canonical query of ICANS inputs (every key, in table order). */
export function encodeIcansInputs(inputs: IcansInputs): string {
  const ice = Number.isFinite(inputs.ice) ? Math.round(Math.min(10, Math.max(0, inputs.ice))) : 10;
  return [
    `ice=${ice}`,
    `consciousness=${inputs.consciousness}`,
    `seizure=${inputs.seizure}`,
    `motor=${inputs.motor}`,
    `edema=${inputs.edema}`,
  ].join('&');
}

export const DEFAULT_ICE_ITEMS: IceItems = {
  orientation: 4,
  naming: 3,
  commands: 1,
  writing: 1,
  attention: 1,
};

export const ICE_KEYS: readonly string[] = Object.keys(ICE_ITEM_MAX);

/** ICE items (points scored per item) from query text; missing items count as scored. */
export function parseIceItems(query: string): { items: IceItems; notes: QueryNote[] } {
  const notes = new NoteList();
  const pairs = readQuery(query, notes);
  dropUnknownKeys(pairs, ICE_KEYS, notes);
  const item = (key: keyof IceItems) =>
    readNumber(
      key,
      pairs.get(key),
      { min: 0, max: ICE_ITEM_MAX[key], fallback: DEFAULT_ICE_ITEMS[key], integer: true },
      notes,
    );
  const items: IceItems = {
    orientation: item('orientation'),
    naming: item('naming'),
    commands: item('commands'),
    writing: item('writing'),
    attention: item('attention'),
  };
  return { items, notes: notes.toArray() };
}

/** Canonical query of ICE items (every item). */
export function encodeIceItems(items: IceItems): string {
  return ICE_KEYS.map((key) => {
    const k = key as keyof IceItems;
    const v = items[k];
    const value = Number.isFinite(v) ? Math.round(Math.min(ICE_ITEM_MAX[k], Math.max(0, v))) : 0;
    return `${key}=${value}`;
  }).join('&');
}
