/**
 * The diseases the products' pivotal trials treated, and how tumor burden (0–100, % of the
 * model's bulky reference tumor) is spread among their patients, for a virtual cohort
 * (./cohort.ts). Burden is drawn log-normally around a median and clipped to 1–100.
 *
 * These spreads are model choices: trials report burden in units the model does not have (sum
 * of product diameters, LDH, marrow blasts, M-protein), so each row says what it leans on.
 */

export interface DiseaseInfo {
  readonly name: string;
  /** Median burden of the trial population, % of the bulky reference. */
  readonly medianBurden: number;
  /** Standard deviation of log burden. */
  readonly spread: number;
  /** What the numbers lean on. */
  readonly grounding: string;
  /** Citation key of that grounding, or null when it is a model choice. */
  readonly cite: string | null;
}

const DISEASES = {
  lbcl: {
    name: 'Large B-cell lymphoma',
    medianBurden: 40,
    spread: 0.8,
    grounding:
      'Refractory large B-cell lymphoma in the pivotal trials ranged from small to bulky disease; burden varied widely and high burden went with poorer durable response.',
    cite: 'locke2020burden',
  },
  mcl: {
    name: 'Mantle cell lymphoma',
    medianBurden: 40,
    spread: 0.8,
    grounding: 'A model choice: spread as for large B-cell lymphoma.',
    cite: null,
  },
  fl: {
    name: 'Follicular lymphoma',
    medianBurden: 25,
    spread: 0.8,
    grounding: 'A model choice: a smaller median than large B-cell lymphoma (an indolent disease).',
    cite: null,
  },
  'b-all': {
    name: 'B-cell acute lymphoblastic leukemia',
    medianBurden: 60,
    spread: 0.9,
    grounding:
      'Marrow blasts stand for burden. ELIANA patients had a median of 74 % marrow blasts at entry; the adults of FELIX had many with over 20 % and some with fewer.',
    cite: 'maude2018eliana',
  },
  mm: {
    name: 'Multiple myeloma',
    medianBurden: 40,
    spread: 0.8,
    grounding:
      'A model choice; for teclistamab, baseline tumor burden did not predict CRS, so the spread matters little for bispecifics.',
    cite: 'martin2023majestec',
  },
  sclc: {
    name: 'Small-cell lung cancer',
    medianBurden: 50,
    spread: 0.7,
    grounding: 'A model choice: extensive-stage disease after two or more lines of treatment.',
    cite: null,
  },
  'uveal-melanoma': {
    name: 'Metastatic uveal melanoma',
    medianBurden: 40,
    spread: 0.8,
    grounding: 'A model choice.',
    cite: null,
  },
} as const satisfies Readonly<Record<string, DiseaseInfo>>;

export type DiseaseId = keyof typeof DISEASES;

/** Each disease by id. */
export const DISEASE_INFO: Readonly<Record<DiseaseId, DiseaseInfo>> = DISEASES;
