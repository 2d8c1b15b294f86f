/**
 * Words of the clinician calculators: the ASTCT 2019 consensus tables (paraphrased from Lee et
 * al., key `lee2019astct`) as data, and every input's options (their words: the clinician
 * register of src/model/words.ts). No grading happens here:
 * which row or cell applies is always asked of `src/model/grading.ts`, so the tables and the
 * simulation cannot disagree.
 */
import {
  FEVER_THRESHOLD_C,
  GRADING_LEVELS as LEVELS,
  gradeCrs,
  type BpSupport,
  type CrsCriterion,
  type CrsGrade,
  type CrsResult,
  type IcansDomain,
  type IcansResult,
  type O2Support,
} from '../model/grading';
import { type IceItems } from '../model/ice-score';
import { INPUT_NAMES, listWords } from '../model/calculator-query';
import {
  BP_CLINICIAN,
  CONSCIOUSNESS_CLINICIAN,
  EDEMA_CLINICIAN,
  MOTOR_CLINICIAN,
  O2_CLINICIAN,
  SEIZURE_CLINICIAN,
  type Words,
} from '../model/words';

/** One option of a radio group: the query value and what a clinician reads. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** The options of one input: its levels, each with its clinician words. */
function choicesOf<T extends string>(levels: readonly T[], words: Words<T>): readonly Choice<T>[] {
  return levels.map((value) => ({ value, label: words[value] }));
}

export const BP_CHOICES = choicesOf(LEVELS.bp, BP_CLINICIAN);
export const O2_CHOICES = choicesOf(LEVELS.o2, O2_CLINICIAN);
export const CONSCIOUSNESS_CHOICES = choicesOf(LEVELS.consciousness, CONSCIOUSNESS_CLINICIAN);
export const SEIZURE_CHOICES = choicesOf(LEVELS.seizure, SEIZURE_CLINICIAN);
export const MOTOR_CHOICES = choicesOf(LEVELS.motor, MOTOR_CLINICIAN);
export const EDEMA_CHOICES = choicesOf(LEVELS.edema, EDEMA_CLINICIAN);

/** The label of `value` among `choices` (the value itself if it has none). */
export function labelOf<T extends string>(choices: readonly Choice<T>[], value: T): string {
  return choices.find((choice) => choice.value === value)?.label ?? value;
}

/** One point of the ICE score, as a checkbox; `item` is the part of the score it adds to. */
export interface IceCheck {
  readonly id: string;
  readonly item: keyof IceItems;
  readonly label: string;
}

/** The ten ICE points in the order of the consensus (orientation, naming, commands…). */
export const ICE_CHECKS: readonly IceCheck[] = [
  { id: 'year', item: 'orientation', label: 'Year' },
  { id: 'month', item: 'orientation', label: 'Month' },
  { id: 'city', item: 'orientation', label: 'City' },
  { id: 'hospital', item: 'orientation', label: 'Hospital' },
  { id: 'object-1', item: 'naming', label: 'First object (for example a clock)' },
  { id: 'object-2', item: 'naming', label: 'Second object (for example a pen)' },
  { id: 'object-3', item: 'naming', label: 'Third object (for example a button)' },
  { id: 'commands', item: 'commands', label: 'Follows simple commands ("show me two fingers")' },
  { id: 'writing', item: 'writing', label: 'Writes a standard sentence' },
  { id: 'attention', item: 'attention', label: 'Counts backwards from 100 by 10' },
];

/** The ICE groups, each with a heading, in table order. */
export const ICE_GROUPS: readonly { readonly item: keyof IceItems; readonly label: string }[] = [
  { item: 'orientation', label: 'Orientation: names the…' },
  { item: 'naming', label: 'Naming: names the…' },
  { item: 'commands', label: 'Commands' },
  { item: 'writing', label: 'Writing' },
  { item: 'attention', label: 'Attention' },
];

/** The ICE items from the checked points. */
export function iceItemsOf(checked: ReadonlySet<string>): IceItems {
  const items = { orientation: 0, naming: 0, commands: 0, writing: 0, attention: 0 };
  for (const check of ICE_CHECKS) if (checked.has(check.id)) items[check.item] += 1;
  return items;
}

/** One row of the ASTCT CRS table. */
export interface CrsRow {
  readonly grade: Exclude<CrsGrade, 0>;
  readonly fever: string;
  readonly hypotension: string;
  readonly hypoxia: string;
}

const FEVER_CELL = `Temperature ≥ ${FEVER_THRESHOLD_C.toFixed(1)} °C`;

export const CRS_ROWS: readonly CrsRow[] = [
  { grade: 1, fever: FEVER_CELL, hypotension: 'None', hypoxia: 'None' },
  {
    grade: 2,
    fever: FEVER_CELL,
    hypotension: 'Not needing vasopressors',
    hypoxia: 'Low-flow nasal cannula (≤ 6 L/min) or blow-by',
  },
  {
    grade: 3,
    fever: FEVER_CELL,
    hypotension: 'Needing one vasopressor, with or without vasopressin',
    hypoxia: 'High-flow nasal cannula (> 6 L/min), face mask, non-rebreather or Venturi mask',
  },
  {
    grade: 4,
    fever: FEVER_CELL,
    hypotension: 'Needing several vasopressors (not counting vasopressin)',
    hypoxia: 'Positive pressure (CPAP, BiPAP, intubation and mechanical ventilation)',
  },
];

