import { describe, expect, it } from 'vitest';
import {
  DRUGS,
  DRUG_INFO,
  MASKING_DRUGS,
  allDrugKinetics,
  drugKinetics,
  emptyDrugPlan,
  exposure,
  fillOccupancies,
  occupancy,
  startDrug,
} from './drugs.ts';
import { parameter } from './parameter-table.ts';
import { DEFAULT_PARAMETERS as P } from './parameters.ts';

describe('drug exposure from start time and half-life', () => {
  it('is zero before the start and when never started', () => {
    const k = drugKinetics('tocilizumab', P);
    expect(exposure(k, 2, 1.99)).toBe(0);
    expect(exposure(k, Infinity, 28)).toBe(0);
    expect(occupancy(k, Infinity, 28)).toBe(0);
  });

  it('a single dose halves every half-life (closed form)', () => {
    const k = drugKinetics('tocilizumab', P);
    const half = P.tocilizumabHalfLife;
    expect(exposure(k, 1, 1)).toBe(1);
    expect(exposure(k, 1, 1 + half)).toBeCloseTo(0.5, 12);
    expect(exposure(k, 1, 1 + 3 * half)).toBeCloseTo(0.125, 12);
  });

  it('a course rises toward its steady level, then decays after the course ends', () => {
    const k = drugKinetics('anakinra', P);
    const half = P.anakinraHalfLife;
    expect(exposure(k, 0, half)).toBeCloseTo(0.5, 12);
    expect(exposure(k, 0, 10 * half)).toBeGreaterThan(0.999);
    const end = P.anakinraCourse;
    const atEnd = exposure(k, 0, end);
    expect(exposure(k, 0, end + half)).toBeCloseTo(atEnd / 2, 12);
  });

  it('antipyretic and antihistamine are continued once started', () => {
    expect(drugKinetics('antipyretic', P).course).toBe(Infinity);
    expect(exposure(drugKinetics('antihistamine', P), 0, 28)).toBeGreaterThan(0.99);
  });

  it('occupancy is c / (c + IC50): half at c = IC50, below 1 always', () => {
    const k = drugKinetics('tocilizumab', P);
    const tHalfOccupied = Math.log(1 / P.tocilizumabIc50) / k.elimination;
    expect(occupancy(k, 0, tHalfOccupied)).toBeCloseTo(0.5, 12);
    expect(occupancy(k, 0, 0)).toBeCloseTo(1 / (1 + P.tocilizumabIc50), 12);
  });

  it('fillOccupancies writes the same values as occupancy, for every drug', () => {
    const kinetics = allDrugKinetics(P);
    const starts = new Float64Array([0, 1, 2, 3, 4, Infinity]);
    const plan = emptyDrugPlan();
    starts.forEach((start, d) => start < Infinity && startDrug(plan, kinetics, d, start));
    const out = new Float64Array(DRUGS.length + 2);
    for (const t of [0, 0.5, 3.3, 9.99, 14, 27.5]) {
      fillOccupancies(kinetics, plan, t, out, 2);
      DRUGS.forEach((_, d) => expect(out[2 + d]).toBe(occupancy(kinetics[d]!, starts[d]!, t)));
    }
  });
});

describe('the drug catalogue', () => {
  it('lists the six drugs in canonical query order', () => {
    expect(DRUGS).toEqual([
      'tocilizumab',
      'siltuximab',
      'anakinra',
      'dexamethasone',
      'antihistamine',
      'antipyretic',
    ]);
  });

  it('masks fever for the antipyretic and the anti-cytokine drugs, not the antihistamine (ASTCT)', () => {
    expect(MASKING_DRUGS).toEqual([
      'tocilizumab',
      'siltuximab',
      'anakinra',
      'dexamethasone',
      'antipyretic',
    ]);
  });

  it.each(DRUGS.map((drug) => [drug, DRUG_INFO[drug]] as const))(
    '%s has a name, a phrase, and kinetics from drug parameters in days',
    (_drug, info) => {
      expect(info.name).not.toBe('');
      expect(info.does.length).toBeGreaterThan(10);
      for (const id of [info.halfLife, info.halfEffect]) {
        expect(parameter(id).group, id).toBe('drugs');
      }
      expect(parameter(info.halfLife).unit).toBe('d');
      if (info.course !== 'single' && info.course !== 'continued') {
        expect(parameter(info.course).unit).toBe('d');
      }
    },
  );

  it('single doses and continued drugs read no course parameter', () => {
    expect(drugKinetics('tocilizumab', P).course).toBe(0);
    expect(drugKinetics('antihistamine', P).course).toBe(Infinity);
    expect(drugKinetics('dexamethasone', P).course).toBe(P.dexamethasoneCourse);
  });
});
