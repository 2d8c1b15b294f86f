import { describe, expect, it } from 'vitest';
import { PRODUCTS } from '../model/products';
import { THERAPY_IDS } from '../model/therapies';
import { PRODUCT_NAMES } from '../model/schedule-text';
import { BRANDS, PICKER_GROUPS } from './product-picker';

describe('the therapy picker', () => {
  it('groups CAR-T, bispecific, intratumoral, generic, with every query value once', () => {
    expect(PICKER_GROUPS.map((group) => group.id)).toEqual([
      'car-t',
      'bispecific',
      'intratumoral',
      'generic',
    ]);
    const values = PICKER_GROUPS.flatMap((group) => group.options.map((o) => o.value));
    expect([...values].sort()).toEqual([...THERAPY_IDS].sort());
    for (const generic of ['cart-cd28', 'cart-41bb', 'bispecific', 'intratumoral'] as const)
      expect(values).toContain(generic);
  });

  it('puts each product under its kind and names it by brand and query value', () => {
    for (const product of PRODUCTS) {
      const group = PICKER_GROUPS.find((g) => g.options.some((o) => o.value === product.id))!;
      expect(group.id).toBe(product.kind);
    }
    const axi = PICKER_GROUPS[0]!.options.find((o) => o.value === 'axi-cel');
    expect(axi?.label).toBe('Yescarta (axi-cel)');
    const labels = PICKER_GROUPS.flatMap((group) => group.options.map((o) => o.label));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('names the brands as the catalogue does', () => {
    expect(BRANDS).toEqual(
      Object.fromEntries(Object.entries(PRODUCT_NAMES).map(([id, names]) => [id, names.brand])),
    );
  });
});
