import { describe, expect, it } from 'vitest';
import references from '../../content/references.json' with { type: 'json' };
import { simulate } from './cascade.ts';
import { therapyCatalogue, therapyGroups } from './catalogue.ts';
import { DRUGS } from './drugs.ts';
import { PRODUCTS, PRODUCT_IDS, type ProductId } from './products.ts';
import { PRODUCT_CITES } from './schedule-text.ts';
import { makeScenario, parse } from './scenario.ts';
import { THERAPIES, THERAPY_IDS } from './therapies.ts';
import { TRIALS } from './trials.ts';

const referenceKeys = new Set((references as { id: string }[]).map((r) => r.id));

describe('the therapy catalogue', () => {
  it('keeps the four generic values (shared links use them) and adds every product', () => {
    expect(THERAPY_IDS.slice(0, 4)).toEqual([
      'cart-cd28',
      'cart-41bb',
      'bispecific',
      'intratumoral',
    ]);
    expect(new Set(THERAPY_IDS).size).toBe(THERAPY_IDS.length);
    for (const id of THERAPY_IDS) expect(parse(`therapy=${id}`).notes, id).toEqual([]);
  });

  it('prints { id, name, brand, kind, target, costimulation, schedule, trial } for each', () => {
    const catalogue = therapyCatalogue();
    expect(catalogue.map((entry) => entry.id)).toEqual([...THERAPY_IDS]);
    for (const entry of catalogue) {
      expect(Object.keys(entry)).toEqual([
        'id',
        'name',
        'brand',
        'kind',
        'target',
        'costimulation',
        'schedule',
        'trial',
      ]);
      expect(
        entry.schedule.doses.length + entry.schedule.infusion.length,
        entry.id,
      ).toBeGreaterThan(0);
    }
  });

  it.each(PRODUCTS.map((p) => [p.id, p] as const))(
    '%s: citations resolve, schedule in day order, premedication only with known drugs',
    (_id, product) => {
      const cite = PRODUCT_CITES[product.id as keyof typeof PRODUCT_CITES];
      expect(cite.length).toBeGreaterThan(0);
      for (const key of cite) expect(referenceKeys, key).toContain(key);
      const days = product.schedule.doses.map((d) => d.day);
      expect(days).toEqual([...days].sort((a, b) => a - b));
      for (const drug of product.schedule.premedication?.drugs ?? []) expect(DRUGS).toContain(drug);
      for (const key of TRIALS[product.id as keyof typeof TRIALS]?.cite ?? [])
        expect(referenceKeys, key).toContain(key);
    },
  );

  it.each(
    PRODUCTS.filter((p) => p.schedule.premedication).map((p) => [p.id as ProductId] as const),
  )(
    '%s: premedication given before any CRS never masks fever (only a dose after onset may)',
    (id) => {
      const days = PRODUCTS.find((p) => p.id === id)!.schedule.premedication!.days;
      for (const burden of [20, 60, 100]) {
        const sim = simulate(makeScenario({ therapy: id, burden }));
        if (sim.feverMaskedFrom === null) continue;
        const onset = sim.summary.crsOnsetDay;
        expect(onset, `${id} burden ${burden}: masked without CRS`).not.toBeNull();
        const after = days.filter((day) => day >= onset! - 0.05);
        expect(after.length, `${id} burden ${burden}: masked by a dose before CRS`).toBeGreaterThan(
          0,
        );
        expect(sim.feverMaskedFrom).toBeGreaterThanOrEqual(Math.min(...after) - 0.05);
      }
    },
  );

  it('CAR-T products name their costimulation; engagers do not', () => {
    for (const product of PRODUCTS) {
      if (product.kind === 'car-t') expect(['CD28', '4-1BB']).toContain(product.costimulation);
      else expect(product.costimulation).toBeNull();
    }
  });

  it('groups every id once for a picker: CAR-T, bispecifics, intratumoral', () => {
    const groups = therapyGroups();
    expect(groups.map((g) => g.kind)).toEqual(['car-t', 'bispecific', 'intratumoral']);
    expect(groups.flatMap((g) => g.ids).sort()).toEqual([...THERAPY_IDS].sort());
    for (const group of groups) expect(THERAPIES).toContain(group.ids[0]);
    expect(PRODUCT_IDS.length).toBe(PRODUCTS.length);
  });
});