/**
 * The row of the CRS table a blood-pressure level is a criterion of, asked of the model (with a
 * fever and nothing else); 0 when it is no criterion at all ("none").
 */
export function crsRowOfBp(bp: BpSupport): CrsGrade {
  const result = gradeCrs({ temperature: FEVER_THRESHOLD_C, bp, o2: 'none', masked: false });
  return result.criteria.includes('hypotension') ? result.grade : 0;
}

/** The row of the CRS table an oxygen level is a criterion of; 0 for "none". */
export function crsRowOfO2(o2: O2Support): CrsGrade {
  const result = gradeCrs({ temperature: FEVER_THRESHOLD_C, bp: 'none', o2, masked: false });
  return result.criteria.includes('hypoxia') ? result.grade : 0;
}

/** How a cell of a consensus table relates to the current result. */
export type CellMark = 'sets' | 'observed' | 'none';

/** The mark of the CRS cell in `row` and `column` for a result and its inputs. */
export function crsCellMark(
  result: CrsResult,
  bp: BpSupport,
  o2: O2Support,
  row: CrsGrade,
  column: Exclude<CrsCriterion, 'none'>,
): CellMark {
  if (result.grade === 0) return 'none';
  if (row === result.grade && result.criteria.includes(column)) return 'sets';
  if (column === 'hypotension' && row === crsRowOfBp(bp)) return 'observed';
  if (column === 'hypoxia' && row === crsRowOfO2(o2)) return 'observed';
  return 'none';
}

export type IcansTableDomain = Exclude<IcansDomain, 'none'>;

/** One row of the ASTCT ICANS table: a domain and its criterion at grades 1–4 (null: none). */
export interface IcansRow {
  readonly domain: IcansTableDomain;
  readonly label: string;
  readonly cells: readonly [string | null, string | null, string | null, string | null];
}

export const ICANS_ROWS: readonly IcansRow[] = [
  {
    domain: 'ice',
    label: 'ICE score',
    cells: ['7–9', '3–6', '0–2', '0 (unarousable, cannot do the ICE test)'],
  },
  {
    domain: 'consciousness',
    label: 'Depressed level of consciousness',
    cells: [
      'Awakens spontaneously',
      'Awakens to voice',
      'Awakens only to tactile stimulus',
      'Rousable only by vigorous or repeated tactile stimuli, or unarousable; stupor or coma',
    ],
  },
  {
    domain: 'seizure',
    label: 'Seizure',
    cells: [
      null,
      null,
      'Any clinical seizure, focal or generalized, that resolves rapidly; or non-convulsive seizures on EEG that resolve with intervention',
      'Life-threatening prolonged seizure (> 5 min), or repeated seizures without return to baseline in between',
    ],
  },
  {
    domain: 'motor',
    label: 'Motor findings',
    cells: [null, null, null, 'Deep focal motor weakness such as hemiparesis or paraparesis'],
  },
  {
    domain: 'edema',
    label: 'Raised intracranial pressure / cerebral edema',
    cells: [
      null,
      null,
      'Focal or local edema on neuroimaging',
      "Diffuse edema on neuroimaging; decerebrate or decorticate posturing; cranial nerve VI palsy; papilledema; or Cushing's triad",
    ],
  },
];

/** The mark of the ICANS cell of `domain` at `grade` (1–4) for a result. */
export function icansCellMark(
  result: IcansResult,
  domain: IcansTableDomain,
  grade: number,
): CellMark {
  if (result.domainGrades[domain] !== grade) return 'none';
  return result.grade === grade && result.criteria.includes(domain) ? 'sets' : 'observed';
}

function lowerFirst(text: string): string {
  // "Fever of…" reads on after "because"; "ICE score…" keeps its capitals.
  return /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}` : text;
}

/** The result area's words: a head, what joins it to the tail (",", ":"), and the tail. */
export interface ResultParts {
  readonly head: string;
  readonly joiner: string;
  readonly tail: string;
}

/**
 * The result in two parts: "CRS grade 3" and "because fever of 38.5 °C; …". A grade 0 under
 * masked fever is never headed "no CRS": grade 1 cannot be confirmed without a measured fever,
 * so the head says only that no grade 2–4 criterion is met.
 */
export function resultParts(
  scale: 'CRS' | 'ICANS',
  grade: number,
  because: string,
  maskedWithoutFindings = false,
): ResultParts {
  const tail = `because ${lowerFirst(because)}`;
  if (maskedWithoutFindings) return { head: 'No grade 2–4 CRS criteria', joiner: ',', tail };
  const none = grade === 0 ? ` (no ${scale})` : '';
  return { head: `${scale} grade ${grade}${none}`, joiner: ',', tail };
}

/**
 * The result area before there is a grade: what is still needed, or what contradicts what.
 * `missing` are query keys; their words come from the codec (`INPUT_NAMES`).
 */
export function pendingParts(
  missing: readonly string[],
  conflicts: readonly { readonly message: string }[],
): ResultParts {
  if (conflicts.length > 0) {
    return {
      head: 'Not graded: the inputs disagree',
      joiner: ':',
      tail: conflicts.map((conflict) => conflict.message).join(' '),
    };
  }
  const words = listWords(missing.map((key) => INPUT_NAMES[key] ?? key));
  return {
    head: 'Not graded yet',
    joiner: ':',
    tail: `enter ${words}. Nothing is assumed for an input left empty.`,
  };
}
