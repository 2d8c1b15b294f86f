/**
 * The therapy picker's groups: named products by kind (CAR-T, bispecific), the intratumoral
 * combination, and the general types that shared links have always used. Every `therapy` query
 * value appears once; the values are the query's, so a picked option is written to the address
 * as it is (`therapy=axi-cel`, `therapy=cart-cd28`).
 */
import { PRODUCTS, type ProductId } from '../model/products';
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

/**
 * Each product's US brand, as model/schedule-text.ts `PRODUCT_NAMES` gives it (a test checks
 * they agree): only the brands ship with the explorer, not the catalogue's other words.
 */
export const BRANDS: Readonly<Record<ProductId, string>> = {
  'axi-cel': 'Yescarta',
  'brexu-cel': 'Tecartus',
  'tisa-cel': 'Kymriah',
  'liso-cel': 'Breyanzi',
  'obe-cel': 'Aucatzyl',
  'ide-cel': 'Abecma',
  'cilta-cel': 'Carvykti',
  blinatumomab: 'Blincyto',
  teclistamab: 'Tecvayli',
  elranatamab: 'Elrexfio',
  talquetamab: 'Talvey',
  linvoseltamab: 'Lynozyfic',
  glofitamab: 'Columvi',
  epcoritamab: 'Epkinly',
  mosunetuzumab: 'Lunsumio',
  tarlatamab: 'Imdelltra',
  tebentafusp: 'Kimmtrak',
};

/** A product as the picker names it: its brand, then the short name the query uses. */
function productOptions(kind: 'car-t' | 'bispecific'): PickerOption[] {
  return PRODUCTS.filter((product) => product.kind === kind).map((product) => {
    const id = product.id as ProductId;
    return { value: id, label: `${BRANDS[id]} (${id})` };
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
