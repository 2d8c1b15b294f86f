import { describe, expect, it } from 'vitest';
import { answer, trialHeadline } from './cohort-answer';
import {
  COHORT_SIZE,
  cohortRequest,
  isLatest,
  readRequest,
  readResponse,
  type CohortAnswer,
} from './cohort-protocol';
import { TRIAL_SOURCE_NAMES } from './trial-sources';
import { shortReference } from '../lib/content/bibliography';
import { TRIALS } from '../model/trials';

describe('cohort worker messages', () => {
  it('a request survives the trip and anything else is refused', () => {
    const request = cohortRequest(7, 'therapy=axi-cel&burden=60');
    expect(readRequest(structuredClone(request))).toEqual(request);
    for (const bad of [
      null,
      'therapy=axi-cel',
      { kind: 'cohort', id: -1, query: '' },
      { kind: 'cohort', id: 1.5, query: '' },
      { kind: 'cohort', id: 1 },
      { kind: 'other', id: 1, query: '' },
      { kind: 'cohort', id: 1, query: 'x'.repeat(2001) },
    ])
      expect(readRequest(bad), JSON.stringify(bad)?.slice(0, 60)).toBeNull();
  });

  it('an answer counts 100 people by worst CRS grade and survives the trip', () => {
    const response = answer(cohortRequest(3, 'therapy=axi-cel&burden=60'));
    expect(response.kind).toBe('cohort');
    const ok = response as CohortAnswer;
    expect(ok.id).toBe(3);
    expect(ok.counts).toHaveLength(5);
    expect(ok.counts.reduce((a, b) => a + b, 0)).toBe(COHORT_SIZE);
    expect(ok.product).toBe(true);
    expect(ok.burden).toBe(60);
    expect(ok.trial).toMatchObject({ trial: 'ZUMA-1', n: 108, severe: 0.13, any: 0.94 });
    expect(readResponse(structuredClone(response))).toEqual(response);
  });

  it('the same scenario gives the same people; the burden slider changes them', () => {
    const at = (query: string) => (answer(cohortRequest(1, query)) as CohortAnswer).counts;
    expect(at('burden=60')).toEqual(at('burden=60'));
    const low = at('therapy=cart-cd28&burden=10');
    const high = at('therapy=cart-cd28&burden=90');
    expect(high[3]! + high[4]!).toBeGreaterThan(low[3]! + low[4]!);
  });

  it('a generic therapy has no trial; a hand-edited query still answers (parsed as the page does)', () => {
    const generic = answer(cohortRequest(1, 'therapy=bispecific')) as CohortAnswer;
    expect(generic).toMatchObject({ kind: 'cohort', product: false, trial: null });
    const mangled = answer(cohortRequest(2, 'burden=lots&therapy=<script>')) as CohortAnswer;
    expect(mangled.kind).toBe('cohort');
    expect(mangled.counts.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('refuses malformed answers: counts that do not add up, bad shares, missing fields', () => {
    const good = answer(cohortRequest(5, 'therapy=axi-cel')) as CohortAnswer;
    const broken: unknown[] = [
      { ...good, counts: [50, 50, 0, 0] },
      { ...good, counts: [50, 49, 0, 0, 0] },
      { ...good, counts: [50, 50.5, -0.5, 0, 0] },
      { ...good, trial: { ...good.trial, severe: 13 } },
      { ...good, trial: { ...good.trial, sources: [{ key: 1 }] } },
      { ...good, product: 'yes' },
      { ...good, burden: 101 },
      { ...good, burden: undefined },
      { kind: 'error', id: 5 },
      { ...good, id: '5' },
    ];
    for (const data of broken) expect(readResponse(data)).toBeNull();
    expect(readResponse({ kind: 'error', id: 5, message: 'x' })).toEqual({
      kind: 'error',
      id: 5,
      message: 'x',
    });
  });

  it('only the answer to the latest request is shown', () => {
    const older = answer(cohortRequest(1, 'burden=20'));
    const newer = answer(cohortRequest(2, 'burden=80'));
    expect(isLatest(older, 2)).toBe(false);
    expect(isLatest(newer, 2)).toBe(true);
  });
});

describe('trial sources the browser shows', () => {
  it('name every trial key as the reference list does', () => {
    const keys = new Set(Object.values(TRIALS).flatMap((trial) => trial?.cite ?? []));
    expect(Object.keys(TRIAL_SOURCE_NAMES).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(TRIAL_SOURCE_NAMES[key], key).toBe(shortReference(key));
  });

  it('a product without a confirmed figure still gets its headline or null', () => {
    expect(trialHeadline('obe-cel')).toBeNull();
    expect(trialHeadline('cart-cd28')).toBeNull();
    expect(trialHeadline('cilta-cel')).toMatchObject({ trial: 'CARTITUDE-1', severe: null });
  });
});
