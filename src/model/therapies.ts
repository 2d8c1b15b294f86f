/**
 * The therapies a reader can choose (one catalogue entry each) and how each drives effector
 * T cells:
 * - CAR-T (CD28 or 4-1BB costimulation): infused cells expand when they meet antigen, under a
 *   programme that winds down by itself; CD28 expands faster and winds down sooner.
 * - Bispecific T-cell engager: given as subcutaneous step-up doses; it activates the patient's
 *   own T cells wherever antigen is present (engagement saturates at low antigen, so burden
 *   matters little) and tolerance builds with repeated exposure (first-dose effect).
 * - Intratumoral immunotherapy: an agent injected into the tumor, in proportion to its bulk, is
 *   released over days and activates T cells.
 */
import type { Drug } from './drugs.ts';
import type { ParameterValues } from './parameters.ts';
import { PRODUCT_IDS, PRODUCT_INFO, isProduct, type ProductId } from './products.ts';
import { THERAPY_SHORT as NAME } from './words.ts';

/** One therapy a reader can choose: what the site calls it and what it is. */
export interface TherapyInfo {
  /** Name as the site's controls show it (./words.ts). */
  readonly name: string;
  /** What it is and how it drives the cascade, in one or two plain sentences. */
  readonly description: string;
}

/**
 * The therapy catalogue, in canonical order. Adding a therapy: its entry here, its words in
 * ./words.ts, its parameter rows in ./parameters.ts, and its case in {@link therapyKinetics}.
 */
const CATALOGUE = {
  'cart-cd28': {
    name: NAME['cart-cd28'],
    description:
      'Infused CAR-T cells with CD28 costimulation: they expand fast when they meet antigen and wind down sooner, so CRS starts earliest.',
  },
  'cart-41bb': {
    name: NAME['cart-41bb'],
    description:
      'Infused CAR-T cells with 4-1BB costimulation: they expand more slowly and for longer, so CRS starts later.',
  },
  bispecific: {
    name: NAME.bispecific,
    description:
      'A bispecific T-cell engager given as step-up doses under the skin: it activates the patient’s own T cells wherever antigen is, so tumor burden matters little, and its cytokine release fades with repeated doses.',
  },
  intratumoral: {
    name: NAME.intratumoral,
    description:
      'An immune-activating agent injected into the tumor, in proportion to its size, and released over days to activate T cells there.',
  },
} as const satisfies Readonly<Record<string, TherapyInfo>>;

/** What triggered the immune attack, as one of the four generic mechanisms. */
export type Therapy = keyof typeof CATALOGUE;

/** A value of the query's `therapy` key: a generic mechanism or a real product (./products.ts). */
export type TherapyId = Therapy | ProductId;

/** Each therapy's catalogue entry. */
export const THERAPY_INFO: Readonly<Record<Therapy, TherapyInfo>> = CATALOGUE;

/** The generic therapies, in canonical order (shared links use them; they keep working). */
export const THERAPIES = Object.keys(CATALOGUE) as readonly Therapy[];

/** Every value of the query's `therapy` key: the generic therapies, then the products. */
export const THERAPY_IDS: readonly TherapyId[] = [...THERAPIES, ...PRODUCT_IDS];

/** Cell dose or drug exposure of the therapy. */
export const DOSES = ['low', 'standard', 'high'] as const;
export type Dose = (typeof DOSES)[number];

/** One dose of a therapy agent into its depot, or one CAR-T infusion. */
export interface AgentDose {
  /** Day the dose is given. */
  readonly day: number;
  /** Amount: relative to the full dose (agent), or effector cells added, r.u. (CAR-T). */
  readonly amount: number;
}

export interface TherapyKinetics {
  readonly therapy: TherapyId;
  /** How effector T cells are driven. */
  readonly mode: 'car' | 'engager' | 'injected';
  /** Effector T cells at day 0, r.u. */
  readonly initialEffectors: number;
  /** CAR-T expansion rate, 1/d (0 for the other modes). */
  readonly expansion: number;
  /** Time constant of the expansion programme, d. */
  readonly programme: number;
  /** Antigen half-saturation of engagement, r.u. */
  readonly antigenHalfSat: number;
  /** T-cell activation per unit of agent at low exposure, 1/(d·r.u.) (0 for CAR-T). */
  readonly activation: number;
  /**
   * Saturation of activation by the agent: activation is k G / (1 + G / K_G), so at most
   * k K_G, r.u. (Infinity: none, activation grows in proportion to the agent).
   */
  readonly agentHalfEffect: number;
  /** Return of activated effector T cells to rest, 1/d. */
  readonly effectorDecay: number;
  /** Agent absorption (depot → active), 1/d. */
  readonly absorption: number;
  /** Agent elimination, 1/d. */
  readonly elimination: number;
  /** Tolerance build-up per unit of agent, 1/(d·r.u.) (bispecific only). */
  readonly toleranceGain: number;
  /** Doses after day 0: into the depot (agent), or added effector cells (CAR-T), in day order. */
  readonly doses: readonly AgentDose[];
  /** Continuous infusion of the agent, rate in r.u./d. */
  readonly infusions: readonly {
    readonly from: number;
    readonly to: number;
    readonly rate: number;
  }[];
  /** Days of premedication doses, per drug in DRUGS order (empty lists when none). */
  readonly premedication: Readonly<Partial<Record<Drug, readonly number[]>>>;
}

