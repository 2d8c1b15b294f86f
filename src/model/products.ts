/**
 * Real products a reader (or the CLI) can choose by id, e.g. `therapy=axi-cel`: what each is, the
 * generic mechanism whose equations drive it (./therapies.ts), its label's schedule
 * (./schedule.ts), the disease its pivotal trial treated (whose tumor burden a virtual cohort
 * draws from, ./diseases.ts), and its citation keys. Its pivotal trial's figures are in
 * ./trials.ts, and the parameters the calibration chose for it in ./calibration.json.
 *
 * Its names, target, citation keys and the words of its schedule are in ./schedule-text.ts (apart, so the
 * explorer ships the numbers, not the prose). Adding a product: its entry in
 * ./products-car-t.ts or ./products-engagers.ts, its words and citations in ./schedule-text.ts,
 * its trial in ./trials.ts, its references in content/references.json, then `npm run calibrate`.
 */
import calibration from './calibration.json' with { type: 'json' };
import type { DiseaseId } from './diseases.ts';
import type { ParameterId, ParameterValues } from './parameters.ts';
import { CAR_T_PRODUCTS } from './products-car-t.ts';
import { ENGAGER_PRODUCTS } from './products-engagers.ts';
import type { Schedule } from './schedule.ts';

/** What kind of therapy a product is (the picker groups by it). */
export type ProductKind = 'car-t' | 'bispecific' | 'intratumoral';

/** The generic mechanisms a product can be driven by (./therapies.ts `Therapy`). */
export type Mechanism = 'cart-cd28' | 'cart-41bb' | 'bispecific' | 'intratumoral';

/** One real product. */
export interface ProductInfo {
  /** Query value, e.g. `axi-cel`. */
  readonly id: string;
  readonly kind: ProductKind;
  /** Costimulatory domain of a CAR-T product; null for the others. */
  readonly costimulation: 'CD28' | '4-1BB' | null;
  /** The generic mechanism whose equations drive it. */
  readonly mechanism: Mechanism;
  /** Disease of its pivotal trial. */
  readonly disease: DiseaseId;
  readonly schedule: Schedule;
}

const ALL = [...CAR_T_PRODUCTS, ...ENGAGER_PRODUCTS] as const;

/** A product's query value. */
export type ProductId = (typeof ALL)[number]['id'];

/** Every product, CAR-T first, in catalogue order. */
export const PRODUCTS: readonly ProductInfo[] = ALL;

/** The products' ids, in catalogue order. */
export const PRODUCT_IDS = ALL.map((product) => product.id) as readonly ProductId[];

/** Each product by id. */
export const PRODUCT_INFO = Object.fromEntries(
  ALL.map((product) => [product.id, product]),
) as unknown as Readonly<Record<ProductId, ProductInfo>>;

/** True when `id` names a product (not a generic therapy). */
export function isProduct(id: string): id is ProductId {
  return Object.hasOwn(PRODUCT_INFO, id);
}

/**
 * Multipliers the calibration chose for each product, by parameter id (./calibration.json,
 * written by `npm run calibrate`). A product without an entry uses the table's values.
 */
export const CALIBRATION = calibration as Readonly<
  Record<string, Readonly<Partial<Record<ParameterId, number>>>>
>;

/** The parameter values a product runs with: the table's, times its calibrated multipliers. */
export function productParameters(id: string, p: ParameterValues): ParameterValues {
  const factors = isProduct(id) ? CALIBRATION[id] : undefined;
  if (factors === undefined) return p;
  const out: Record<string, number> = { ...p };
  for (const [key, factor] of Object.entries(factors)) out[key] = p[key as ParameterId] * factor!;
  return out as ParameterValues;
}
