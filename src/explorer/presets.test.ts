import { describe, expect, it } from 'vitest';
import { encode, makeScenario, type Scenario } from '../model/scenario';
import {
  CONTROL_IDS,
  PRESETS,
  PRESET_IDS,
  RESEARCH_ARMS,
  armScenario,
  presetOf,
  withoutDrugs,
} from './presets';
import { DEFAULT_VIEW } from './view-query';

describe('presets', () => {
  it('are complete and use only known controls', () => {
    for (const id of PRESET_IDS) {
      const preset = PRESETS[id];
      expect(preset.id).toBe(id);
      expect(preset.label.length).toBeGreaterThan(5);
      for (const control of preset.controls) expect(CONTROL_IDS).toContain(control);
      expect(preset.panels.length).toBeGreaterThan(0);
    }
  });

  it('give the full explorer the address defaults, so a plain /explore/ link is the default view', () => {
    expect(PRESETS.full.view).toEqual(DEFAULT_VIEW);
    expect(encode(PRESETS.full.scenario)).toBe('');
    expect(PRESETS.full.autoplay).toBe(false);
  });

  it('fall back to the full explorer for an unknown name', () => {
    expect(presetOf('burden').id).toBe('burden');
    expect(presetOf('nonsense').id).toBe('full');
  });

  it('only the research view has arms', () => {
    for (const id of PRESET_IDS) expect(Boolean(PRESETS[id].arms)).toBe(id === 'research-arms');
  });
});

/** True when some drug is switched on. */
function hasDrugs(scenario: Scenario): boolean {
  return Object.values(scenario.drugs).some((timing) => timing !== 'off');
}

describe('scenario helpers', () => {
  const base = makeScenario({
    therapy: 'bispecific',
    burden: 70,
    dose: 'high',
    drugs: { tocilizumab: 'grade2', anakinra: 'fever', antipyretic: 'day0' },
  });

  it('strip every drug for the no-drug comparison, keeping the rest', () => {
    const none = withoutDrugs(base);
    expect(hasDrugs(base)).toBe(true);
    expect(hasDrugs(none)).toBe(false);
    expect(none).toMatchObject({ therapy: 'bispecific', burden: 70, dose: 'high' });
  });

  it('give each arm only its own drug, at the timing set in the base scenario', () => {
    const [none, toc, ana] = RESEARCH_ARMS.map((arm) => armScenario(base, arm));
    expect(hasDrugs(none!)).toBe(false);
    expect(encode(toc!)).toBe('therapy=bispecific&burden=70&dose=high&tocilizumab=grade2');
    expect(encode(ana!)).toBe('therapy=bispecific&burden=70&dose=high&anakinra=fever');
    expect(armScenario(makeScenario(), RESEARCH_ARMS[1]!).drugs.tocilizumab).toBe('day0');
  });
});
