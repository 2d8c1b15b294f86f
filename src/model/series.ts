/**
 * The series `simulate()` returns, one row each: key, label, unit, the bounds every value stays
 * in (behaviour 11), its resting value and the model's cap on it. The row order is the CSV's
 * column order and the JSON's key order; the drug and symptom rows are generated from their
 * catalogues (./drugs.ts, ./observables.ts), so a new drug or symptom gets its column here.
 */
import { DRUGS, DRUG_INFO, type Drug } from './drugs.ts';
import { SYMPTOMS, pyrogenDrive, temperatureOf, type SymptomKey } from './observables.ts';
import { DEFAULT_PARAMETERS, type ParameterValues } from './parameters.ts';

/** The model's horizon, d: every simulation, timeline and `dayN` timing spans days 0–28. */
export const HORIZON_DAYS = 28;

/** A level that is a number, or read from the parameter table. */
export type SeriesLevel = number | ((p: ParameterValues) => number);

/**
 * What a series describes: the time axis, the cascade's own states and signals, what a
 * clinician sees (vitals, levels, grades), the therapy agent, a drug's effect, a symptom.
 */
export type SeriesKind = 'time' | 'cascade' | 'clinical' | 'therapy' | 'drug' | 'symptom';

export interface SeriesSpec<K extends string = string> {
  readonly key: K;
  readonly kind: SeriesKind;
  /** What it is, in a few words (a chart title or a table header). */
  readonly label: string;
  /** Its unit, or for a level what the number indexes. */
  readonly unit: string;
  /** Lowest and highest value any valid scenario may give (behaviour 11). */
  readonly bounds: readonly [number, number];
  /** Value with no tumor and no immune activation; null where there is none (time, tumor remaining). */
  readonly rest: SeriesLevel | null;
  /** The model's own ceiling (the parameter that caps it), for scaling a display; null where none. */
  readonly cap: SeriesLevel | null;
}

const STATE_AND_CLINICAL = [
  {
    key: 't',
    kind: 'time',
    label: 'Day',
    unit: 'd since infusion or first dose',
    bounds: [0, HORIZON_DAYS],
    rest: null,
    cap: null,
  },
  {
    key: 'tumor',
    kind: 'cascade',
    label: 'Tumor remaining',
    unit: '% of the starting burden',
    bounds: [0, Infinity],
    rest: null,
    cap: null,
  },
  {
    key: 'tumorBurden',
    kind: 'cascade',
    label: 'Tumor size',
    unit: '% of the bulky reference',
    bounds: [0, 150],
    rest: 0,
    cap: 100,
  },
  {
    key: 'effector',
    kind: 'cascade',
    label: 'Activated effector T cells',
    unit: 'r.u.',
    bounds: [0, 1],
    rest: 0,
    cap: (p) => p.effectorCapacity,
  },
  {
    key: 'tcellCytokines',
    kind: 'cascade',
    label: 'T-cell cytokines (IFN-γ, GM-CSF, TNF)',
    unit: 'r.u.',
    bounds: [0, 10],
    rest: 0,
    cap: (p) => p.tcellCytokineRelease / p.tcellCytokineClearance,
  },
  {
    key: 'macrophages',
    kind: 'cascade',
    label: 'Activated monocytes and macrophages',
    unit: 'share 0–1',
    bounds: [0, 1],
    rest: 0,
    cap: 1,
  },
  {
    key: 'il1',
    kind: 'cascade',
    label: 'Serum IL-1',
    unit: 'pg/mL',
    bounds: [0, 200],
    rest: (p) => p.il1Baseline,
    cap: (p) => p.il1Max,
  },
  {
    key: 'il6',
    kind: 'cascade',
    label: 'Free serum IL-6',
    unit: 'pg/mL',
    bounds: [0, 100_000],
    rest: (p) => p.il6Baseline,
    cap: (p) => p.il6Max,
  },
  {
    key: 'il6Signal',
    kind: 'cascade',
    label: 'IL-6 signal above rest, through unblocked receptors',
    unit: 'pg/mL-equivalent',
    bounds: [0, 100_000],
    rest: 0,
    cap: (p) => p.il6Max,
  },
  {
    key: 'endothelium',
    kind: 'cascade',
    label: 'Endothelial activation',
    unit: 'share 0–1',
    bounds: [0, 1],
    rest: 0,
    cap: 1,
  },
  {
    key: 'cns',
    kind: 'cascade',
    label: 'CNS inflammation',
    unit: 'r.u.',
    bounds: [0, 2],
    rest: 0,
    cap: (p) => p.cnsCapacity,
  },
  {
    key: 'crp',
    kind: 'cascade',
    label: 'C-reactive protein',
    unit: 'mg/L',
    bounds: [0, 300],
    rest: (p) => p.crpBaseline,
    cap: (p) => p.crpMax,
  },
  {
    key: 'temperature',
    kind: 'clinical',
    label: 'Temperature',
    unit: '°C',
    bounds: [36, 41],
    // only what IL-6 and IL-1 add to their resting levels warms the body
    rest: (p) => temperatureOf(pyrogenDrive(0, 0, p), 0, p),
    cap: (p) => p.baseTemperature + p.feverRange,
  },
  {
    key: 'bpSupport',
    kind: 'clinical',
    label: 'Blood-pressure support',
    unit: 'level: index into BP_SUPPORT',
    bounds: [0, 3],
    rest: 0,
    cap: 3,
  },
  {
    key: 'o2Support',
    kind: 'clinical',
    label: 'Oxygen support',
    unit: 'level: index into O2_SUPPORT',
    bounds: [0, 3],
    rest: 0,
    cap: 3,
  },
  {
    key: 'crsGrade',
    kind: 'clinical',
    label: 'CRS grade (ASTCT)',
    unit: 'grade 0–4',
    bounds: [0, 4],
    rest: 0,
    cap: 4,
  },
  {
    key: 'ice',
    kind: 'clinical',
    label: 'ICE score',
    unit: 'points 0–10',
    bounds: [0, 10],
    rest: 10,
    cap: 10,
  },
  {
    key: 'consciousness',
    kind: 'clinical',
    label: 'Level of consciousness',
    unit: 'level: index into CONSCIOUSNESS',
    bounds: [0, 5],
    rest: 0,
    cap: 5,
  },
  {
    key: 'seizure',
    kind: 'clinical',
    label: 'Seizure',
    unit: 'level: index into SEIZURE',
    bounds: [0, 3],
    rest: 0,
    cap: 3,
  },
  {
    key: 'edema',
    kind: 'clinical',
    label: 'Brain swelling',
    unit: 'level: index into EDEMA',
    bounds: [0, 2],
    rest: 0,
    cap: 2,
  },
  {
    key: 'icansGrade',
    kind: 'clinical',
    label: 'ICANS grade (ASTCT)',
    unit: 'grade 0–4',
    bounds: [0, 4],
    rest: 0,
    cap: 4,
  },
  {
    key: 'agent',
    kind: 'therapy',
    label: 'Therapy agent active (bispecific or injected agent)',
    unit: 'r.u.',
    bounds: [0, Infinity],
    rest: 0,
    cap: null,
  },
  {
    key: 'tolerance',
    kind: 'therapy',
    label: 'Bispecific tolerance',
    unit: 'r.u.',
    bounds: [0, Infinity],
    rest: 0,
    cap: null,
  },
] as const satisfies readonly SeriesSpec[];

