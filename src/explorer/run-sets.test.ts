import { describe, expect, it } from 'vitest';
import { simulate } from '../model/cascade';
import { makeScenario } from '../model/scenario';
import { RESEARCH_ARMS, armScenario, withoutDrugs } from './presets';
import { armsSentence, courseSentence, runsFor, simulateArms, worstText } from './run-sets';
import { indexAt, momentAt, summarySentence } from './moment';
import { formatAmount } from '../lib/format';

const scenario = makeScenario({ burden: 80, drugs: { tocilizumab: 'grade2' } });
const sim = simulate(scenario);

describe('simulateArms', () => {
  it('runs each arm from the reader scenario, in order', () => {
    const arms = simulateArms(scenario, RESEARCH_ARMS);
    expect(arms.map((a) => a.arm)).toEqual(RESEARCH_ARMS);
    for (const a of arms) {
      expect(a.scenario).toEqual(armScenario(scenario, a.arm));
      expect(a.sim.summary).toEqual(simulate(a.scenario).summary);
    }
  });
});

describe('runsFor', () => {
  it('draws the scenario alone as "This scenario"', () => {
    expect(runsFor(sim, null, null)).toEqual([
      { id: 'main', label: 'This scenario', sim, style: 'main' },
    ]);
  });

  it('draws the no-drug twin beside "Your scenario" when comparing', () => {
    const baseline = simulate(withoutDrugs(scenario));
    expect(runsFor(sim, { id: 'none', label: 'No drug', sim: baseline }, null)).toEqual([
      { id: 'main', label: 'Your scenario', sim, style: 'main' },
      { id: 'none', label: 'No drug', sim: baseline, style: 'ghost' },
    ]);
  });

  it('draws scenario B beside "Scenario A" when comparing with B', () => {
    const b = simulate(makeScenario({ burden: 80, drugs: { anakinra: 'grade2' } }));
    expect(runsFor(sim, { id: 'b', label: 'Scenario B', sim: b }, null)).toEqual([
      { id: 'main', label: 'Scenario A', sim, style: 'main' },
      { id: 'b', label: 'Scenario B', sim: b, style: 'arm2' },
    ]);
  });

  it('draws only the arms, each in its own style, when there are arms', () => {
    const arms = simulateArms(scenario, RESEARCH_ARMS);
    const runs = runsFor(sim, null, arms);
    expect(runs.map((r) => [r.id, r.label, r.style])).toEqual([
      ['none', 'No drug', 'arm0'],
      ['tocilizumab', 'Tocilizumab', 'arm1'],
      ['anakinra', 'Anakinra', 'arm2'],
    ]);
    runs.forEach((run, i) => expect(run.sim).toBe(arms[i]?.sim));
  });
});

describe('armsSentence', () => {
  it("says each arm's moment after its name, in order", () => {
    const arms = simulateArms(scenario, RESEARCH_ARMS);
    const index = indexAt(sim.series, 6);
    expect(armsSentence(arms, index)).toBe(
      arms.map((a) => `${a.arm.label}: ${summarySentence(momentAt(a.sim, index))}`).join(' '),
    );
    expect(armsSentence(arms, index)).toMatch(
      /^No drug: Day 6: .* Tocilizumab: Day 6: .* Anakinra: Day 6: /,
    );
  });
});

describe('courseSentence', () => {
  it("says the course's worst grades and CRS onset, after each run's name when there are several", () => {
    expect(courseSentence(runsFor(sim, null, null))).toMatch(
      /^Over 28 days: worst CRS grade \d, worst ICANS grade \d, CRS starts day [\d.]+\.$/,
    );
    const arms = runsFor(sim, null, simulateArms(scenario, RESEARCH_ARMS));
    expect(courseSentence(arms)).toMatch(
      /^Over 28 days: No drug: worst CRS .*; Tocilizumab: worst CRS .*; Anakinra: worst CRS .*\.$/,
    );
  });
});

describe('worstText', () => {
  it("gives each run's worst grades and highest IL-6 after a short name", () => {
    const b = simulate(makeScenario({ burden: 80, drugs: { anakinra: 'grade2' } }));
    const worst = (s: typeof sim) =>
      `CRS ${s.summary.maxCrsGrade}, ICANS ${s.summary.maxIcansGrade}, IL-6 ${formatAmount(s.summary.peakIl6)} pg/mL`;
    expect(worstText(runsFor(sim, null, null))).toBe(worst(sim));
    expect(worstText(runsFor(sim, { id: 'b', label: 'Scenario B', sim: b }, null))).toBe(
      `A: ${worst(sim)} · B: ${worst(b)}`,
    );
    const none = simulate(withoutDrugs(scenario));
    expect(worstText(runsFor(sim, { id: 'none', label: 'No drug', sim: none }, null))).toBe(
      `yours: ${worst(sim)} · No drug: ${worst(none)}`,
    );
  });
});
