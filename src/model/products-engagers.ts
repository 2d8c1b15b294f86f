/**
 * The bispecific T-cell engagers (./products.ts), driven by the engager mechanism of
 * ./therapies.ts with each label's step-up schedule (days from the first dose; label day 1 is
 * day 0) and its premedication, which the model gives as single doses of dexamethasone (for any
 * corticosteroid), an antipyretic and an antihistamine on those days. Premedication given
 * before any CRS never masks fever (ASTCT; ./observe.ts).
 */
import type { ProductInfo } from './products.ts';
import { weeklyDoses, type Premedication, type ScheduledDose } from './schedule.ts';

/** The three-drug premedication most engager labels ask for before their first doses. */
function premedication(days: readonly number[]): Premedication {
  return { drugs: ['dexamethasone', 'antihistamine', 'antipyretic'], days };
}

/** Step-up doses given as [day, amount in label units] (the full dose is `full`), then weekly full doses. */
function steps(
  full: number,
  doses: readonly [number, number][],
  weeklyFrom: number | null,
): ScheduledDose[] {
  const scheduled = doses.map(([day, amount]) => ({ day, amount: amount / full }));
  return weeklyFrom === null ? scheduled : [...scheduled, ...weeklyDoses(weeklyFrom)];
}

export const ENGAGER_PRODUCTS = [
  {
    id: 'blinatumomab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'b-all',
    schedule: {
      route: 'continuous-iv',
      doses: [],
      infusion: [
        { from: 0, to: 7, rate: 9 / 28 },
        { from: 7, to: 28, rate: 1 },
      ],
      premedication: {
        drugs: ['dexamethasone'],
        days: [0, 7],
      },
    },
  },
  {
    id: 'teclistamab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'mm',
    schedule: {
      route: 'subcutaneous',
      doses: steps(
        1.5,
        [
          [0, 0.06],
          [3, 0.3],
          [6, 1.5],
        ],
        13,
      ),
      infusion: [],
      premedication: premedication([0, 3, 6]),
    },
  },
  {
    id: 'elranatamab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'mm',
    schedule: {
      route: 'subcutaneous',
      doses: steps(
        76,
        [
          [0, 12],
          [3, 32],
          [7, 76],
        ],
        14,
      ),
      infusion: [],
      premedication: premedication([0, 3, 7]),
    },
  },
  {
    id: 'talquetamab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'mm',
    schedule: {
      route: 'subcutaneous',
      doses: steps(
        0.4,
        [
          [0, 0.01],
          [3, 0.06],
          [6, 0.4],
        ],
        13,
      ),
      infusion: [],
      premedication: premedication([0, 3, 6]),
    },
  },
  {
    id: 'linvoseltamab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'mm',
    schedule: {
      route: 'iv',
      doses: steps(
        200,
        [
          [0, 5],
          [7, 25],
          [14, 200],
        ],
        21,
      ),
      infusion: [],
      premedication: premedication([0, 7, 14]),
    },
  },
  {
    id: 'glofitamab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'lbcl',
    schedule: {
      route: 'iv',
      doses: steps(
        30,
        [
          [0, 2.5],
          [7, 10],
          [14, 30],
        ],
        null,
      ),
      infusion: [],
      premedication: premedication([0, 7, 14]),
    },
  },
  {
    id: 'epcoritamab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'lbcl',
    schedule: {
      route: 'subcutaneous',
      doses: steps(
        48,
        [
          [0, 0.16],
          [7, 0.8],
          [14, 48],
          [21, 48],
        ],
        null,
      ),
      infusion: [],
      premedication: premedication([0, 1, 2, 3, 7, 8, 9, 10, 14, 15, 16, 17, 21, 22, 23, 24]),
    },
  },
  {
    id: 'mosunetuzumab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'fl',
    schedule: {
      route: 'iv',
      doses: steps(
        60,
        [
          [0, 1],
          [7, 2],
          [14, 60],
          [21, 60],
        ],
        null,
      ),
      infusion: [],
      premedication: premedication([0, 7, 14, 21]),
    },
  },
  {
    id: 'tarlatamab',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'sclc',
    schedule: {
      route: 'iv',
      doses: steps(
        10,
        [
          [0, 1],
          [7, 10],
          [14, 10],
        ],
        null,
      ),
      infusion: [],
      premedication: {
        drugs: ['dexamethasone'],
        days: [0, 7],
      },
    },
  },
  {
    id: 'tebentafusp',
    kind: 'bispecific',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'uveal-melanoma',
    schedule: {
      route: 'iv',
      doses: steps(
        68,
        [
          [0, 20],
          [7, 30],
          [14, 68],
        ],
        21,
      ),
      infusion: [],
      premedication: null,
    },
  },
] as const satisfies readonly ProductInfo[];