/** The series key of a drug's effect, e.g. `drugTocilizumab`. */
export type DrugSeriesKey = `drug${Capitalize<Drug>}`;

export function drugSeriesKey(drug: Drug): DrugSeriesKey {
  return `drug${drug.charAt(0).toUpperCase()}${drug.slice(1)}` as DrugSeriesKey;
}

const DRUG_ROWS: readonly SeriesSpec<DrugSeriesKey>[] = DRUGS.map((drug) => ({
  key: drugSeriesKey(drug),
  kind: 'drug',
  label: `${DRUG_INFO[drug].name} effect`,
  unit: 'receptor occupancy 0–1',
  bounds: [0, 1],
  rest: 0,
  cap: 1,
}));

const SYMPTOM_ROWS: readonly SeriesSpec<SymptomKey>[] = SYMPTOMS.map((symptom) => ({
  key: symptom.key,
  kind: 'symptom',
  label: symptom.label,
  unit: 'severity: index into SEVERITY_LABELS',
  bounds: [0, 3],
  rest: 0,
  cap: 3,
}));

export type SeriesKey = (typeof STATE_AND_CLINICAL)[number]['key'] | DrugSeriesKey | SymptomKey;

/** Every series, in output order. */
export const SERIES: readonly SeriesSpec<SeriesKey>[] = [
  ...STATE_AND_CLINICAL,
  ...DRUG_ROWS,
  ...SYMPTOM_ROWS,
];

/** Series keys, each an array over the output times `t`, in output (CSV column) order. */
export const SERIES_KEYS: readonly SeriesKey[] = SERIES.map((spec) => spec.key);

export type Series = Readonly<Record<SeriesKey, number[]>>;

/** Position of each series in {@link SERIES_KEYS}. */
export const SERIES_COLUMN = Object.fromEntries(SERIES_KEYS.map((key, i) => [key, i])) as Readonly<
  Record<SeriesKey, number>
>;

/** Bounds every series must respect (behaviour 11). */
export const SERIES_BOUNDS = Object.fromEntries(
  SERIES.map((spec) => [spec.key, spec.bounds]),
) as Readonly<Record<SeriesKey, readonly [number, number]>>;

/** The keys of every series of one kind, in output order. */
export function seriesOfKind(kind: SeriesKind): SeriesKey[] {
  return SERIES.filter((spec) => spec.kind === kind).map((spec) => spec.key);
}

/** One series' row. */
export function seriesSpec(key: SeriesKey): SeriesSpec<SeriesKey> {
  return SERIES[SERIES_COLUMN[key]]!;
}

/** Resting value and cap of a series as numbers (null where it has none). */
export function seriesScale(
  key: SeriesKey,
  p: ParameterValues = DEFAULT_PARAMETERS,
): { readonly rest: number | null; readonly cap: number | null } {
  const { rest, cap } = seriesSpec(key);
  const level = (value: SeriesLevel | null) => (typeof value === 'function' ? value(p) : value);
  return { rest: level(rest), cap: level(cap) };
}
