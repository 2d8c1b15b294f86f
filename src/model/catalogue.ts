/**
 * The therapy catalogue as one list: the four generic therapies (the values shared links use)
 * and every real product, each with its schedule and its trial's published figures; and the
 * same ids grouped for a picker. `npm run --silent simulate -- --therapies` prints
 * {@link therapyCatalogue}.
 */
import { DEFAULT_PARAMETERS, type ParameterValues } from './parameters.ts';
import { PRODUCTS, type ProductId, type ProductKind } from './products.ts';
import type { Schedule, ScheduledDose } from './schedule.ts';
import {
  CAR_T_DOSE_TEXT,
  ENGAGER_DOSE_UNIT,
  INFUSION_TEXT,
  PRODUCT_NAMES,
  SCHEDULE_TEXT,
} from './schedule-text.ts';
import { THERAPIES, THERAPY_INFO, type Therapy, type TherapyId } from './therapies.ts';
import { TRIALS, type TrialFigures } from './trials.ts';

/** One entry of the catalogue (the query value is `id`). */
export interface CatalogueEntry {
  readonly id: TherapyId;
  readonly name: string;
  /** US brand name; null for a generic therapy. */
  readonly brand: string | null;
  readonly kind: ProductKind;
  /** Antigen targeted; null for a generic therapy. */
  readonly target: string | null;
  readonly costimulation: 'CD28' | '4-1BB' | null;
  readonly schedule: Schedule;
  /** The pivotal trial's published figures; null for a generic therapy or where none are collected. */
  readonly trial: TrialFigures | null;
}

const GENERIC_KIND: Readonly<Record<Therapy, ProductKind>> = {
  'cart-cd28': 'car-t',
  'cart-41bb': 'car-t',
  bispecific: 'bispecific',
  intratumoral: 'intratumoral',
};

/** The generic therapies' schedules, as the model gives them (./therapies.ts). */
function genericSchedule(therapy: Therapy, p: ParameterValues): Schedule {
  const plain = { infusion: [], premedication: null };
  if (therapy === 'cart-cd28' || therapy === 'cart-41bb') {
    return {
      ...plain,
      route: 'iv-infusion',
      doses: [{ day: 0, amount: 1, label: 'one infusion of CAR-T cells' }],
      note: 'A generic CAR-T product: one infusion, no premedication modelled.',
    };
  }
  if (therapy === 'intratumoral') {
    return {
      ...plain,
      route: 'intratumoral',
      doses: [{ day: 0, amount: 1, label: 'one injection, in proportion to the tumor’s bulk' }],
      note: 'A generic combination immunotherapy injected into the tumor.',
    };
  }
  const step = p.bispecificStepInterval;
  const doses: ScheduledDose[] = [
    { day: 0, amount: p.bispecificStep1, label: 'step-up dose 1' },
    { day: step, amount: p.bispecificStep2, label: 'step-up dose 2' },
    { day: 2 * step, amount: 1, label: 'first full dose' },
  ];
  for (let day = p.bispecificWeeklyStart; day < 28; day += 7) {
    doses.push({ day, amount: 1, label: 'weekly full dose' });
  }
  return {
    ...plain,
    route: 'subcutaneous',
    doses,
    note: 'A generic engager on a simplified step-up schedule, no premedication modelled.',
  };
}

/** The label of one dose of a product: its own words (CAR-T) or amount and unit (engagers). */
function doseLabel(id: ProductId, dose: ScheduledDose, i: number): string {
  const unit = ENGAGER_DOSE_UNIT[id];
  if (unit === undefined) return CAR_T_DOSE_TEXT[id]?.[i] ?? '';
  const amount = Number((dose.amount * unit.full).toPrecision(3));
  return `${amount} ${unit.unit}${dose.amount === 1 ? ' (full dose)' : ' (step-up dose)'}`;
}

/** A product's schedule with its words: dose labels, the premedication as the label asks, the note. */
function withText(id: ProductId, schedule: Schedule): Schedule {
  const { premedication } = schedule;
  const text = SCHEDULE_TEXT[id];
  return {
    ...schedule,
    doses: schedule.doses.map((dose, i) => ({ ...dose, label: doseLabel(id, dose, i) })),
    infusion: schedule.infusion.map((s, i) => ({ ...s, label: INFUSION_TEXT[id]?.[i] ?? '' })),
    premedication:
      premedication === null ? null : { ...premedication, label: text.premedication ?? '' },
    note: text.note,
  };
}

/** The whole catalogue: generic therapies first, then the products. */
export function therapyCatalogue(p: ParameterValues = DEFAULT_PARAMETERS): CatalogueEntry[] {
  const generic = THERAPIES.map((id) => ({
    id,
    name: THERAPY_INFO[id].name,
    brand: null,
    kind: GENERIC_KIND[id],
    target: null,
    costimulation:
      id === 'cart-cd28' ? ('CD28' as const) : id === 'cart-41bb' ? ('4-1BB' as const) : null,
    schedule: genericSchedule(id, p),
    trial: null,
  }));
  const products = PRODUCTS.map((product) => ({
    id: product.id as TherapyId,
    name: PRODUCT_NAMES[product.id as ProductId].name,
    brand: PRODUCT_NAMES[product.id as ProductId].brand,
    kind: product.kind,
    target: PRODUCT_NAMES[product.id as ProductId].target,
    costimulation: product.costimulation,
    schedule: withText(product.id as ProductId, product.schedule),
    trial: TRIALS[product.id as keyof typeof TRIALS] ?? null,
  }));
  return [...generic, ...products];
}

/** One group of a therapy picker. */
export interface TherapyGroup {
  readonly kind: ProductKind;
  /** Heading of the group, e.g. "CAR-T cells". */
  readonly label: string;
  /** Generic therapy of this kind first, then its products in catalogue order. */
  readonly ids: readonly TherapyId[];
}

const GROUP_LABELS: Readonly<Record<ProductKind, string>> = {
  'car-t': 'CAR-T cells',
  bispecific: 'Bispecific T-cell engagers',
  intratumoral: 'Immunotherapy injected into the tumor',
};

/** The catalogue grouped by kind, for a picker (CAR-T, bispecifics, intratumoral). */
export function therapyGroups(
  catalogue: readonly CatalogueEntry[] = therapyCatalogue(),
): TherapyGroup[] {
  return (Object.keys(GROUP_LABELS) as ProductKind[]).map((kind) => ({
    kind,
    label: GROUP_LABELS[kind],
    ids: catalogue.filter((entry) => entry.kind === kind).map((entry) => entry.id),
  }));
}
