/**
 * The CAR-T products (./products.ts): each an infusion of the patient's own T cells after
 * lymphodepletion, driven by the CD28 or the 4-1BB mechanism of ./therapies.ts. Schedules and
 * premedication follow the US labels: acetaminophen and an H1 antihistamine before the
 * infusion (before any CRS, so they never mask fever).
 */
import type { ProductInfo } from './products.ts';
import type { Schedule } from './schedule.ts';

/** One infusion on day 0, premedicated with acetaminophen and an H1 antihistamine. */
function oneInfusion(): Schedule {
  return {
    route: 'iv-infusion',
    doses: [{ day: 0, amount: 1 }],
    infusion: [],
    premedication: {
      drugs: ['antipyretic', 'antihistamine'],
      days: [0],
    },
  };
}

export const CAR_T_PRODUCTS = [
  {
    id: 'axi-cel',
    kind: 'car-t',
    costimulation: 'CD28',
    mechanism: 'cart-cd28',
    disease: 'lbcl',
    schedule: oneInfusion(),
  },
  {
    id: 'brexu-cel',
    kind: 'car-t',
    costimulation: 'CD28',
    mechanism: 'cart-cd28',
    disease: 'mcl',
    schedule: oneInfusion(),
  },
  {
    id: 'tisa-cel',
    kind: 'car-t',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'lbcl',
    schedule: oneInfusion(),
  },
  {
    id: 'liso-cel',
    kind: 'car-t',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'lbcl',
    schedule: oneInfusion(),
  },
  {
    id: 'obe-cel',
    kind: 'car-t',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'b-all',
    schedule: {
      route: 'iv-infusion',
      // split dose by marrow blasts; the schedule for more than 20 % blasts is modelled
      doses: [
        { day: 0, amount: 10 / 410 },
        { day: 9, amount: 400 / 410 },
      ],
      infusion: [],
      premedication: {
        drugs: ['antipyretic', 'antihistamine'],
        days: [0, 9],
      },
    },
  },
  {
    id: 'ide-cel',
    kind: 'car-t',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'mm',
    schedule: oneInfusion(),
  },
  {
    id: 'cilta-cel',
    kind: 'car-t',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'mm',
    schedule: oneInfusion(),
  },
] as const satisfies readonly ProductInfo[];
