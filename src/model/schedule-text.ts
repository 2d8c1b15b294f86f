/**
 * What each product's schedule leaves out or simplifies, and its premedication in the label's
 * words: the catalogue's text (./catalogue.ts), kept apart from the schedules' numbers so the
 * explorer ships the numbers, not the prose (as ./parameter-table.ts is kept from ./parameters.ts).
 */
import type { ProductId } from './products.ts';

export interface ScheduleText {
  /** The premedication as the label asks for it, or null when it asks for none. */
  readonly premedication: string | null;
  /** What the schedule leaves out or simplifies, in one sentence. */
  readonly note: string;
}

/** Each product's citation keys (content/references.json): its label, then its pivotal trial. */
export const PRODUCT_CITES: Readonly<Record<ProductId, readonly string[]>> = {
  'axi-cel': ['kite-yescarta-label', 'neelapu2017zuma1'],
  'brexu-cel': ['kite-tecartus-label', 'wang2020zuma2'],
  'tisa-cel': ['novartis-kymriah-label', 'schuster2019juliet'],
  'liso-cel': ['bms-breyanzi-label', 'abramson2020transcend'],
  'obe-cel': ['autolus-aucatzyl-label'],
  'ide-cel': ['bms-abecma-label', 'munshi2021karmma'],
  'cilta-cel': ['janssen-carvykti-label', 'berdeja2021cartitude'],
  blinatumomab: ['amgen-blincyto-label', 'kantarjian2017tower'],
  teclistamab: ['janssen2024tecvayli', 'moreau2022majestec', 'martin2023majestec'],
  elranatamab: ['pfizer-elrexfio-label', 'lesokhin2023magnetismm3'],
  talquetamab: ['janssen-talvey-label'],
  linvoseltamab: ['regeneron-lynozyfic-label'],
  glofitamab: ['genentech-columvi-label', 'dickinson2022glofitamab'],
  epcoritamab: ['genmab-epkinly-label', 'thieblemont2023'],
  mosunetuzumab: ['genentech-lunsumio-label'],
  tarlatamab: ['amgen-imdelltra-label'],
  tebentafusp: ['immunocore-kimmtrak-label'],
};

const CAR_T: ScheduleText = {
  premedication: 'Acetaminophen and an H1 antihistamine before the infusion.',
  note: 'Lymphodepleting chemotherapy before the infusion is not modelled.',
};

export const SCHEDULE_TEXT: Readonly<Record<ProductId, ScheduleText>> = {
  'axi-cel': CAR_T,
  'brexu-cel': CAR_T,
  'tisa-cel': CAR_T,
  'liso-cel': CAR_T,
  'ide-cel': CAR_T,
  'cilta-cel': CAR_T,
  'obe-cel': {
    premedication: 'Acetaminophen and an H1 antihistamine before each infusion.',
    note: 'A split dose guided by marrow blasts; the schedule for more than 20 % blasts (10 then 400 × 10⁶ cells) is modelled.',
  },
  blinatumomab: {
    premedication:
      'Dexamethasone 20 mg before the start of the cycle and before the step to 28 µg/day.',
    note: 'Cycle 1 for a patient of 45 kg or more with relapsed or refractory ALL; the infusion runs without a break.',
  },
  teclistamab: {
    premedication:
      'A corticosteroid, an antihistamine and an antipyretic before each step-up dose and the first full dose.',
    note: 'Weekly full doses after the step-up doses.',
  },
  elranatamab: {
    premedication:
      'Acetaminophen, dexamethasone and diphenhydramine before each step-up dose and the first full dose.',
    note: 'Weekly full doses after the step-up doses.',
  },
  talquetamab: {
    premedication:
      'A corticosteroid, an antihistamine and an antipyretic before each step-up dose and the first full dose.',
    note: 'The weekly schedule; the every-2-weeks schedule adds a 0.8 mg/kg dose.',
  },
  linvoseltamab: {
    premedication:
      'A corticosteroid, an antihistamine and acetaminophen before each step-up dose and the first full dose.',
    note: 'Weekly full doses after the step-up doses.',
  },
  glofitamab: {
    premedication:
      'Acetaminophen, an antihistamine and dexamethasone before each dose of the first cycles.',
    note: 'Day 0 is cycle 1 day 8: obinutuzumab 1,000 mg a week before (to deplete B cells) is not modelled; 30 mg every 3 weeks after.',
  },
  epcoritamab: {
    premedication:
      'A corticosteroid on each dosing day of cycle 1 and the 3 days after, with an antihistamine and an antipyretic.',
    note: 'Cycle 1 of the large B-cell lymphoma schedule (28-day cycles, weekly in cycles 1–3).',
  },
  mosunetuzumab: {
    premedication:
      'A corticosteroid, an antihistamine and an antipyretic before each dose of cycles 1 and 2.',
    note: '21-day cycles: 1, 2 and 60 mg in cycle 1, 60 mg on day 1 of cycle 2, then 30 mg.',
  },
  tarlatamab: {
    premedication: 'Dexamethasone (and intravenous fluids) before the first two doses.',
    note: 'Every 2 weeks after day 15 (beyond the model’s 28 days).',
  },
  tebentafusp: {
    premedication: null,
    note: 'A T-cell receptor bispecific (ImmTAC), not an antibody engager; weekly 68 µg after the step-up doses.',
  },
};

