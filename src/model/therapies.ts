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
import type { ParameterValues } from './parameters.ts';
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

/** What triggered the immune attack. */
export type Therapy = keyof typeof CATALOGUE;

/** Each therapy's catalogue entry. */
export const THERAPY_INFO: Readonly<Record<Therapy, TherapyInfo>> = CATALOGUE;

/** The therapies, in canonical order. */
export const THERAPIES = Object.keys(CATALOGUE) as readonly Therapy[];

/** Cell dose or drug exposure of the therapy. */
export const DOSES = ['low', 'standard', 'high'] as const;
export type Dose = (typeof DOSES)[number];

/** One dose of a therapy agent into its depot (bispecific or intratumoral). */
export interface AgentDose {
  /** Day the dose is given. */
  readonly day: number;
  /** Amount, relative to the full dose. */
  readonly amount: number;
}

export interface TherapyKinetics {
  readonly therapy: Therapy;
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
  /** T-cell activation per unit of agent, 1/(d·r.u.) (0 for CAR-T). */
  readonly activation: number;
  /** Return of activated effector T cells to rest, 1/d. */
  readonly effectorDecay: number;
  /** Agent absorption (depot → active), 1/d. */
  readonly absorption: number;
  /** Agent elimination, 1/d. */
  readonly elimination: number;
  /** Tolerance build-up per unit of agent, 1/(d·r.u.) (bispecific only). */
  readonly toleranceGain: number;
  /** Doses into the depot, in day order. */
  readonly doses: readonly AgentDose[];
}

/** The dose multiplier of a dose level. */
function doseFactor(dose: Dose, p: ParameterValues): number {
  if (dose === 'low') return p.doseLow;
  if (dose === 'high') return p.doseHigh;
  return 1;
}

/** How one therapy at one dose drives effector T cells, for a tumor of `initialTumor` r.u. */
export function therapyKinetics(
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
    effectorDecay: p.effectorDecay,
    absorption: 0,
    elimination: 0,
    toleranceGain: 0,
    doses: [] as AgentDose[],
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
    case 'bispecific': {
      const doses: AgentDose[] = [
        { day: 0, amount: f * p.bispecificStep1 },
        { day: p.bispecificStepInterval, amount: f * p.bispecificStep2 },
        { day: 2 * p.bispecificStepInterval, amount: f },
      ];
      for (let day = p.bispecificWeeklyStart; day < horizon; day += 7)
        doses.push({ day, amount: f });
      return {
        ...none,
        mode: 'engager',
        antigenHalfSat: p.bispecificHalfSat,
        activation: p.bispecificActivation,
        effectorDecay: p.bispecificDeactivation,
        absorption: p.bispecificAbsorption,
        elimination: p.bispecificElimination,
        toleranceGain: p.toleranceGain,
        doses,
      };
    }
    case 'intratumoral':
      return {
        ...none,
        mode: 'injected',
        // the agent is injected into the tumor itself: no antigen search, so no saturation
        antigenHalfSat: 0,
        activation: p.intratumoralActivation,
        absorption: p.intratumoralAbsorption,
        elimination: p.intratumoralElimination,
        doses: [{ day: 0, amount: f * initialTumor }],
      };
  }
}
