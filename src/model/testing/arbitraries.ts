/**
 * fast-check generators of valid scenarios, shared by the model's property tests.
 */
import fc from 'fast-check';
import { DRUGS, type Drug } from '../drugs.ts';
import type { DrugTiming, Scenario } from '../scenario.ts';
import { HORIZON_DAYS } from '../series.ts';
import { DOSES, THERAPIES } from '../therapies.ts';

/** Any valid drug timing: a trigger, or a whole day 0–28. */
const timingArb: fc.Arbitrary<DrugTiming> = fc.oneof(
  fc.constantFrom<DrugTiming>('off', 'fever', 'grade2', 'grade3'),
  fc.integer({ min: 0, max: HORIZON_DAYS }).map((n): DrugTiming => `day${n}`),
);

/** Any valid scenario: every therapy, dose and whole burden, every drug at any timing. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  therapy: fc.constantFrom(...THERAPIES),
  burden: fc.integer({ min: 0, max: 100 }),
  dose: fc.constantFrom(...DOSES),
  drugs: fc.record(
    Object.fromEntries(DRUGS.map((drug) => [drug, timingArb])) as Record<
      Drug,
      fc.Arbitrary<DrugTiming>
    >,
  ),
});
