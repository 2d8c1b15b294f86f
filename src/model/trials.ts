/**
 * The published CRS and neurotoxicity figures of each product's pivotal trial (or its US label,
 * which pools that trial), as the calibration compares the model with them (./calibration.ts).
 * Every figure names where it was read: only figures seen in a label, a label copy, a maker's
 * safety page or an abstract are here; a figure that could not be checked is null.
 *
 * Shares are 0–1; onsets and durations are medians in days (onset from the infusion, or for an
 * engager from the most recent dose). `grading` says which scale a trial used: the model grades
 * with ASTCT 2019, so an older scale is compared with a wider tolerance (./calibration.ts).
 */
import type { ProductId } from './products.ts';

/** One published figure and where it was read. */
export interface Figure {
  readonly value: number;
  /** Where the figure was seen (a label section, a maker's page, an abstract or a table). */
  readonly seen: string;
}

export type CrsScale = 'ASTCT' | 'Lee 2014' | 'Penn' | 'CTCAE';
export type NeuroScale = 'ICANS' | 'neurologic events' | 'CTCAE';

/** The published figures of one side (CRS or neurotoxicity). */
export interface SideFigures {
  readonly any: Figure | null;
  readonly grade3plus: Figure | null;
  readonly onsetDays: Figure | null;
  readonly durationDays: Figure | null;
}

export interface TrialFigures {
  /** Trial name, e.g. "ZUMA-1". */
  readonly trial: string;
  /** Patients in the safety set the figures come from. */
  readonly n: number;
  readonly population: string;
  readonly crsScale: CrsScale;
  /** How neurotoxicity was counted: ASTCT ICANS, or a broader set of neurologic events. */
  readonly neuroScale: NeuroScale;
  readonly crs: SideFigures;
  readonly icans: SideFigures;
  /** Citation keys of content/references.json where the figures are. */
  readonly cite: readonly string[];
}

const f = (value: number, seen: string): Figure => ({ value, seen });
const none = { any: null, grade3plus: null, onsetDays: null, durationDays: null } as const;

const YESCARTA =
  'Yescarta first US label, boxed warning and section 5.1–5.2 (yescartarems.com; ASH News Daily 2017)';
const EVIQ = 'eviQ 3839 summary of Schuster 2019 (JULIET)';
const TECARTUS = 'Tecartus maker’s safety page (tecartushcp.com, ZUMA-2 primary analysis)';
const ABECMA = 'Abecma maker’s safety pages (abecmahcp.com, KarMMa, N = 127)';

