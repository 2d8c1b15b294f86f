import { describe, expect, it } from 'vitest';
import {
  SYMPTOMS,
  bpLevelOf,
  calmSymptomInputs,
  consciousnessLevelOf,
  fillSymptoms,
  iceOf,
  o2LevelOf,
  pyrogenDrive,
  temperatureOf,
  type SymptomId,
  type SymptomInputs,
} from './observables.ts';
import { DEFAULT_PARAMETERS as P } from './parameters.ts';

/** Severity 0–3 of one symptom. */
function symptomSeverity(id: SymptomId, o: SymptomInputs): number {
  const all = new Float64Array(SYMPTOMS.length);
  fillSymptoms(o, all);
  return all[SYMPTOMS.findIndex((symptom) => symptom.id === id)]!;
}

const calm = calmSymptomInputs();

describe('observables', () => {
  it('temperature rises with pyrogen drive, stays below the maximal rise, and the antipyretic lowers it', () => {
    const low = temperatureOf(pyrogenDrive(50, 2, P), 0, P);
    const high = temperatureOf(pyrogenDrive(2000, 30, P), 0, P);
    expect(low).toBeLessThan(high);
    expect(high).toBeLessThan(P.baseTemperature + P.feverRange);
    expect(temperatureOf(pyrogenDrive(2000, 30, P), 1, P)).toBeLessThan(high);
    expect(temperatureOf(0, 1, P)).toBe(P.baseTemperature);
  });

  it('support levels, ICE and consciousness are monotone in their state', () => {
    let previous = { bp: 0, o2: 0, ice: 10, c: 0 };
    for (let x = 0; x <= 2; x += 0.01) {
      const now = {
        bp: bpLevelOf(x, P),
        o2: o2LevelOf(x, P),
        ice: iceOf(x, P),
        c: consciousnessLevelOf(x, P),
      };
      expect(now.bp).toBeGreaterThanOrEqual(previous.bp);
      expect(now.o2).toBeGreaterThanOrEqual(previous.o2);
      expect(now.ice).toBeLessThanOrEqual(previous.ice);
      expect(now.c).toBeGreaterThanOrEqual(previous.c);
      previous = now;
    }
    expect(iceOf(0, P)).toBe(10);
    expect(iceOf(2, P)).toBe(0);
  });

  it('a calm patient has no symptoms; severities are whole numbers 0–3', () => {
    for (const s of SYMPTOMS) expect(symptomSeverity(s.id, calm)).toBe(0);
    const sick: SymptomInputs = {
      temperature: 40.2,
      pyrogenDrive: 9,
      cns: 1.4,
      bpLevel: 3,
      o2Level: 2,
      ice: 1,
      seizureLevel: 1,
    };
    const out = new Float64Array(SYMPTOMS.length);
    fillSymptoms(sick, out);
    for (const v of out) expect([0, 1, 2, 3]).toContain(v);
    expect(symptomSeverity('fever', sick)).toBe(3);
    expect(symptomSeverity('dizziness', sick)).toBe(3);
    expect(symptomSeverity('breathless', sick)).toBe(2);
    expect(symptomSeverity('confusion', sick)).toBe(3);
    expect(symptomSeverity('seizure', sick)).toBe(3);
  });

  it('fever severity starts at the consensus threshold of 38.0 °C', () => {
    expect(symptomSeverity('fever', { ...calm, temperature: 37.99 })).toBe(0);
    expect(symptomSeverity('fever', { ...calm, temperature: 38.0 })).toBe(1);
  });
});
