/**
 * The explorer's presets: which scenario it opens with, which controls and panels it shows.
 * Content pages pick one (`<Explorer preset="burden" client:visible />`) and may narrow the
 * controls (`controls={['burden']}`); only the full explorer on /explore/ owns the address.
 */
import type { Drug } from '../model/drugs';
import { BURDEN_PRESETS, makeScenario, type Scenario } from '../model/scenario';
import { DEFAULT_VIEW, startOfB, type ViewState } from './view-query';

export const PRESET_IDS = [
  'full',
  'default',
  'burden',
  'drugs',
  'research-arms',
  'cascade-steps',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/**
 * Controls a preset can show. `time` is play/pause, the day scrubber and the speed;
 * `arm-timing` (research arms only) is when the drug starts in the drug arms.
 */
export const CONTROL_IDS = [
  'time',
  'burden',
  'therapy',
  'dose',
  'drugs',
  'compare',
  'reset',
  'arm-timing',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

/** Every control of the full explorer (the arms' timing belongs to the research arms). */
const FULL_CONTROLS: readonly ControlId[] = CONTROL_IDS.filter((id) => id !== 'arm-timing');

/**
 * Panels: the diagram, the moment (summary and key figures), symptoms, charts, research arms,
 * and "100 people like this" (the virtual cohort beside the trial).
 */
export type PanelId = 'diagram' | 'figures' | 'symptoms' | 'charts' | 'arms' | 'cohort';

/** One arm of the research view: the scenario with one drug (or none) added. */
export interface Arm {
  readonly id: string;
  readonly label: string;
  readonly drug: Drug | null;
}

export interface Preset {
  readonly id: PresetId;
  /** Accessible name of the explorer region. */
  readonly label: string;
  readonly scenario: Scenario;
  readonly view: ViewState;
  readonly controls: readonly ControlId[];
  readonly panels: readonly PanelId[];
  /** Play once from day 0 when first scrolled into view (never with reduced motion). */
  readonly autoplay: boolean;
  readonly arms?: readonly Arm[];
}

/** The research arms: the Norelli and Giavridis experiments retold (prophylactic blockade). */
export const RESEARCH_ARMS: readonly Arm[] = [
  { id: 'none', label: 'No drug', drug: null },
  { id: 'tocilizumab', label: 'Tocilizumab', drug: 'tocilizumab' },
  { id: 'anakinra', label: 'Anakinra', drug: 'anakinra' },
];

const high = BURDEN_PRESETS.high;

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  full: {
    id: 'full',
    label: 'Cascade explorer',
    scenario: makeScenario(),
    view: DEFAULT_VIEW,
    controls: FULL_CONTROLS,
    panels: ['diagram', 'figures', 'symptoms', 'charts', 'cohort'],
    autoplay: false,
  },
  default: {
    id: 'default',
    label: 'Cascade explorer: tumor burden',
    scenario: makeScenario(),
    view: DEFAULT_VIEW,
    controls: ['time', 'burden'],
    panels: ['diagram', 'figures', 'symptoms'],
    autoplay: true,
  },
  burden: {
    id: 'burden',
    label: 'Cascade explorer: tumor burden and treatment type',
    scenario: makeScenario(),
    view: DEFAULT_VIEW,
    controls: ['time', 'burden', 'therapy', 'reset'],
    panels: ['diagram', 'figures', 'charts'],
    autoplay: false,
  },
  drugs: {
    id: 'drugs',
    label: 'Cascade explorer: drugs that block the cascade',
    scenario: makeScenario({ burden: high, drugs: { tocilizumab: 'grade2' } }),
    view: { ...DEFAULT_VIEW, compare: 'no-drug' },
    controls: ['time', 'drugs', 'compare', 'reset'],
    panels: ['diagram', 'figures', 'charts'],
    autoplay: false,
  },
  'research-arms': {
    id: 'research-arms',
    label: 'Research arms: no drug, tocilizumab and anakinra',
    scenario: makeScenario({ burden: high, drugs: { tocilizumab: 'day0', anakinra: 'day0' } }),
    view: { ...DEFAULT_VIEW, day: 6 },
    controls: ['time', 'burden', 'arm-timing', 'reset'],
    panels: ['arms', 'charts'],
    autoplay: false,
    arms: RESEARCH_ARMS,
  },
  'cascade-steps': {
    id: 'cascade-steps',
    label: 'The cascade, animated',
    scenario: makeScenario({ burden: high }),
    view: DEFAULT_VIEW,
    controls: ['time', 'burden'],
    panels: ['diagram'],
    autoplay: true,
  },
};

export function presetOf(id: string): Preset {
  return (PRESET_IDS as readonly string[]).includes(id) ? PRESETS[id as PresetId] : PRESETS.full;
}

/** The scenario of one arm: the base scenario with only the arm's drug, at its timing in the base. */
export function armScenario(base: Scenario, arm: Arm): Scenario {
  const drugs: Partial<Record<Drug, Scenario['drugs'][Drug]>> = {};
  if (arm.drug !== null)
    drugs[arm.drug] = base.drugs[arm.drug] === 'off' ? 'day0' : base.drugs[arm.drug];
  return makeScenario({ therapy: base.therapy, burden: base.burden, dose: base.dose, drugs });
}

/** The same scenario with every drug off (the "compare with no drug" run; where B starts). */
export const withoutDrugs = startOfB;
