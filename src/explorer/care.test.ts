import { describe, expect, it } from 'vitest';
import { CARE_ADVICE } from '../lib/care-advice';
import { callFor, careCardFor } from './care';
import { indexAt, momentAt, type Moment } from './moment';
import { run } from './testing/simulations';

function momentOf(query: string, day: number): Moment {
  const { sim } = run(query);
  return momentAt(sim, indexAt(sim.series, day));
}

/** Every moment of a course. */
function moments(query: string): Moment[] {
  const { sim } = run(query);
  return sim.series.t.map((_, i) => momentAt(sim, i));
}

describe('callFor', () => {
  it('never leaves confusion, trouble breathing or dizziness at "mild" without a call', () => {
    for (const m of moments('burden=100')) {
      for (const symptom of m.symptoms) {
        if (['confusion', 'breathless', 'dizziness', 'fever', 'seizure'].includes(symptom.id)) {
          expect(callFor(symptom) !== null, `${symptom.id} ${symptom.severity}`).toBe(
            symptom.severity > 0,
          );
        }
      }
    }
  });

  it('calls the team for tiredness, nausea or a headache only with another sign', () => {
    const m = momentOf('burden=100', 5);
    for (const symptom of m.symptoms.filter((s) =>
      ['fatigue', 'nausea', 'headache'].includes(s.id),
    )) {
      expect(callFor(symptom)).toBeNull();
    }
  });
});

describe('careCardFor', () => {
  it('quotes the call-team items of the one source for a fever with low blood pressure', () => {
    const m = momentOf('', 4);
    expect(m.fever).toBe(true);
    const card = careCardFor(m);
    expect(card?.emergency).toBe(false);
    expect(card?.heading).toBe('call your care team now, day or night, for any of these');
    const texts = CARE_ADVICE.callTeam.items.map((item) => item.text);
    for (const item of card?.items ?? []) expect(texts).toContain(item);
    expect(card?.items).toContain('a temperature of 38.0 °C (100.4 °F) or higher');
    expect(card?.items).toContain('dizziness or light-headedness');
  });

  it('is an emergency card, with the emergency items, when a moment needs a vasopressor or has a seizure', () => {
    const m = moments('burden=100').find(
      (moment) => moment.bp !== 'none' && moment.bp !== 'fluids',
    );
    expect(m).toBeDefined();
    const card = careCardFor(m!);
    expect(card?.emergency).toBe(true);
    expect(card?.heading).toMatch(/^call 911 \(or your local emergency number\) now if the person/);
    expect(card?.items).toContain('collapses or faints');
  });

  it('has no card on a calm day', () => {
    expect(careCardFor(momentOf('burden=0', 10))).toBeNull();
  });

  it('finds every item it names in the one source of advice', () => {
    const ids = [...CARE_ADVICE.callTeam.items, ...CARE_ADVICE.callEmergency.items].map(
      (item) => item.id,
    );
    for (const id of [
      'fever',
      'dizziness',
      'heartbeat',
      'breathing',
      'confusion',
      'sleepiness',
      'faints',
      'severe-breathing',
      'seizure',
      'unrousable',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});
