/**
 * The scenario a reader sets (therapy, tumor burden, dose, when each drug starts) and its URL
 * codec. `parse` never throws and returns the list of changes it made; `encode` writes the
 * canonical query with defaults left out, so `encode(parse(q).scenario)` is stable.
 */
import { DRUGS, type Drug } from './drugs.ts';
import {
  NoteList,
  dropUnknownKeys,
  readChoice,
  readNumber,
  readQuery,
  shown,
  parseDecimal,
  type QueryNote,
} from './query.ts';
import { HORIZON_DAYS } from './series.ts';
import { DOSES, THERAPY_IDS, type Dose, type TherapyId } from './therapies.ts';

/**
 * When a drug starts: `off`; `fever` (when the CRS grade first reaches 1); `grade2`, `grade3`
 * (when it first reaches that grade); or `dayN`, N a whole day 0–28 (`day0` is prophylactic).
 */
export type DrugTiming = 'off' | 'fever' | 'grade2' | 'grade3' | `day${number}`;
export const DRUG_TRIGGERS = ['off', 'fever', 'grade2', 'grade3'] as const;

export interface Scenario {
  /** A generic therapy or a product id (./products.ts). */
  readonly therapy: TherapyId;
  /** Tumor burden, % of a bulky reference tumor: whole number 0–100. */
  readonly burden: number;
  readonly dose: Dose;
  readonly drugs: Readonly<Record<Drug, DrugTiming>>;
}

/** Burden presets, % of the bulky reference. */
export const BURDEN_PRESETS = { low: 10, moderate: 40, high: 80 } as const;
export const BURDEN_MIN = 0;
export const BURDEN_MAX = 100;

const NO_DRUGS = Object.fromEntries(DRUGS.map((drug) => [drug, 'off'])) as Readonly<
  Record<Drug, DrugTiming>
>;

export const DEFAULT_SCENARIO: Scenario = {
  therapy: 'cart-cd28',
  burden: BURDEN_PRESETS.moderate,
  dose: 'standard',
  drugs: NO_DRUGS,
};

/** A scenario from partial settings (defaults for the rest). */
export function makeScenario(
  settings: Partial<Omit<Scenario, 'drugs'>> & {
    readonly drugs?: Partial<Record<Drug, DrugTiming>>;
  } = {},
): Scenario {
  return {
    therapy: settings.therapy ?? DEFAULT_SCENARIO.therapy,
    burden: settings.burden ?? DEFAULT_SCENARIO.burden,
    dose: settings.dose ?? DEFAULT_SCENARIO.dose,
    drugs: { ...NO_DRUGS, ...settings.drugs },
  };
}

/** The start day of a `dayN` timing (clamped to 0–28, whole), or null for the other timings. */
export function timingDay(timing: DrugTiming): number | null {
  if (!timing.startsWith('day')) return null;
  const n = parseDecimal(timing.slice(3));
  if (n === null) return null;
  return Math.min(HORIZON_DAYS, Math.max(0, Math.round(n)));
}

/** The query keys the scenario understands, in canonical order. */
export const SCENARIO_KEYS: readonly string[] = ['therapy', 'burden', 'dose', ...DRUGS];

function readTiming(drug: Drug, raw: string | undefined, notes: NoteList): DrugTiming {
  if (raw === undefined) return 'off';
  const value = raw.toLowerCase();
  const trigger = DRUG_TRIGGERS.find((t) => t === value);
  if (trigger !== undefined) return trigger;
  if (value.startsWith('day')) {
    const parsed = parseDecimal(value.slice(3));
    if (parsed !== null) {
      let day = parsed;
      if (day < 0 || day > HORIZON_DAYS) {
        day = Math.min(HORIZON_DAYS, Math.max(0, day));
        notes.add(
          drug,
          raw,
          'clamped',
          `${drug} ${shown(raw)} was out of range (day0–day${HORIZON_DAYS}); set to day${day}.`,
          `${drug} ${shown(raw)} is out of range (day0–day${HORIZON_DAYS})`,
        );
      }
      if (!Number.isInteger(day)) {
        day = Math.round(day);
        notes.add(
          drug,
          raw,
          'rounded',
          `${drug} ${shown(raw)} was rounded to day${day}.`,
          `${drug} ${shown(raw)} is not a whole day`,
        );
      }
      return `day${day === 0 ? 0 : day}`;
    }
  }
  notes.add(
    drug,
    raw,
    'invalid',
    `${drug} "${shown(raw)}" is not a known timing (off, day0–day28, fever, grade2, grade3); used off.`,
    `${drug} "${shown(raw)}" is not one of off, day0–day${HORIZON_DAYS}, fever, grade2, grade3`,
  );
  return 'off';
}

/** Read a scenario from query text. Never throws; every change made is listed in `notes`. */
export function parse(query: string): { scenario: Scenario; notes: QueryNote[] } {
  const notes = new NoteList();
  const pairs = readQuery(query, notes);
  dropUnknownKeys(pairs, SCENARIO_KEYS, notes);
  const therapy = readChoice(
    'therapy',
    pairs.get('therapy'),
    THERAPY_IDS,
    DEFAULT_SCENARIO.therapy,
    notes,
  );
  const burden = readNumber(
    'burden',
    pairs.get('burden'),
    {
      min: BURDEN_MIN,
      max: BURDEN_MAX,
      fallback: DEFAULT_SCENARIO.burden,
      integer: true,
      unit: '%',
    },
    notes,
  );
  const dose = readChoice('dose', pairs.get('dose'), DOSES, DEFAULT_SCENARIO.dose, notes);
  const drugs = { ...NO_DRUGS };
  for (const drug of DRUGS) drugs[drug] = readTiming(drug, pairs.get(drug), notes);
  return { scenario: { therapy, burden, dose, drugs }, notes: notes.toArray() };
}

function canonicalTiming(timing: DrugTiming): DrugTiming {
  const day = timingDay(timing);
  if (day !== null) return `day${day}`;
  return (DRUG_TRIGGERS as readonly string[]).includes(timing) ? timing : 'off';
}

/** Burden as the model uses it: a whole number 0–100 (non-numbers become the default). */
export function canonicalBurden(burden: number): number {
  if (!Number.isFinite(burden)) return DEFAULT_SCENARIO.burden;
  const value = Math.round(Math.min(BURDEN_MAX, Math.max(BURDEN_MIN, burden)));
  return value === 0 ? 0 : value;
}

/** The canonical query for a scenario, defaults left out ('' for the default scenario). */
export function encode(scenario: Scenario): string {
  const parts: string[] = [];
  if (scenario.therapy !== DEFAULT_SCENARIO.therapy) parts.push(`therapy=${scenario.therapy}`);
  const burden = canonicalBurden(scenario.burden);
  if (burden !== DEFAULT_SCENARIO.burden) parts.push(`burden=${burden}`);
  if (scenario.dose !== DEFAULT_SCENARIO.dose) parts.push(`dose=${scenario.dose}`);
  for (const drug of DRUGS) {
    const timing = canonicalTiming(scenario.drugs[drug]);
    if (timing !== 'off') parts.push(`${drug}=${timing}`);
  }
  return parts.join('&');
}