/** The CAR-T products' doses as their labels give them, in schedule order. */
export const CAR_T_DOSE_TEXT: Readonly<Partial<Record<ProductId, readonly string[]>>> = {
  'axi-cel': ['2 × 10⁶ CAR-positive T cells/kg (up to 2 × 10⁸)'],
  'brexu-cel': ['2 × 10⁶ CAR-positive T cells/kg (up to 2 × 10⁸), mantle cell lymphoma'],
  'tisa-cel': ['0.6–6.0 × 10⁸ CAR-positive T cells (adult large B-cell lymphoma)'],
  'liso-cel': [
    '50–110 × 10⁶ CAR-positive T cells, the CD8 and CD4 components given one after the other',
  ],
  'obe-cel': ['10 × 10⁶ CAR-positive T cells (day 1)', '400 × 10⁶ CAR-positive T cells (day 10)'],
  'cilta-cel': ['0.5–1.0 × 10⁶ CAR-positive T cells/kg (up to 1 × 10⁸)'],
};

/** Each product's names and target, as the catalogue and a picker show them. */
export interface ProductNames {
  /** International nonproprietary name, e.g. "Axicabtagene ciloleucel". */
  readonly name: string;
  /** US brand name, e.g. "Yescarta". */
  readonly brand: string;
  /** Antigen it targets, e.g. "CD19", "BCMA × CD3". */
  readonly target: string;
}

export const PRODUCT_NAMES: Readonly<Record<ProductId, ProductNames>> = {
  'axi-cel': { name: 'Axicabtagene ciloleucel', brand: 'Yescarta', target: 'CD19' },
  'brexu-cel': { name: 'Brexucabtagene autoleucel', brand: 'Tecartus', target: 'CD19' },
  'tisa-cel': { name: 'Tisagenlecleucel', brand: 'Kymriah', target: 'CD19' },
  'liso-cel': { name: 'Lisocabtagene maraleucel', brand: 'Breyanzi', target: 'CD19' },
  'obe-cel': { name: 'Obecabtagene autoleucel', brand: 'Aucatzyl', target: 'CD19' },
  'ide-cel': { name: 'Idecabtagene vicleucel', brand: 'Abecma', target: 'BCMA' },
  'cilta-cel': { name: 'Ciltacabtagene autoleucel', brand: 'Carvykti', target: 'BCMA' },
  blinatumomab: { name: 'Blinatumomab', brand: 'Blincyto', target: 'CD19 × CD3' },
  teclistamab: { name: 'Teclistamab', brand: 'Tecvayli', target: 'BCMA × CD3' },
  elranatamab: { name: 'Elranatamab', brand: 'Elrexfio', target: 'BCMA × CD3' },
  talquetamab: { name: 'Talquetamab', brand: 'Talvey', target: 'GPRC5D × CD3' },
  linvoseltamab: { name: 'Linvoseltamab', brand: 'Lynozyfic', target: 'BCMA × CD3' },
  glofitamab: { name: 'Glofitamab', brand: 'Columvi', target: 'CD20 × CD3' },
  epcoritamab: { name: 'Epcoritamab', brand: 'Epkinly', target: 'CD20 × CD3' },
  mosunetuzumab: { name: 'Mosunetuzumab', brand: 'Lunsumio', target: 'CD20 × CD3' },
  tarlatamab: { name: 'Tarlatamab', brand: 'Imdelltra', target: 'DLL3 × CD3' },
  tebentafusp: { name: 'Tebentafusp', brand: 'Kimmtrak', target: 'gp100 (HLA-A*02:01) × CD3' },
};

/** Each engager's full dose and its unit, for the dose labels ("0.3 mg/kg (step-up dose)"). */
export const ENGAGER_DOSE_UNIT: Readonly<
  Partial<Record<ProductId, { full: number; unit: string }>>
> = {
  teclistamab: { full: 1.5, unit: 'mg/kg' },
  elranatamab: { full: 76, unit: 'mg' },
  talquetamab: { full: 0.4, unit: 'mg/kg' },
  linvoseltamab: { full: 200, unit: 'mg' },
  glofitamab: { full: 30, unit: 'mg' },
  epcoritamab: { full: 48, unit: 'mg' },
  mosunetuzumab: { full: 60, unit: 'mg' },
  tarlatamab: { full: 10, unit: 'mg' },
  tebentafusp: { full: 68, unit: 'µg' },
};

/** Blinatumomab's infusion rates as its label gives them. */
export const INFUSION_TEXT: Readonly<Partial<Record<ProductId, readonly string[]>>> = {
  blinatumomab: ['9 µg/day (days 1–7)', '28 µg/day (days 8–28)'],
};
