/**
 * The qualitative behaviours of model.md ("Qualitative behaviour the model must show"), as
 * executable checks. The unit tests run each as a named test, and the sensitivity test runs
 * the key ones again with every parameter moved by ±10 %. Each check returns whether it holds
 * and the numbers it looked at, so a failure explains itself.
 *
 * Choices where model.md leaves the scenario open: dexamethasone (behaviour 7) is checked when
 * given prophylactically from day 0 and siltuximab (behaviour 8) when started at grade 2, like
 * tocilizumab in behaviour 5.
 */
import { HORIZON, simulate, type Simulation, type SeriesKey } from './cascade.ts';
import type { ParameterId } from './parameters.ts';
import {
  DOSES,
  THERAPIES,
  makeScenario,
  type Drug,
  type DrugTiming,
  type Scenario,
  type Therapy,
} from './scenario.ts';

export interface BehaviourResult {
  readonly ok: boolean;
  /** The numbers behind the verdict. */
  readonly detail: string;
}

export interface CheckOptions {
  readonly parameters?: Partial<Record<ParameterId, number>>;
}

/** The reference scenario of behaviours 5–8: CD28 CAR-T, burden 80, standard dose. */
export const REFERENCE_SCENARIO: Scenario = makeScenario({ therapy: 'cart-cd28', burden: 80 });

/** Simulate; without `series` only the summary is needed, so outputs are sampled sparsely. */
function run(scenario: Scenario, options: CheckOptions, series = false): Simulation {
  return simulate(scenario, {
    ...(options.parameters ? { parameters: options.parameters } : {}),
    ...(series ? {} : { outputEvery: HORIZON }),
  });
}

function withDrug(base: Scenario, drug: Drug, timing: DrugTiming): Scenario {
  return { ...base, drugs: { ...base.drugs, [drug]: timing } };
}

function result(failures: string[], summary: string): BehaviourResult {
  return failures.length === 0
    ? { ok: true, detail: summary }
    : { ok: false, detail: `${failures.join('; ')} (${summary})` };
}

/** Index of the first output time ≥ t. */
function indexAt(sim: Simulation, t: number): number {
  const i = sim.series.t.findIndex((time) => time >= t - 1e-9);
  return i < 0 ? sim.series.t.length - 1 : i;
}

