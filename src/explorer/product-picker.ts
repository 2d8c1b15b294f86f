/**
 * The therapy picker's groups: named products by kind (CAR-T, bispecific), the intratumoral
 * combination, and the general types that shared links have always used. Every `therapy` query
 * value appears once; the values are the query's, so a picked option is written to the address
 * as it is (`therapy=axi-cel`, `therapy=cart-cd28`).
 */
import { PRODUCTS } from '../model/products';
import { PRODUCT_NAMES } from '../model/schedule-text';
import type { TherapyId } from '../model/therapies';
import { THERAPY_SHORT } from '../model/words';

export interface PickerOption {
  readonly value: TherapyId;
  readonly label: string;
}

export interface PickerGroup {
  readonly id: 'car-t' | 'bispecific' | 'intratumoral' | 'generic';
  readonly label: string;
  readonly options: readonly PickerOption[];
}

/** A product as the picker names it: its brand, then the short name the query uses. */
function productOptions(kind: 'car-t' | 'bispecific'): PickerOption[] {
  return PRODUCTS.filter((product) => product.kind === kind).map((product) => {
    const id = product.id as keyof typeof PRODUCT_NAMES;
    return { value: id, label: `${PRODUCT_NAMES[id].brand} (${id})` };
  });
}

export const PICKER_GROUPS: readonly PickerGroup[] = [
  { id: 'car-t', label: 'CAR-T cell products', options: productOptions('car-t') },
  { id: 'bispecific', label: 'Bispecific antibodies', options: productOptions('bispecific') },
  {
    id: 'intratumoral',
    label: 'Injected into the tumor',
    options: [{ value: 'intratumoral', label: THERAPY_SHORT.intratumoral }],
  },
  {
    id: 'generic',
    label: 'General types (no single medicine)',
    options: (['cart-cd28', 'cart-41bb', 'bispecific'] as const).map((value) => ({
      value,
      label: THERAPY_SHORT[value],
    })),
  },
];
