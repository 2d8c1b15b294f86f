import { describe, expect, it } from 'vitest';
import references from '../../content/references.json' with { type: 'json' };
import { PARAMETERS, parameter } from './parameter-table.ts';
import { DEFAULT_PARAMETERS as P, withParameters } from './parameters.ts';

/** Numbered behaviours of model.md. */
const BEHAVIOURS = 11;

const referenceKeys = new Set((references as { id: string }[]).map((r) => r.id));

describe('every model parameter is grounded', () => {
  it.each(PARAMETERS.map((p) => [p.id, p] as const))(
    '%s has a symbol, a finite value, a unit, a meaning and a source',
    (_id, p) => {
      expect(p.symbol).not.toBe('');
      expect(Number.isFinite(p.value)).toBe(true);
      expect(p.unit).not.toBe('');
      expect(p.meaning.length).toBeGreaterThan(10);
      if ('cite' in p.source) {
        expect(p.source.cite).toMatch(/^[a-z0-9]+$/);
        expect(referenceKeys, `citation key ${p.source.cite}`).toContain(p.source.cite);
      } else {
        expect(p.source.behaviour).toBeGreaterThanOrEqual(1);
        expect(p.source.behaviour).toBeLessThanOrEqual(BEHAVIOURS);
      }
    },
  );
});

describe('the parameter table', () => {
  it('ids and symbols are unique', () => {
    expect(new Set(PARAMETERS.map((p) => p.id)).size).toBe(PARAMETERS.length);
    expect(new Set(PARAMETERS.map((p) => p.symbol)).size).toBe(PARAMETERS.length);
  });

  it('rates, sizes and thresholds are positive; shares lie in [0, 1]', () => {
    for (const p of PARAMETERS) expect(p.value, p.id).toBeGreaterThan(0);
    for (const id of [
      'il6ReceptorShare',
      'carHomeostatic',
      'anakinraCns',
      'antipyreticEffect',
      'dexamethasoneOnTcells',
      'dexamethasoneOnCytokines',
      'dexamethasoneOnCns',
    ] as const) {
      expect(P[id], id).toBeLessThanOrEqual(1);
    }
  });

  it('receptor-mediated clearance is the large share of IL-6 clearance (design note: ≈ 80 %)', () => {
    expect(P.il6ReceptorShare).toBeGreaterThanOrEqual(0.7);
  });

  it('the IL-1 ↔ macrophage loop gain stays below 1 (design note)', () => {
    // At quasi-steady IL-1 (L1 ≈ L1max · M), IL-1 feeds monocyte activation with gain kM·γ1/δM.
    expect((P.macrophageActivation * P.il1Feedback) / P.macrophageDecay).toBeLessThan(1);
  });

  it('thresholds rise with severity', () => {
    expect(P.fluidsThreshold).toBeLessThan(P.onePressorThreshold);
    expect(P.onePressorThreshold).toBeLessThan(P.pressorsThreshold);
    expect(P.lowFlowThreshold).toBeLessThan(P.highFlowThreshold);
    expect(P.highFlowThreshold).toBeLessThan(P.positivePressureThreshold);
    expect(P.iceLossStart).toBeLessThan(P.iceLossEnd);
    expect(P.drowsyThreshold).toBeLessThan(P.voiceThreshold);
    expect(P.voiceThreshold).toBeLessThan(P.touchThreshold);
    expect(P.touchThreshold).toBeLessThan(P.unarousableThreshold);
    expect(P.seizureThreshold).toBeLessThan(P.statusThreshold);
    expect(P.focalEdemaThreshold).toBeLessThan(P.diffuseEdemaThreshold);
    expect(P.unarousableThreshold).toBeLessThan(P.cnsCapacity);
  });

  it('parameter() and withParameters() read and override the table', () => {
    expect(parameter('il6ReceptorShare').value).toBe(P.il6ReceptorShare);
    expect(withParameters({ il6Clearance: 9 }).il6Clearance).toBe(9);
    expect(withParameters().il6Clearance).toBe(P.il6Clearance);
  });
});