/** Burdens checked for monotonicity. */
export const BURDEN_GRID: readonly number[] = [0, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

/** 1. More tumor burden never lowers peak IL-6 or the worst CRS grade (every therapy and dose). */
export function checkBurdenMonotone(
  options: CheckOptions = {},
  burdens = BURDEN_GRID,
): BehaviourResult {
  const failures: string[] = [];
  for (const therapy of THERAPIES) {
    for (const dose of DOSES) {
      let previous: Simulation | null = null;
      let previousBurden = 0;
      for (const burden of burdens) {
        const sim = run(makeScenario({ therapy, dose, burden }), options);
        if (previous !== null) {
          const a = previous.summary;
          const b = sim.summary;
          if (b.peakIl6 < a.peakIl6 * (1 - 1e-9)) {
            failures.push(
              `${therapy}/${dose}: peak IL-6 fell from ${a.peakIl6.toFixed(1)} at burden ${previousBurden} to ${b.peakIl6.toFixed(1)} at ${burden}`,
            );
          }
          if (b.maxCrsGrade < a.maxCrsGrade) {
            failures.push(
              `${therapy}/${dose}: worst CRS grade fell from ${a.maxCrsGrade} at burden ${previousBurden} to ${b.maxCrsGrade} at ${burden}`,
            );
          }
        }
        previous = sim;
        previousBurden = burden;
      }
    }
  }
  return result(
    failures,
    `${THERAPIES.length * DOSES.length} therapy/dose pairs over burdens ${burdens.join(', ')}`,
  );
}

/** 2. High burden + CD28 CAR-T, no drug: CRS grade ≥ 3; low burden: grade ≤ 1. */
export function checkBurdenSeverity(options: CheckOptions = {}): BehaviourResult {
  const high = run(makeScenario({ therapy: 'cart-cd28', burden: 80 }), options).summary;
  const low = run(makeScenario({ therapy: 'cart-cd28', burden: 10 }), options).summary;
  const failures: string[] = [];
  if (high.maxCrsGrade < 3) failures.push(`burden 80 reached only grade ${high.maxCrsGrade}`);
  if (low.maxCrsGrade > 1) failures.push(`burden 10 reached grade ${low.maxCrsGrade}`);
  return result(
    failures,
    `burden 80: grade ${high.maxCrsGrade}; burden 10: grade ${low.maxCrsGrade}`,
  );
}

/** 3. CRS onset between day 1 and day 14 (every therapy, dose, burden); CD28 earlier than 4-1BB. */
export function checkOnset(options: CheckOptions = {}): BehaviourResult {
  const failures: string[] = [];
  const onsets: string[] = [];
  for (const therapy of THERAPIES) {
    for (const dose of DOSES) {
      for (const burden of [10, 40, 80, 100]) {
        const onset = run(makeScenario({ therapy, dose, burden }), options).summary.crsOnsetDay;
        if (onset !== null && (onset < 1 || onset > 14)) {
          failures.push(`${therapy}/${dose}/burden ${burden}: onset day ${onset}`);
        }
      }
    }
  }
  for (const dose of DOSES) {
    for (const burden of [40, 80, 100]) {
      const cd28 = run(makeScenario({ therapy: 'cart-cd28', dose, burden }), options).summary
        .crsOnsetDay;
      const bb = run(makeScenario({ therapy: 'cart-41bb', dose, burden }), options).summary
        .crsOnsetDay;
      onsets.push(`${dose}/${burden}: CD28 ${String(cd28)} vs 4-1BB ${String(bb)}`);
      if (cd28 === null || (bb !== null && cd28 >= bb)) {
        failures.push(
          `${dose}/burden ${burden}: CD28 onset ${String(cd28)} not before 4-1BB ${String(bb)}`,
        );
      }
    }
  }
  return result(failures, onsets.join(', '));
}

/** 4. IL-1 peaks no later than IL-6 (no drug; every therapy, dose and burden). */
export function checkIl1BeforeIl6(options: CheckOptions = {}): BehaviourResult {
  const failures: string[] = [];
  for (const therapy of THERAPIES) {
    for (const dose of DOSES) {
      for (const burden of [10, 40, 80, 100]) {
        const s = run(makeScenario({ therapy, dose, burden }), options).summary;
        if (s.peakIl1Day > s.peakIl6Day) {
          failures.push(
            `${therapy}/${dose}/burden ${burden}: IL-1 peak day ${s.peakIl1Day} after IL-6 peak day ${s.peakIl6Day}`,
          );
        }
      }
    }
  }
  return result(failures, 'all no-drug scenarios');
}

/** Values of a series at a drug's start and at the end of the following day. */
function aroundStart(sim: Simulation, start: number, key: SeriesKey) {
  const at = sim.series[key][indexAt(sim, start)]!;
  const dayLater = sim.series[key][indexAt(sim, start + 1)]!;
  const within = sim.series[key].slice(indexAt(sim, start), indexAt(sim, start + 1) + 1);
  return { at, dayLater, within };
}

/**
 * 5. Tocilizumab at grade 2 (reference scenario): lowers the worst CRS grade; within about a
 * day fever breaks (temperature below 38.0 °C) and CRP falls; free serum IL-6 rises; the worst
 * ICANS grade is not lowered.
 */
export function checkTocilizumab(options: CheckOptions = {}): BehaviourResult {
  const none = run(REFERENCE_SCENARIO, options);
  const toc = run(withDrug(REFERENCE_SCENARIO, 'tocilizumab', 'grade2'), options, true);
  const start = toc.drugStarts.tocilizumab;
  if (start === null)
    return { ok: false, detail: 'tocilizumab never started (grade 2 not reached)' };
  const failures: string[] = [];
  const a = none.summary;
  const b = toc.summary;
  if (b.maxCrsGrade >= a.maxCrsGrade)
    failures.push(`worst CRS grade ${b.maxCrsGrade} not below ${a.maxCrsGrade}`);
  const temp = aroundStart(toc, start, 'temperature');
  if (Math.min(...temp.within) >= 38)
    failures.push(
      `temperature stayed ≥ 38.0 °C for a day after the start (${temp.at.toFixed(2)} °C at start)`,
    );
  const crp = aroundStart(toc, start, 'crp');
  if (crp.dayLater >= crp.at)
    failures.push(
      `CRP did not fall within a day (${crp.at.toFixed(0)} → ${crp.dayLater.toFixed(0)} mg/L)`,
    );
  const il6 = aroundStart(toc, start, 'il6');
  if (il6.dayLater <= il6.at)
    failures.push(
      `free IL-6 did not rise (${il6.at.toFixed(0)} → ${il6.dayLater.toFixed(0)} pg/mL)`,
    );
  if (b.peakIl6 <= a.peakIl6)
    failures.push(
      `peak free IL-6 ${b.peakIl6.toFixed(0)} not above untreated ${a.peakIl6.toFixed(0)}`,
    );
  if (b.maxIcansGrade < a.maxIcansGrade)
    failures.push(`worst ICANS grade lowered from ${a.maxIcansGrade} to ${b.maxIcansGrade}`);
  return result(
    failures,
    `start day ${start}; CRS ${a.maxCrsGrade}→${b.maxCrsGrade}; ICANS ${a.maxIcansGrade}→${b.maxIcansGrade}; CRP ${crp.at.toFixed(0)}→${crp.dayLater.toFixed(0)}; IL-6 ${il6.at.toFixed(0)}→${il6.dayLater.toFixed(0)}; lowest temperature within a day ${Math.min(...temp.within).toFixed(2)} °C`,
  );
}

function lowersBoth(drug: Drug, timing: DrugTiming, options: CheckOptions) {
  const none = run(REFERENCE_SCENARIO, options).summary;
  const treated = run(withDrug(REFERENCE_SCENARIO, drug, timing), options).summary;
  const failures: string[] = [];
  if (treated.maxCrsGrade >= none.maxCrsGrade)
    failures.push(`worst CRS grade ${treated.maxCrsGrade} not below ${none.maxCrsGrade}`);
  if (treated.maxIcansGrade >= none.maxIcansGrade)
    failures.push(`worst ICANS grade ${treated.maxIcansGrade} not below ${none.maxIcansGrade}`);
  const summary = `CRS ${none.maxCrsGrade}→${treated.maxCrsGrade}; ICANS ${none.maxIcansGrade}→${treated.maxIcansGrade}`;
  return { none, treated, failures, summary };
}

/** 6. Prophylactic anakinra (day 0) lowers both the worst CRS and the worst ICANS grade. */
export function checkAnakinra(options: CheckOptions = {}): BehaviourResult {
  const { failures, summary } = lowersBoth('anakinra', 'day0', options);
  return result(failures, summary);
}

/** 7. Dexamethasone (day 0) lowers both worst grades and leaves more tumor at day 28. */
export function checkDexamethasone(
  options: CheckOptions = {},
  timing: DrugTiming = 'day0',
): BehaviourResult {
  const { none, treated, failures, summary } = lowersBoth('dexamethasone', timing, options);
  if (treated.tumorRemainingDay28 <= none.tumorRemainingDay28) {
    failures.push(
      `tumor at day 28 ${treated.tumorRemainingDay28.toPrecision(3)}% not above ${none.tumorRemainingDay28.toPrecision(3)}%`,
    );
  }
  return result(
    failures,
    `${summary}; tumor at day 28 ${none.tumorRemainingDay28.toPrecision(3)}% → ${treated.tumorRemainingDay28.toPrecision(3)}%`,
  );
}

/** 8. Siltuximab at grade 2 lowers the worst CRS grade, and free IL-6 does not rise after it starts. */
export function checkSiltuximab(options: CheckOptions = {}): BehaviourResult {
  const none = run(REFERENCE_SCENARIO, options).summary;
  const sim = run(withDrug(REFERENCE_SCENARIO, 'siltuximab', 'grade2'), options, true);
  const start = sim.drugStarts.siltuximab;
  if (start === null) return { ok: false, detail: 'siltuximab never started' };
  const failures: string[] = [];
  if (sim.summary.maxCrsGrade >= none.maxCrsGrade)
    failures.push(`worst CRS grade ${sim.summary.maxCrsGrade} not below ${none.maxCrsGrade}`);
  const from = indexAt(sim, start);
  const atStart = sim.series.il6[from]!;
  const after = Math.max(...sim.series.il6.slice(from));
  if (after > atStart * (1 + 1e-9))
    failures.push(`free IL-6 rose from ${atStart.toFixed(0)} to ${after.toFixed(0)} pg/mL`);
  return result(
    failures,
    `CRS ${none.maxCrsGrade}→${sim.summary.maxCrsGrade}; IL-6 at start ${atStart.toFixed(0)}, highest after ${after.toFixed(0)}`,
  );
}

/** Series that describe the cascade itself (everything except drug exposure and symptoms). */
export const CASCADE_SERIES: readonly SeriesKey[] = [
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
];

/** Series a patient or clinician would see. */
export const CLINICAL_SERIES: readonly SeriesKey[] = [
  'temperature',
  'bpSupport',
  'o2Support',
  'crsGrade',
  'ice',
  'consciousness',
  'seizure',
  'edema',
  'icansGrade',
];

function identicalSeries(a: Simulation, b: Simulation, keys: readonly SeriesKey[]): string[] {
  const differ: string[] = [];
  for (const key of keys) {
    const x = a.series[key];
    const y = b.series[key];
    if (x.length !== y.length || x.some((v, i) => !Object.is(v, y[i]))) differ.push(key);
  }
  return differ;
}

/** 9. Antihistamine: every cascade and clinical series identical to no drug, whatever the timing. */
export function checkAntihistamine(
  options: CheckOptions = {},
  base: Scenario = REFERENCE_SCENARIO,
): BehaviourResult {
  const none = run(base, options, true);
  const failures: string[] = [];
  for (const timing of ['day0', 'fever', 'grade2', 'day3'] as const) {
    const sim = run(withDrug(base, 'antihistamine', timing), options, true);
    const differ = identicalSeries(none, sim, [...CASCADE_SERIES, ...CLINICAL_SERIES]);
    if (differ.length > 0) failures.push(`antihistamine=${timing} changed ${differ.join(', ')}`);
  }
  return result(failures, 'timings day0, fever, grade2, day3');
}

/** 10. Antipyretic: temperature lower (never higher), every cytokine and cascade series identical. */
export function checkAntipyretic(
  options: CheckOptions = {},
  base: Scenario = REFERENCE_SCENARIO,
): BehaviourResult {
  const none = run(base, options, true);
  const failures: string[] = [];
  for (const timing of ['day0', 'fever'] as const) {
    const sim = run(withDrug(base, 'antipyretic', timing), options, true);
    const differ = identicalSeries(none, sim, CASCADE_SERIES);
    if (differ.length > 0) failures.push(`antipyretic=${timing} changed ${differ.join(', ')}`);
    const t0 = none.series.temperature;
    const t1 = sim.series.temperature;
    if (t1.some((v, i) => v > t0[i]! + 1e-12))
      failures.push(`antipyretic=${timing} raised temperature`);
    const drop = Math.max(...t0.map((v, i) => v - t1[i]!));
    if (!(drop > 0.3))
      failures.push(`antipyretic=${timing} lowered temperature by only ${drop.toFixed(2)} °C`);
  }
  return result(failures, 'timings day0, fever');
}

/** Bounds every series must respect (behaviour 11). */
export const SERIES_BOUNDS: Partial<Record<SeriesKey, readonly [number, number]>> = {
  tumorBurden: [0, 150],
  effector: [0, 1],
  tcellCytokines: [0, 10],
  macrophages: [0, 1],
  il1: [0, 200],
  il6: [0, 100_000],
  il6Signal: [0, 100_000],
  endothelium: [0, 1],
  cns: [0, 2],
  crp: [0, 300],
  temperature: [36, 41],
  bpSupport: [0, 3],
  o2Support: [0, 3],
  crsGrade: [0, 4],
  ice: [0, 10],
  icansGrade: [0, 4],
  consciousness: [0, 5],
  seizure: [0, 3],
  edema: [0, 2],
};

/** 11. Finite and bounded outputs for one scenario (determinism is checked by the tests). */
export function checkBounded(scenario: Scenario, options: CheckOptions = {}): BehaviourResult {
  const sim = run(scenario, options, true);
  const failures: string[] = [];
  for (const [key, values] of Object.entries(sim.series) as [SeriesKey, number[]][]) {
    const bounds =
      SERIES_BOUNDS[key] ??
      (key.startsWith('symptom') ? [0, 3] : key.startsWith('drug') ? [0, 1] : [0, Infinity]);
    if (key === 't') continue;
    for (const v of values) {
      if (!Number.isFinite(v) || v < bounds[0] || v > bounds[1]) {
        failures.push(`${key} = ${v} outside [${bounds[0]}, ${bounds[1]}]`);
        break;
      }
    }
  }
  for (const [key, value] of Object.entries(sim.summary)) {
    if (value !== null && !Number.isFinite(value))
      failures.push(`summary ${key} = ${String(value)}`);
  }
  return result(failures, 'all series finite and within bounds');
}

/** ICANS outlasts CRS in the reference scenario (model.md, "Grounding"). */
export function checkIcansOutlastsCrs(options: CheckOptions = {}): BehaviourResult {
  const sim = run(REFERENCE_SCENARIO, options, true);
  const lastCrs = sim.series.t.filter((_, i) => sim.series.crsGrade[i]! >= 1).at(-1);
  const lastIcans = sim.series.t.filter((_, i) => sim.series.icansGrade[i]! >= 1).at(-1);
  if (lastCrs === undefined || lastIcans === undefined) {
    return { ok: false, detail: `no CRS (${String(lastCrs)}) or no ICANS (${String(lastIcans)})` };
  }
  return result(
    lastIcans > lastCrs ? [] : [`ICANS ended day ${lastIcans}, CRS day ${lastCrs}`],
    `last CRS day ${lastCrs.toFixed(1)}, last ICANS day ${lastIcans.toFixed(1)}`,
  );
}

/** Burden matters much more for CAR-T than for a bispecific (model.md, "Grounding"). */
export function checkBurdenWeightByTherapy(options: CheckOptions = {}): BehaviourResult {
  const ratio = (therapy: Therapy) =>
    run(makeScenario({ therapy, burden: 80 }), options).summary.peakIl6 /
    run(makeScenario({ therapy, burden: 10 }), options).summary.peakIl6;
  const car = ratio('cart-cd28');
  const bis = ratio('bispecific');
  return result(
    car > 2 * bis ? [] : ['burden matters as much for the bispecific as for CAR-T'],
    `peak IL-6 burden 80 / burden 10: CAR-T CD28 ${car.toFixed(1)}×, bispecific ${bis.toFixed(1)}×`,
  );
}

/**
 * The fragile part of behaviour 3, cheaply: CD28 before 4-1BB (standard dose, burden 40 and
 * 80) and no onset before day 1 in the fastest scenario of each therapy (high dose, burden 100).
 */
export function checkOnsetKey(options: CheckOptions = {}): BehaviourResult {
  const failures: string[] = [];
  const onset = (therapy: Therapy, burden: number, dose: Scenario['dose']) =>
    run(makeScenario({ therapy, dose, burden }), options).summary.crsOnsetDay;
  for (const burden of [40, 80]) {
    const cd28 = onset('cart-cd28', burden, 'standard');
    const bb = onset('cart-41bb', burden, 'standard');
    if (cd28 === null || (bb !== null && cd28 >= bb)) {
      failures.push(`burden ${burden}: CD28 onset ${String(cd28)} not before 4-1BB ${String(bb)}`);
    }
  }
  for (const therapy of THERAPIES) {
    const first = onset(therapy, 100, 'high');
    if (first !== null && first < 1)
      failures.push(`${therapy} high dose, burden 100: onset day ${first}`);
  }
  return result(failures, 'CD28 before 4-1BB; no onset before day 1');
}
