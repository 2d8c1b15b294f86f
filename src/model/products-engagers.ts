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
function premedication(days: readonly number[], label: string): Premedication {
  return { drugs: ['dexamethasone', 'antihistamine', 'antipyretic'], days, label };
}

/** Step-up doses given as [day, amount in label units, label], then weekly full doses. */
function steps(
  full: number,
  unit: string,
  doses: readonly [number, number][],
  weeklyFrom: number | null,
): ScheduledDose[] {
  const scheduled = doses.map(([day, amount]) => ({
    day,
    amount: amount / full,
    label: `${amount} ${unit}${amount === full ? ' (full dose)' : ' (step-up dose)'}`,
  }));
  return weeklyFrom === null
    ? scheduled
    : [...scheduled, ...weeklyDoses(weeklyFrom, `${full} ${unit}`)];
}

export const ENGAGER_PRODUCTS = [
  {
    id: 'blinatumomab',
    name: 'Blinatumomab',
    brand: 'Blincyto',
    kind: 'bispecific',
    target: 'CD19 × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'b-all',
    schedule: {
      route: 'continuous-iv',
      doses: [],
      infusion: [
        { from: 0, to: 7, rate: 9 / 28, label: '9 µg/day (days 1–7)' },
        { from: 7, to: 28, rate: 1, label: '28 µg/day (days 8–28)' },
      ],
      premedication: {
        drugs: ['dexamethasone'],
        days: [0, 7],
        label:
          'Dexamethasone 20 mg before the start of the cycle and before the step to 28 µg/day.',
      },
      note: 'Cycle 1 for a patient of 45 kg or more with relapsed or refractory ALL; the infusion runs without a break.',
    },
    cite: ['amgen-blincyto-label', 'kantarjian2017tower'],
  },
  {
    id: 'teclistamab',
    name: 'Teclistamab',
    brand: 'Tecvayli',
    kind: 'bispecific',
    target: 'BCMA × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'mm',
    schedule: {
      route: 'subcutaneous',
      doses: steps(
        1.5,
        'mg/kg',
        [
          [0, 0.06],
          [3, 0.3],
          [6, 1.5],
        ],
        13,
      ),
      infusion: [],
      premedication: premedication(
        [0, 3, 6],
        'A corticosteroid, an antihistamine and an antipyretic before each step-up dose and the first full dose.',
      ),
      note: 'Weekly full doses after the step-up doses.',
    },
    cite: ['janssen2024tecvayli', 'moreau2022majestec', 'martin2023majestec'],
  },
  {
    id: 'elranatamab',
    name: 'Elranatamab',
    brand: 'Elrexfio',
    kind: 'bispecific',
    target: 'BCMA × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'mm',
    schedule: {
      route: 'subcutaneous',
      doses: steps(
        76,
        'mg',
        [
          [0, 12],
          [3, 32],
          [7, 76],
        ],
        14,
      ),
      infusion: [],
      premedication: premedication(
        [0, 3, 7],
        'Acetaminophen, dexamethasone and diphenhydramine before each step-up dose and the first full dose.',
      ),
      note: 'Weekly full doses after the step-up doses.',
    },
    cite: ['pfizer-elrexfio-label', 'lesokhin2023magnetismm3'],
  },
  {
    id: 'talquetamab',
    name: 'Talquetamab',
    brand: 'Talvey',
    kind: 'bispecific',
    target: 'GPRC5D × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'mm',
    schedule: {
      route: 'subcutaneous',
      doses: steps(
        0.4,
        'mg/kg',
        [
          [0, 0.01],
          [3, 0.06],
          [6, 0.4],
        ],
        13,
      ),
      infusion: [],
      premedication: premedication(
        [0, 3, 6],
        'A corticosteroid, an antihistamine and an antipyretic before each step-up dose and the first full dose.',
      ),
      note: 'The weekly schedule; the every-2-weeks schedule adds a 0.8 mg/kg dose.',
    },
    cite: ['janssen-talvey-label'],
  },
  {
    id: 'linvoseltamab',
    name: 'Linvoseltamab',
    brand: 'Lynozyfic',
    kind: 'bispecific',
    target: 'BCMA × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'mm',
    schedule: {
      route: 'iv',
      doses: steps(
        200,
        'mg',
        [
          [0, 5],
          [7, 25],
          [14, 200],
        ],
        21,
      ),
      infusion: [],
      premedication: premedication(
        [0, 7, 14],
        'A corticosteroid, an antihistamine and acetaminophen before each step-up dose and the first full dose.',
      ),
      note: 'Weekly full doses after the step-up doses.',
    },
    cite: ['regeneron-lynozyfic-label'],
  },
  {
    id: 'glofitamab',
    name: 'Glofitamab',
    brand: 'Columvi',
    kind: 'bispecific',
    target: 'CD20 × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'lbcl',
    schedule: {
      route: 'iv',
      doses: steps(
        30,
        'mg',
        [
          [0, 2.5],
          [7, 10],
          [14, 30],
        ],
        null,
      ),
      infusion: [],
      premedication: premedication(
        [0, 7, 14],
        'Acetaminophen, an antihistamine and dexamethasone before each dose of the first cycles.',
      ),
      note: 'Day 0 is cycle 1 day 8: obinutuzumab 1,000 mg a week before (to deplete B cells) is not modelled; 30 mg every 3 weeks after.',
    },
    cite: ['genentech-columvi-label', 'dickinson2022glofitamab'],
  },
  {
    id: 'epcoritamab',
    name: 'Epcoritamab',
    brand: 'Epkinly',
    kind: 'bispecific',
    target: 'CD20 × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'lbcl',
    schedule: {
      route: 'subcutaneous',
      doses: steps(
        48,
        'mg',
        [
          [0, 0.16],
          [7, 0.8],
          [14, 48],
          [21, 48],
        ],
        null,
      ),
      infusion: [],
      premedication: premedication(
        [0, 1, 2, 3, 7, 8, 9, 10, 14, 15, 16, 17, 21, 22, 23, 24],
        'A corticosteroid on each dosing day of cycle 1 and the 3 days after, with an antihistamine and an antipyretic.',
      ),
      note: 'Cycle 1 of the large B-cell lymphoma schedule (28-day cycles, weekly in cycles 1–3).',
    },
    cite: ['genmab-epkinly-label', 'thieblemont2023'],
  },
  {
    id: 'mosunetuzumab',
    name: 'Mosunetuzumab',
    brand: 'Lunsumio',
    kind: 'bispecific',
    target: 'CD20 × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'fl',
    schedule: {
      route: 'iv',
      doses: steps(
        60,
        'mg',
        [
          [0, 1],
          [7, 2],
          [14, 60],
          [21, 60],
        ],
        null,
      ),
      infusion: [],
      premedication: premedication(
        [0, 7, 14, 21],
        'A corticosteroid, an antihistamine and an antipyretic before each dose of cycles 1 and 2.',
      ),
      note: '21-day cycles: 1, 2 and 60 mg in cycle 1, 60 mg on day 1 of cycle 2, then 30 mg.',
    },
    cite: ['genentech-lunsumio-label'],
  },
  {
    id: 'tarlatamab',
    name: 'Tarlatamab',
    brand: 'Imdelltra',
    kind: 'bispecific',
    target: 'DLL3 × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'sclc',
    schedule: {
      route: 'iv',
      doses: steps(
        10,
        'mg',
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
        label: 'Dexamethasone (and intravenous fluids) before the first two doses.',
      },
      note: 'Every 2 weeks after day 15 (beyond the model’s 28 days).',
    },
    cite: ['amgen-imdelltra-label'],
  },
  {
    id: 'tebentafusp',
    name: 'Tebentafusp',
    brand: 'Kimmtrak',
    kind: 'bispecific',
    target: 'gp100 (HLA-A*02:01) × CD3',
    costimulation: null,
    mechanism: 'bispecific',
    disease: 'uveal-melanoma',
    schedule: {
      route: 'iv',
      doses: steps(
        68,
        'µg',
        [
          [0, 20],
          [7, 30],
          [14, 68],
        ],
        21,
      ),
      infusion: [],
      premedication: null,
      note: 'A T-cell receptor bispecific (ImmTAC), not an antibody engager; weekly 68 µg after the step-up doses.',
    },
    cite: ['immunocore-kimmtrak-label'],
  },
] as const satisfies readonly ProductInfo[];
