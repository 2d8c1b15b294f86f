/**
 * The CAR-T products (./products.ts): each an infusion of the patient's own T cells after
 * lymphodepletion, driven by the CD28 or the 4-1BB mechanism of ./therapies.ts. Schedules and
 * premedication follow the US labels: acetaminophen and an H1 antihistamine before the
 * infusion (before any CRS, so they never mask fever).
 */
import type { ProductInfo } from './products.ts';
import type { Schedule } from './schedule.ts';

/** One infusion on day 0, premedicated with acetaminophen and an H1 antihistamine. */
function oneInfusion(label: string): Schedule {
  return {
    route: 'iv-infusion',
    doses: [{ day: 0, amount: 1, label }],
    infusion: [],
    premedication: {
      drugs: ['antipyretic', 'antihistamine'],
      days: [0],
      label: 'Acetaminophen and an H1 antihistamine before the infusion.',
    },
    note: 'Lymphodepleting chemotherapy before the infusion is not modelled.',
  };
}

export const CAR_T_PRODUCTS = [
  {
    id: 'axi-cel',
    name: 'Axicabtagene ciloleucel',
    brand: 'Yescarta',
    kind: 'car-t',
    target: 'CD19',
    costimulation: 'CD28',
    mechanism: 'cart-cd28',
    disease: 'lbcl',
    schedule: oneInfusion('2 × 10⁶ CAR-positive T cells/kg (up to 2 × 10⁸)'),
    cite: ['kite-yescarta-label', 'neelapu2017zuma1'],
  },
  {
    id: 'brexu-cel',
    name: 'Brexucabtagene autoleucel',
    brand: 'Tecartus',
    kind: 'car-t',
    target: 'CD19',
    costimulation: 'CD28',
    mechanism: 'cart-cd28',
    disease: 'mcl',
    schedule: oneInfusion('2 × 10⁶ CAR-positive T cells/kg (up to 2 × 10⁸), mantle cell lymphoma'),
    cite: ['kite-tecartus-label', 'wang2020zuma2'],
  },
  {
    id: 'tisa-cel',
    name: 'Tisagenlecleucel',
    brand: 'Kymriah',
    kind: 'car-t',
    target: 'CD19',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'lbcl',
    schedule: oneInfusion('0.6–6.0 × 10⁸ CAR-positive T cells (adult large B-cell lymphoma)'),
    cite: ['novartis-kymriah-label', 'schuster2019juliet'],
  },
  {
    id: 'liso-cel',
    name: 'Lisocabtagene maraleucel',
    brand: 'Breyanzi',
    kind: 'car-t',
    target: 'CD19',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'lbcl',
    schedule: oneInfusion(
      '50–110 × 10⁶ CAR-positive T cells, the CD8 and CD4 components given one after the other',
    ),
    cite: ['bms-breyanzi-label', 'abramson2020transcend'],
  },
  {
    id: 'obe-cel',
    name: 'Obecabtagene autoleucel',
    brand: 'Aucatzyl',
    kind: 'car-t',
    target: 'CD19',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'b-all',
    schedule: {
      route: 'iv-infusion',
      // split dose by marrow blasts; the schedule for more than 20 % blasts is modelled
      doses: [
        { day: 0, amount: 10 / 410, label: '10 × 10⁶ CAR-positive T cells (day 1)' },
        { day: 9, amount: 400 / 410, label: '400 × 10⁶ CAR-positive T cells (day 10)' },
      ],
      infusion: [],
      premedication: {
        drugs: ['antipyretic', 'antihistamine'],
        days: [0, 9],
        label: 'Acetaminophen and an H1 antihistamine before each infusion.',
      },
      note: 'A split dose guided by marrow blasts; the schedule for more than 20 % blasts (10 then 400 × 10⁶ cells) is modelled.',
    },
    cite: ['autolus-aucatzyl-label'],
  },
  {
    id: 'ide-cel',
    name: 'Idecabtagene vicleucel',
    brand: 'Abecma',
    kind: 'car-t',
    target: 'BCMA',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'mm',
    schedule: oneInfusion('300–460 × 10⁶ CAR-positive T cells'),
    cite: ['bms-abecma-label', 'munshi2021karmma'],
  },
  {
    id: 'cilta-cel',
    name: 'Ciltacabtagene autoleucel',
    brand: 'Carvykti',
    kind: 'car-t',
    target: 'BCMA',
    costimulation: '4-1BB',
    mechanism: 'cart-41bb',
    disease: 'mm',
    schedule: oneInfusion('0.5–1.0 × 10⁶ CAR-positive T cells/kg (up to 1 × 10⁸)'),
    cite: ['janssen-carvykti-label', 'berdeja2021cartitude'],
  },
] as const satisfies readonly ProductInfo[];
