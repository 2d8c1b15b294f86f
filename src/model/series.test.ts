import { describe, expect, it } from 'vitest';
import { simulate } from './cascade.ts';
import { DRUGS, DRUG_INFO } from './drugs.ts';
import { SYMPTOMS } from './observables.ts';
import { DEFAULT_PARAMETERS as P } from './parameters.ts';
import { makeScenario } from './scenario.ts';
import {
  SERIES,
  SERIES_BOUNDS,
  SERIES_COLUMN,
  SERIES_KEYS,
  drugSeriesKey,
  seriesOfKind,
  seriesScale,
  seriesSpec,
} from './series.ts';
import { THERAPIES } from './therapies.ts';

describe('the series table', () => {
  it('keeps the CSV column order', () => {
    expect(SERIES_KEYS.join(',')).toBe(
      't,tumor,tumorBurden,effector,tcellCytokines,macrophages,il1,il6,il6Signal,endothelium,' +
        'cns,crp,temperature,bpSupport,o2Support,crsGrade,ice,consciousness,seizure,edema,' +
        'icansGrade,agent,tolerance,drugTocilizumab,drugSiltuximab,drugAnakinra,' +
        'drugDexamethasone,drugAntihistamine,drugAntipyretic,symptomFatigue,symptomFever,' +
        'symptomAppetite,symptomNausea,symptomHeadache,symptomDizziness,symptomHeartbeat,' +
        'symptomBreathless,symptomConfusion,symptomSeizure',
    );
    expect(new Set(SERIES_KEYS).size).toBe(SERIES_KEYS.length);
    SERIES_KEYS.forEach((key, i) => expect(SERIES_COLUMN[key]).toBe(i));
  });

  it('groups the cascade and the clinical series the behaviour checks compare', () => {
    expect(seriesOfKind('cascade')).toEqual([
      'tumor',
      'tumorBurden',
      'effector',
      'tcellCytokines',
      'macrophages',
      'il1',
      'il6',
      'il6Signal',
      'endothelium',
      'cns',
      'crp',
    ]);
    expect(seriesOfKind('clinical')).toEqual([
      'temperature',
      'bpSupport',
      'o2Support',
      'crsGrade',
      'ice',
      'consciousness',
      'seizure',
      'edema',
      'icansGrade',
    ]);
    expect(seriesOfKind('drug')).toEqual(DRUGS.map(drugSeriesKey));
    expect(seriesOfKind('symptom')).toEqual(SYMPTOMS.map((symptom) => symptom.key));
  });

  it('has one effect column per drug and one column per symptom, from their catalogues', () => {
    for (const drug of DRUGS) {
      expect(seriesSpec(drugSeriesKey(drug)).label).toBe(`${DRUG_INFO[drug].name} effect`);
      expect(SERIES_BOUNDS[drugSeriesKey(drug)]).toEqual([0, 1]);
    }
    for (const symptom of SYMPTOMS) {
      expect(seriesSpec(symptom.key).label).toBe(symptom.label);
      expect(SERIES_BOUNDS[symptom.key]).toEqual([0, 3]);
    }
  });

  it.each(SERIES.map((spec) => [spec.key, spec] as const))(
    '%s has a label, a unit, and a resting value and cap within its bounds',
    (key, spec) => {
      expect(spec.label).not.toBe('');
      expect(spec.unit).not.toBe('');
      const [low, high] = spec.bounds;
      expect(low).toBeLessThan(high);
      const { rest, cap } = seriesScale(key);
      for (const level of [rest, cap]) {
        if (level === null) continue;
        expect(level).toBeGreaterThanOrEqual(low);
        expect(level).toBeLessThanOrEqual(high);
      }
      if (rest !== null && cap !== null) expect(rest).toBeLessThanOrEqual(cap);
    },
  );

  it('with no tumor, every series starts at its resting value (CAR-T adds the infused cells)', () => {
    for (const therapy of THERAPIES) {
      const sim = simulate(makeScenario({ therapy, burden: 0 }));
      for (const { key } of SERIES) {
        const { rest } = seriesScale(key);
        if (rest === null) continue;
        const infused = key === 'effector' && therapy.startsWith('cart') ? P.carInfused : 0;
        expect(sim.series[key][0], `${therapy} ${key}`).toBeCloseTo(rest + infused, 12);
      }
    }
  });

  it('reads resting values and caps from the parameters it is given', () => {
    expect(seriesScale('il6')).toEqual({ rest: P.il6Baseline, cap: P.il6Max });
    expect(seriesScale('il6', { ...P, il6Max: 9000 }).cap).toBe(9000);
    expect(seriesScale('t')).toEqual({ rest: null, cap: null });
  });
});