/** The dose multiplier of a dose level. */
function doseFactor(dose: Dose, p: ParameterValues): number {
  if (dose === 'low') return p.doseLow;
  if (dose === 'high') return p.doseHigh;
  return 1;
}

/** The generic bispecific's simplified step-up schedule, from the parameter table. */
function genericEngagerDoses(p: ParameterValues, horizon: number): AgentDose[] {
  const doses: AgentDose[] = [
    { day: 0, amount: p.bispecificStep1 },
    { day: p.bispecificStepInterval, amount: p.bispecificStep2 },
    { day: 2 * p.bispecificStepInterval, amount: 1 },
  ];
  for (let day = p.bispecificWeeklyStart; day < horizon; day += 7) doses.push({ day, amount: 1 });
  return doses;
}

/** How one generic therapy at one dose drives effector T cells, for a tumor of `initialTumor` r.u. */
function genericKinetics(
  therapy: Therapy,
  dose: Dose,
  initialTumor: number,
  p: ParameterValues,
  horizon: number,
): TherapyKinetics {
  const f = doseFactor(dose, p);
  const none = {
    therapy,
    initialEffectors: 0,
    expansion: 0,
    programme: 1,
    activation: 0,
    agentHalfEffect: Infinity,
    effectorDecay: p.effectorDecay,
    absorption: 0,
    elimination: 0,
    toleranceGain: 0,
    doses: [] as AgentDose[],
    infusions: [],
    premedication: {},
  };
  switch (therapy) {
    case 'cart-cd28':
    case 'cart-41bb': {
      const cd28 = therapy === 'cart-cd28';
      return {
        ...none,
        mode: 'car',
        initialEffectors: f * p.carInfused,
        expansion: cd28 ? p.carExpansionCd28 : p.carExpansionBb,
        programme: cd28 ? p.carProgrammeCd28 : p.carProgrammeBb,
        antigenHalfSat: p.carHalfSat,
      };
    }
    case 'bispecific':
      return {
        ...none,
        mode: 'engager',
        antigenHalfSat: p.bispecificHalfSat,
        activation: p.bispecificActivation,
        agentHalfEffect: p.bispecificSaturation,
        effectorDecay: p.bispecificDeactivation,
        absorption: p.bispecificAbsorption,
        elimination: p.bispecificElimination,
        toleranceGain: p.toleranceGain,
        doses: genericEngagerDoses(p, horizon).map((d) => ({ ...d, amount: f * d.amount })),
      };
    case 'intratumoral':
      return {
        ...none,
        mode: 'injected',
        // the agent is injected into the tumor itself: no antigen search, so no saturation
        antigenHalfSat: 0,
        activation: p.intratumoralActivation,
        // T cells switched on by the injected agent return to rest as fast as an engager's
        effectorDecay: p.bispecificDeactivation,
        // and their cytokine release fades with exposure, as with an engager
        toleranceGain: p.intratumoralTolerance,
        absorption: p.intratumoralAbsorption,
        elimination: p.intratumoralElimination,
        doses: initialTumor > 0 ? [{ day: 0, amount: f * injectedAmount(initialTumor, p) }] : [],
      };
  }
}

/**
 * The amount injected into a tumor of `initialTumor` r.u.: in proportion to its bulk, but never
 * less than a smallest injection (a lesion small enough to inject still gets a working dose).
 */
function injectedAmount(initialTumor: number, p: ParameterValues): number {
  return p.intratumoralMinimum + (1 - p.intratumoralMinimum) * initialTumor;
}

/**
 * How one therapy (a generic one, or a product: its mechanism driven by its own schedule) at one
 * dose drives effector T cells, for a tumor of `initialTumor` r.u. A product's calibrated
 * parameters are already in `p` (./products.ts `productParameters`).
 */
export function therapyKinetics(
  therapy: TherapyId,
  dose: Dose,
  initialTumor: number,
  p: ParameterValues,
  horizon: number,
): TherapyKinetics {
  const product = isProduct(therapy) ? PRODUCT_INFO[therapy] : null;
  const base = genericKinetics(
    product?.mechanism ?? (therapy as Therapy),
    dose,
    initialTumor,
    p,
    horizon,
  );
  if (product === null) return base;
  const f = doseFactor(dose, p);
  const { schedule } = product;
  const premedication: Partial<Record<Drug, number[]>> = {};
  for (const drug of schedule.premedication?.drugs ?? []) {
    premedication[drug] = schedule.premedication!.days.filter((day) => day < horizon);
  }
  const doses = schedule.doses.filter((d) => d.day < horizon);
  if (base.mode === 'car') {
    // the first infusion is the day-0 state; later ones add cells on their day
    const cells = f * p.carInfused;
    return {
      ...base,
      therapy,
      initialEffectors: cells * (doses.find((d) => d.day === 0)?.amount ?? 0),
      doses: doses.filter((d) => d.day > 0).map((d) => ({ day: d.day, amount: cells * d.amount })),
      premedication,
    };
  }
  return {
    ...base,
    therapy,
    doses: doses.map((d) => ({ day: d.day, amount: f * d.amount })),
    infusions: schedule.infusion.map((segment) => ({
      from: segment.from,
      to: segment.to,
      // a continuous rate that holds the agent at the level one full dose reaches
      rate: f * segment.rate * base.elimination,
    })),
    premedication,
  };
}