/** Each product's trial figures (null where no product-level trial is collected). */
export const TRIALS: Readonly<Record<ProductId, TrialFigures | null>> = {
  'axi-cel': {
    trial: 'ZUMA-1',
    n: 108,
    population: 'Refractory large B-cell lymphoma',
    crsScale: 'Lee 2014',
    neuroScale: 'neurologic events',
    crs: {
      any: f(0.94, YESCARTA),
      grade3plus: f(0.13, YESCARTA),
      onsetDays: f(2, YESCARTA),
      durationDays: f(7, YESCARTA),
    },
    icans: {
      any: f(0.87, YESCARTA),
      grade3plus: f(0.31, YESCARTA),
      onsetDays: f(4, YESCARTA),
      durationDays: f(17, YESCARTA),
    },
    cite: ['kite-yescarta-label', 'neelapu2017zuma1'],
  },
  'brexu-cel': {
    trial: 'ZUMA-2',
    n: 82,
    population: 'Relapsed or refractory mantle cell lymphoma',
    crsScale: 'Lee 2014',
    neuroScale: 'neurologic events',
    crs: {
      any: f(0.91, TECARTUS),
      grade3plus: f(0.18, TECARTUS),
      onsetDays: f(3, TECARTUS),
      durationDays: f(10, TECARTUS),
    },
    icans: {
      any: f(0.81, TECARTUS),
      grade3plus: f(0.37, TECARTUS),
      onsetDays: f(6, TECARTUS),
      durationDays: f(21, TECARTUS),
    },
    cite: ['kite-tecartus-label', 'wang2020zuma2'],
  },
  'tisa-cel': {
    trial: 'JULIET',
    n: 111,
    population: 'Relapsed or refractory diffuse large B-cell lymphoma',
    crsScale: 'Penn',
    neuroScale: 'neurologic events',
    crs: {
      any: f(0.58, EVIQ),
      grade3plus: f(0.22, EVIQ),
      onsetDays: f(3, EVIQ),
      durationDays: f(7, EVIQ),
    },
    icans: {
      any: f(0.21, EVIQ),
      grade3plus: f(0.12, EVIQ),
      onsetDays: f(6, EVIQ),
      durationDays: f(14, EVIQ),
    },
    cite: ['novartis-kymriah-label', 'schuster2019juliet'],
  },
  'liso-cel': {
    trial: 'TRANSCEND NHL 001',
    n: 269,
    population: 'Relapsed or refractory large B-cell lymphoma',
    crsScale: 'Lee 2014',
    neuroScale: 'neurologic events',
    crs: {
      any: f(0.42, 'Hematology Advisor summary of Abramson 2020 (Lancet)'),
      grade3plus: f(0.02, 'Hematology Advisor summary of Abramson 2020 (Lancet)'),
      onsetDays: null,
      durationDays: null,
    },
    icans: {
      any: f(0.3, 'Hematology Advisor summary of Abramson 2020 (Lancet)'),
      grade3plus: f(0.1, 'Hematology Advisor summary of Abramson 2020 (Lancet)'),
      onsetDays: null,
      durationDays: null,
    },
    cite: ['bms-breyanzi-label', 'abramson2020transcend'],
  },
  'obe-cel': null,
  'ide-cel': {
    trial: 'KarMMa',
    n: 127,
    population: 'Relapsed or refractory multiple myeloma',
    crsScale: 'Lee 2014',
    neuroScale: 'neurologic events',
    crs: {
      any: f(0.85, ABECMA),
      grade3plus: f(0.09, ABECMA),
      onsetDays: f(1, ABECMA),
      durationDays: f(7, ABECMA),
    },
    icans: {
      any: f(0.28, ABECMA),
      grade3plus: f(0.04, ABECMA),
      onsetDays: f(2, ABECMA),
      durationDays: f(5, ABECMA),
    },
    cite: ['bms-abecma-label', 'munshi2021karmma'],
  },
  'cilta-cel': {
    trial: 'CARTITUDE-1',
    n: 97,
    population: 'Relapsed or refractory multiple myeloma',
    crsScale: 'ASTCT',
    neuroScale: 'ICANS',
    crs: {
      ...none,
      onsetDays: f(7, 'Madduri, ASH 2020 presentation of CARTITUDE-1 (news report; secondary)'),
    },
    icans: none,
    cite: ['janssen-carvykti-label', 'berdeja2021cartitude'],
  },
  blinatumomab: {
    trial: 'TOWER',
    n: 267,
    population: 'Relapsed or refractory Ph-negative B-cell ALL (adults)',
    crsScale: 'CTCAE',
    neuroScale: 'CTCAE',
    crs: {
      any: f(
        0.14,
        'Blincyto label, cycle 1 adverse reactions in TOWER (Table 5 of Stein 2019, PMC6475509)',
      ),
      grade3plus: f(0.049, 'Kantarjian 2017 NEJM Table 3 (PMC5881572)'),
      onsetDays: null,
      durationDays: null,
    },
    icans: {
      any: null,
      grade3plus: f(0.094, 'Kantarjian 2017 NEJM Table 3, grade ≥3 neurologic events (PMC5881572)'),
      onsetDays: null,
      durationDays: null,
    },
    cite: ['amgen-blincyto-label', 'kantarjian2017tower'],
  },
  teclistamab: {
    trial: 'MajesTEC-1',
    n: 165,
    population: 'Relapsed or refractory multiple myeloma',
    crsScale: 'ASTCT',
    neuroScale: 'ICANS',
    crs: {
      any: f(0.721, 'Martin 2023 (Cancer) abstract, PubMed 36991547'),
      grade3plus: f(0.006, 'Martin 2023 (Cancer) abstract: one grade 3 event'),
      onsetDays: null,
      durationDays: null,
    },
    icans: none,
    cite: ['janssen2024tecvayli', 'moreau2022majestec', 'martin2023majestec'],
  },
  elranatamab: {
    trial: 'MagnetisMM-3 (cohort A)',
    n: 123,
    population: 'Relapsed or refractory multiple myeloma, no prior BCMA therapy',
    crsScale: 'ASTCT',
    neuroScale: 'ICANS',
    crs: {
      any: f(0.577, 'Lesokhin 2023 (Nature Medicine) abstract'),
      grade3plus: f(0, 'Lesokhin 2023 (Nature Medicine) abstract: no grade 3–4 CRS'),
      onsetDays: null,
      durationDays: null,
    },
    icans: none,
    cite: ['pfizer-elrexfio-label', 'lesokhin2023magnetismm3'],
  },
  talquetamab: null,
  linvoseltamab: null,
  glofitamab: null,
  epcoritamab: null,
  mosunetuzumab: null,
  tarlatamab: null,
  tebentafusp: null,
};
