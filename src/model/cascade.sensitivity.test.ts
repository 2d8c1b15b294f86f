/**
 * Parameter sensitivity: move each parameter of the table by ±10 % (the resting temperature,
 * an interval-scale value, by ±0.2 °C) and check that the key behaviours still hold. This
 * guards the thin margins named in model.md (anakinra's CRS benefit, the CD28-vs-4-1BB onset
 * gap) against hand-tuning that only works at one point.
 */
import { describe, expect, it } from 'vitest';
import {
  checkAnakinra,
  checkBurdenSeverity,
  checkDexamethasone,
  checkOnsetKey,
  checkSiltuximab,
  checkTocilizumab,
  type BehaviourResult,
  type CheckOptions,
} from './testing/behaviours.ts';
import { PARAMETERS, type ParameterEntry } from './parameter-table.ts';
import type { ParameterId } from './parameters.ts';

const KEY_BEHAVIOURS: readonly [string, (options: CheckOptions) => BehaviourResult][] = [
  ['2 (burden sets severity)', checkBurdenSeverity],
  ['3 (onset window, CD28 before 4-1BB)', checkOnsetKey],
  ['5 (tocilizumab)', checkTocilizumab],
  ['6 (anakinra)', checkAnakinra],
  ['7 (dexamethasone)', (options) => checkDexamethasone(options)],
  ['8 (siltuximab)', checkSiltuximab],
];

function perturbed(p: ParameterEntry, up: boolean): number {
  if (p.id === 'baseTemperature') return p.value + (up ? 0.2 : -0.2);
  return p.value * (up ? 1.1 : 0.9);
}

describe('key behaviours survive a ±10 % change of any one parameter', () => {
  it.each(PARAMETERS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const failures: string[] = [];
    for (const up of [false, true]) {
      const value = perturbed(p, up);
      const options = { parameters: { [p.id as ParameterId]: value } };
      for (const [name, check] of KEY_BEHAVIOURS) {
        const r = check(options);
        if (!r.ok)
          failures.push(`${p.id} = ${value.toPrecision(4)}: behaviour ${name}: ${r.detail}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
