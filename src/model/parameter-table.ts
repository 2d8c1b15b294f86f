/**
 * The one parameter table of the cascade model, as the "About the model" page renders it: for
 * every parameter its symbol, unit, meaning and grounding (a citation key of
 * `content/references.json`, or the numbered behaviour of model.md ("Qualitative behaviour the
 * model must show") it was chosen to reproduce), joined with its value from ./parameters.ts. The
 * page renders this table, so it cannot drift from the numbers the model uses.
 */
import { DEFAULT_PARAMETERS, type ParameterId } from './parameters.ts';

export type ParameterSource =
  | { readonly cite: string; readonly note?: string }
  | { readonly behaviour: number; readonly note?: string };

export type ParameterGroup = 'tumor' | 'therapy' | 'cascade' | 'drugs' | 'observables';

export interface ParameterEntry {
  readonly id: ParameterId;
  /** LaTeX (KaTeX-compatible) symbol used in the equations on the model page. */
  readonly symbol: string;
  readonly value: number;
  readonly unit: string;
  readonly meaning: string;
  readonly group: ParameterGroup;
  readonly source: ParameterSource;
}

const notes = {
  // ---- tumor --------------------------------------------------------------------------------
  tumorGrowth: {
    symbol: 'r_A',
    unit: '1/d',
    meaning: 'Net growth rate of the tumor when nothing attacks it (doubling in about 3 weeks).',
    group: 'tumor',
    source: {
      behaviour: 7,
      note: 'slow enough that a tumor left alone for 28 days is still recognisable',
    },
  },
  tumorCapacity: {
    symbol: 'A_{\\max}',
    unit: 'r.u. (1 = bulky reference)',
    meaning: 'Largest tumor the model lets grow (keeps every state bounded).',
    group: 'tumor',
    source: { behaviour: 11 },
  },
  killRate: {
    symbol: 'k_K',
    unit: '1/(d·r.u.)',
    meaning: 'Tumor killing per unit of activated effector T cells.',
    group: 'tumor',
    source: { behaviour: 7 },
  },
  killHalfSat: {
    symbol: 'K_K',
    unit: 'r.u.',
    meaning: 'Tumor size at which killing runs at half its T-cell-limited maximum.',
    group: 'tumor',
    source: { behaviour: 7 },
  },

  // ---- therapies ----------------------------------------------------------------------------
  carInfused: {
    symbol: 'T_0',
    unit: 'r.u.',
    meaning: 'Activated CAR-T cells present right after a standard-dose infusion.',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  carExpansionCd28: {
    symbol: '\\rho_{28}',
    unit: '1/d',
    meaning: 'Peak antigen-driven expansion rate of CD28-costimulated CAR-T cells (fast).',
    group: 'therapy',
    source: { behaviour: 3, note: 'CD28 products start CRS earlier than 4-1BB products' },
  },
  carProgrammeCd28: {
    symbol: '\\tau_{28}',
    unit: 'd',
    meaning: 'Time constant over which the CD28 expansion programme winds down by itself.',
    group: 'therapy',
    source: {
      behaviour: 7,
      note: 'a programme that ends by itself makes steroids cost tumor control',
    },
  },
  carExpansionBb: {
    symbol: '\\rho_{BB}',
    unit: '1/d',
    meaning: 'Peak antigen-driven expansion rate of 4-1BB-costimulated CAR-T cells (slower).',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  carProgrammeBb: {
    symbol: '\\tau_{BB}',
    unit: 'd',
    meaning: 'Time constant of the slower, longer 4-1BB expansion programme.',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  carHalfSat: {
    symbol: 'K_{\\mathrm{CAR}}',
    unit: 'r.u.',
    meaning:
      'Antigen level at which CAR-T expansion runs at half speed; large, so tumor burden matters a lot.',
    group: 'therapy',
    source: {
      cite: 'hay2017',
      note: 'high marrow tumor burden independently predicted CRS (any grade) after CD19 CAR-T; the size is a model choice',
    },
  },
  carHomeostatic: {
    symbol: 'b',
    unit: '–',
    meaning:
      'Share of CAR-T expansion that needs no antigen (T-cell reconstitution after lymphodepletion).',
    group: 'therapy',
    source: {
      cite: 'kimmel2021',
      note: 'expansion explained by reconstitution after lymphodepletion',
    },
  },
  carReleaseFloor: {
    symbol: 'c_0',
    unit: 'share 0–1',
    meaning:
      'Share of their cytokine output CAR-T cells keep once their expansion programme has run out: they release most while expanding, so CRS resolves within about a week even when tumor is left.',
    group: 'therapy',
    source: {
      cite: 'schuster2019juliet',
      note: 'CRS lasted a median of about a week with tisagenlecleucel, whatever the response',
    },
  },

  effectorCapacity: {
    symbol: 'T_{\\max}',
    unit: 'r.u.',
    meaning: 'Largest effector T-cell pool (keeps expansion bounded).',
    group: 'therapy',
    source: { behaviour: 11 },
  },
  effectorDecay: {
    symbol: '\\delta_T',
    unit: '1/d',
    meaning: 'Contraction rate of activated effector T cells.',
    group: 'therapy',
    source: { behaviour: 3, note: 'CRS resolves within days once expansion ends' },
  },
  doseLow: {
    symbol: 'f_{\\mathrm{low}}',
    unit: '×',
    meaning: 'Multiplier of cell dose or drug exposure for the low dose.',
    group: 'therapy',
    source: { cite: 'hay2017', note: 'higher CAR-T dose raised CRS risk' },
  },
  doseHigh: {
    symbol: 'f_{\\mathrm{high}}',
    unit: '×',
    meaning: 'Multiplier of cell dose or drug exposure for the high dose.',
    group: 'therapy',
    source: { cite: 'hay2017' },
  },
  bispecificActivation: {
    symbol: 'k_B',
    unit: '1/(d·r.u.)',
    meaning: 'Effector T cells activated per unit of bispecific engager, when antigen is present.',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  bispecificDeactivation: {
    symbol: '\\delta_B',
    unit: '1/d',
    meaning:
      'Return to rest of T cells activated by the engager (activation follows drug exposure, not self-sustaining expansion).',
    group: 'therapy',
    source: {
      cite: 'thieblemont2023',
      note: 'bispecific CRS starts within about a day of a dose and resolves within about 2 days',
    },
  },
  bispecificHalfSat: {
    symbol: 'K_B',
    unit: 'r.u.',
    meaning:
      'Antigen level for half-maximal engagement by a bispecific; small, so tumor burden matters little.',
    group: 'therapy',
    source: {
      cite: 'martin2023majestec',
      note: 'baseline tumor burden did not appear to predict CRS with teclistamab',
    },
  },
  bispecificSaturation: {
    symbol: 'K_G',
    unit: 'r.u. (1 = a full dose)',
    meaning:
      'Engager level at which T-cell activation is half its most: activation saturates, so a step-up dose a tenth of the full dose already does much of what the full dose does.',
    group: 'therapy',
    source: {
      behaviour: 3,
      note: 'generic engager: almost no saturation; products are calibrated',
    },
  },
  bispecificNormalTarget: {
    symbol: 'n_B',
    unit: 'share 0–1',
    meaning:
      'Share of an engager’s T-cell activation that comes from its target on normal cells (B cells, plasma cells) rather than the tumor: T cells keep working as the tumor empties, so a small tumor is cleared at least as well as a large one. Only tumor engagement releases cytokines.',
    group: 'therapy',
    source: { behaviour: 1, note: 'low burden must not clear less tumor than high burden' },
  },

  bispecificStep1: {
    symbol: 'd_1',
    unit: '× full dose',
    meaning: 'First step-up dose as a fraction of the full dose (0.06 of 1.5 mg/kg).',
    group: 'therapy',
    source: { cite: 'martin2023majestec' },
  },
  bispecificStep2: {
    symbol: 'd_2',
    unit: '× full dose',
    meaning: 'Second step-up dose as a fraction of the full dose (0.3 of 1.5 mg/kg).',
    group: 'therapy',
    source: { cite: 'martin2023majestec' },
  },
  bispecificStepInterval: {
    symbol: '\\Delta_{\\mathrm{step}}',
    unit: 'd',
    meaning: 'Days between step-up doses (simplified schedule).',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  bispecificWeeklyStart: {
    symbol: 't_{\\mathrm{weekly}}',
    unit: 'd',
    meaning: 'Day of the first weekly full dose after step-up (then every 7 days).',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  bispecificAbsorption: {
    symbol: 'k_a^B',
    unit: '1/d',
    meaning: 'Absorption rate of the subcutaneous engager (gives the rise lag).',
    group: 'therapy',
    source: { behaviour: 3, note: 'onset at day 1 or later' },
  },
  bispecificElimination: {
    symbol: 'k_e^B',
    unit: '1/d',
    meaning: 'Elimination rate of the engager.',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  toleranceGain: {
    symbol: 'k_Q',
    unit: '1/(d·r.u.)',
    meaning: 'Build-up of tolerance to the engager (cytokine release fades with repeated doses).',
    group: 'therapy',
    source: { behaviour: 3, note: 'first-dose effect of bispecifics' },
  },
  toleranceDecay: {
    symbol: '\\delta_Q',
    unit: '1/d',
    meaning: 'Loss of tolerance between doses.',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  intratumoralActivation: {
    symbol: 'k_I',
    unit: '1/(d·r.u.)',
    meaning: 'Effector T cells activated per unit of injected agent released from the tumor.',
    group: 'therapy',
    source: {
      cite: 'staedtke2018',
      note: 'intratumoral immunotherapies trigger CRS-like cytokine release',
    },
  },
  intratumoralAbsorption: {
    symbol: 'k_a^I',
    unit: '1/d',
    meaning: 'Release rate of the agent from the injected tumor (the rise lag).',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  intratumoralElimination: {
    symbol: 'k_e^I',
    unit: '1/d',
    meaning: 'Elimination rate of the released agent.',
    group: 'therapy',
    source: { behaviour: 3 },
  },
  intratumoralMinimum: {
    symbol: 'a_{\\min}',
    unit: '× full dose',
    meaning:
      'Smallest injection into a tumor: the injected amount is a_min + (1 − a_min) × its bulk, so a small lesion still gets a working dose and clears at least as well as a large one.',
    group: 'therapy',
    source: { behaviour: 1, note: 'low burden must not clear less tumor than high burden' },
  },
  intratumoralTolerance: {
    symbol: 'k_{Q,\\mathrm{it}}',
    unit: '1/(d·r.u.)',
    meaning:
      'Tolerance build-up per unit of injected agent: the cytokine release it sets off fades within days, as with an engager.',
    group: 'therapy',
    source: { behaviour: 3, note: 'keeps CRS after an injection to days, not weeks' },
  },

  // ---- the cascade --------------------------------------------------------------------------
  tcellCytokineRelease: {
    symbol: 's_C',
    unit: '1/d',
    meaning: 'T-cell cytokine (IFN-γ, GM-CSF, TNF) release per unit of effector T cells.',
    group: 'cascade',
    source: { cite: 'morris2022' },
  },
  tcellCytokineClearance: {
    symbol: 'k_C',
    unit: '1/d',
    meaning: 'Clearance of T-cell cytokines.',
    group: 'cascade',
    source: { behaviour: 4 },
  },
  macrophageActivation: {
    symbol: 'k_M',
    unit: '1/d',
    meaning: 'Monocyte/macrophage activation per unit of stimulus.',
    group: 'cascade',
    source: {
      cite: 'giavridis2018',
      note: 'in mice, macrophages, not CAR-T cells, drove CRS; the rate is a model choice',
    },
  },
  damageSignal: {
    symbol: 'w_D',
    unit: 'd',
    meaning: 'Weight of damage signals from dying tumor cells in monocyte activation.',
    group: 'cascade',
    source: { cite: 'santurio2025' },
  },
  damageSaturation: {
    symbol: '\\kappa_D',
    unit: 'r.u./d',
    meaning:
      'Killing rate at which the damage signal reaches half its most: macrophages respond to dying tumor cells only so much, so a large tumor does not keep driving CRS through damage alone.',
    group: 'cascade',
    source: {
      cite: 'martin2023majestec',
      note: 'with an engager, tumor burden did not predict CRS',
    },
  },

  il1Feedback: {
    symbol: '\\gamma_1',
    unit: '–',
    meaning: 'IL-1 feedback on monocyte activation; loop gain kM·γ1/δM must stay below 1.',
    group: 'cascade',
    source: { behaviour: 2, note: 'above gain 1 every burden latches at grade 4' },
  },
  macrophageDecay: {
    symbol: '\\delta_M',
    unit: '1/d',
    meaning: 'Return of activated monocytes/macrophages to rest.',
    group: 'cascade',
    source: { behaviour: 2 },
  },
  il1Max: {
    symbol: 'L_1^{\\max}',
    unit: 'pg/mL',
    meaning: 'Serum IL-1 when every monocyte is activated (illustrative size).',
    group: 'cascade',
    source: {
      cite: 'norelli2018',
      note: 'illustrative size (a model choice); in mice, monocytes were the main source of IL-1 and IL-6',
    },
  },
  il1Baseline: {
    symbol: 'L_1^{0}',
    unit: 'pg/mL',
    meaning: 'Serum IL-1 at rest.',
    group: 'cascade',
    source: { behaviour: 11 },
  },
  il1Clearance: {
    symbol: 'k_1',
    unit: '1/d',
    meaning: 'IL-1 clearance (fast, so IL-1 tracks monocyte activation).',
    group: 'cascade',
    source: { behaviour: 4, note: 'IL-1 peaks no later than IL-6' },
  },
  il6Max: {
    symbol: 'L_6^{\\max}',
    unit: 'pg/mL',
    meaning: 'Untreated steady serum IL-6 if every monocyte were activated, without IL-1 help.',
    group: 'cascade',
    source: {
      cite: 'norelli2018',
      note: 'illustrative size (a model choice), not a measured patient level; the source shows only that monocytes made the IL-6 (in mice)',
    },
  },
  il6Baseline: {
    symbol: 'L_6^{0}',
    unit: 'pg/mL',
    meaning: 'Serum IL-6 at rest.',
    group: 'cascade',
    source: { behaviour: 11 },
  },
  il1OnIl6: {
    symbol: 'a_{16}',
    unit: '–',
    meaning: 'Extra IL-6 output when IL-1 signaling is at its maximum (IL-1 upstream of IL-6).',
    group: 'cascade',
    source: { cite: 'tosato1990', note: 'IL-1 induces IL-6 production in monocytes' },
  },
  il6Clearance: {
    symbol: 'k_6',
    unit: '1/d',
    meaning: 'Total clearance of free IL-6 with its receptors unblocked.',
    group: 'cascade',
    source: { behaviour: 4 },
  },
  il6ReceptorShare: {
    symbol: 'f_R',
    unit: '–',
    meaning: 'Share of IL-6 clearance that goes through its receptor (blocked by tocilizumab).',
    group: 'cascade',
    source: { cite: 'nishimoto2008', note: 'serum IL-6 rises after IL-6 receptor blockade' },
  },
  endothelialActivation: {
    symbol: 'k_E',
    unit: '1/d',
    meaning: 'Endothelial activation per unit of IL-6 (trans-)signaling and IL-1.',
    group: 'cascade',
    source: { cite: 'hay2017', note: 'endothelial activation accompanies severe CRS' },
  },
  endothelialIl6: {
    symbol: 'K_{E6}',
    unit: 'pg/mL',
    meaning: 'IL-6 signal giving one unit of endothelial drive.',
    group: 'cascade',
    source: { behaviour: 2 },
  },
  endothelialIl1: {
    symbol: 'w_{E1}',
    unit: '–',
    meaning: 'Weight of IL-1 signaling in endothelial drive.',
    group: 'cascade',
    source: { behaviour: 6 },
  },
  endothelialRecovery: {
    symbol: '\\delta_E',
    unit: '1/d',
    meaning: 'Endothelial recovery rate (responds within about a day).',
    group: 'cascade',
    source: { behaviour: 5, note: 'a drug started at grade 2 must act before grade 3' },
  },
  cnsActivation: {
    symbol: 'k_N',
    unit: '1/d',
    meaning: 'Build-up of CNS inflammation, gated by IL-1 reaching the brain.',
    group: 'cascade',
    source: {
      cite: 'norelli2018',
      note: 'IL-1 blockade abolished neurotoxicity where IL-6 receptor blockade did not (mice); the rate is a model choice',
    },
  },
  cnsIl6: {
    symbol: 'K_{N6}',
    unit: 'pg/mL',
    meaning: 'Free serum IL-6 at which its CNS effect is half-maximal.',
    group: 'cascade',
    source: { cite: 'santomasso2018', note: 'blood–CSF barrier disruption with high CSF IL-6' },
  },
  cnsEndothelium: {
    symbol: 'w_{NE}',
    unit: '–',
    meaning: 'Weight of endothelial activation in CNS inflammation.',
    group: 'cascade',
    source: { behaviour: 5 },
  },
  cnsCapacity: {
    symbol: 'N_{\\max}',
    unit: 'r.u.',
    meaning: 'Largest CNS inflammation (keeps it bounded).',
    group: 'cascade',
    source: { behaviour: 11 },
  },
  cnsRecovery: {
    symbol: '\\delta_N',
    unit: '1/d',
    meaning: 'Slow resolution of CNS inflammation (ICANS can outlast CRS).',
    group: 'cascade',
    source: { behaviour: 5 },
  },
  crpMax: {
    symbol: 'R_{\\max}',
    unit: 'mg/L',
    meaning: 'Highest CRP the liver makes under full IL-6 signaling.',
    group: 'cascade',
    source: {
      cite: 'lee2015lancet',
      note: 'illustrative ceiling (a model choice), not a measured maximum; the source shows only that CRP follows IL-6 closely',
    },
  },
  crpIl6: {
    symbol: 'K_R',
    unit: 'pg/mL',
    meaning: 'IL-6 signal for half-maximal CRP production.',
    group: 'cascade',
    source: {
      cite: 'lee2015lancet',
      note: 'a model choice; the source shows that CRP follows IL-6',
    },
  },
  crpBaseline: {
    symbol: 'R_0',
    unit: 'mg/L',
    meaning: 'CRP at rest.',
    group: 'cascade',
    source: { behaviour: 11 },
  },
  crpClearance: {
    symbol: 'k_R',
    unit: '1/d',
    meaning: 'CRP turnover (CRP lags IL-6 and falls within about a day of IL-6 blockade).',
    group: 'cascade',
    source: { behaviour: 5 },
  },

  // ---- drugs --------------------------------------------------------------------------------
  tocilizumabHalfLife: {
    symbol: 't_{1/2}^{\\mathrm{toc}}',
    unit: 'd',
    meaning: 'Half-life of one tocilizumab dose in the model (a single dose is modeled).',
    group: 'drugs',
    source: {
      behaviour: 5,
      note: 'a model-tuning value, not a drug fact: shorter than the half-life in the drug label',
    },
  },
  tocilizumabIc50: {
    symbol: 'IC_{50}^{\\mathrm{toc}}',
    unit: '× starting level',
    meaning: 'Level at which tocilizumab occupies half the IL-6 receptors.',
    group: 'drugs',
    source: { behaviour: 5 },
  },
  siltuximabHalfLife: {
    symbol: 't_{1/2}^{\\mathrm{sil}}',
    unit: 'd',
    meaning: 'Half-life of one siltuximab dose in the model.',
    group: 'drugs',
    source: {
      behaviour: 8,
      note: 'a model-tuning value, not a drug fact: shorter than the half-life in the drug label',
    },
  },
  siltuximabIc50: {
    symbol: 'IC_{50}^{\\mathrm{sil}}',
    unit: '× starting level',
    meaning: 'Level at which siltuximab binds half of the IL-6 it meets.',
    group: 'drugs',
    source: { behaviour: 8 },
  },
  siltuximabBinding: {
    symbol: 'k_S',
    unit: '1/d',
    meaning: 'Removal of free IL-6 by siltuximab binding at full effect.',
    group: 'drugs',
    source: { behaviour: 8, note: 'binding IL-6 itself: free IL-6 falls rather than rises' },
  },
  anakinraHalfLife: {
    symbol: 't_{1/2}^{\\mathrm{ana}}',
    unit: 'd',
    meaning: 'Half-life of anakinra (short; given repeatedly through its course).',
    group: 'drugs',
    source: { behaviour: 6 },
  },
  anakinraCourse: {
    symbol: 'D^{\\mathrm{ana}}',
    unit: 'd',
    meaning: 'Length of an anakinra course.',
    group: 'drugs',
    source: { behaviour: 6 },
  },
  anakinraIc50: {
    symbol: 'IC_{50}^{\\mathrm{ana}}',
    unit: '× steady level',
    meaning: 'Level at which anakinra occupies half the IL-1 receptors.',
    group: 'drugs',
    source: { behaviour: 6 },
  },
  anakinraCns: {
    symbol: '\\phi_{\\mathrm{ana}}',
    unit: '–',
    meaning:
      'Share of anakinra’s IL-1 blockade that acts on the IL-1 signal reaching the brain (a modeling choice: measured CSF penetration is low).',
    group: 'drugs',
    source: {
      behaviour: 6,
      note: 'IL-1 blockade prevented neurotoxicity in mice although little anakinra enters the CSF',
    },
  },
  dexamethasoneHalfLife: {
    symbol: 't_{1/2}^{\\mathrm{dex}}',
    unit: 'd',
    meaning: 'Half-life of the steroid effect (given repeatedly through its course).',
    group: 'drugs',
    source: { behaviour: 7 },
  },
  dexamethasoneCourse: {
    symbol: 'D^{\\mathrm{dex}}',
    unit: 'd',
    meaning: 'Length of a dexamethasone course before the taper ends.',
    group: 'drugs',
    source: {
      cite: 'santomasso2021asco',
      note: 'course length is a model choice: ASCO sets no fixed length and advises a rapid taper once symptoms improve',
    },
  },
  courseAfterResolution: {
    symbol: 'D_{\\mathrm{after}}',
    unit: 'd',
    meaning:
      'Dexamethasone goes on past its set course while CRS or ICANS lasts, and stops this long after both are gone (then tapers with its half-life).',
    group: 'drugs',
    source: {
      cite: 'santomasso2021asco',
      note: 'steroids are given until CRS or ICANS improves, then tapered',
    },
  },
  courseCrp: {
    symbol: 'R_{\\mathrm{course}}',
    unit: 'mg/L',
    meaning:
      'CRP above which a dexamethasone course counts the inflammation as still active and goes on (with CRS or ICANS present it always goes on).',
    group: 'drugs',
    source: {
      behaviour: 7,
      note: 'an earlier start is never worse: the course ends when the inflammation does, not at a fixed day',
    },
  },

  dexamethasoneEc50: {
    symbol: 'EC_{50}^{\\mathrm{dex}}',
    unit: '× steady level',
    meaning: 'Level giving half the maximal steroid effect.',
    group: 'drugs',
    source: { behaviour: 7 },
  },
  dexamethasoneOnTcells: {
    symbol: '\\sigma_T',
    unit: '–',
    meaning: 'Largest fraction by which steroids slow T-cell expansion and activation.',
    group: 'drugs',
    source: { behaviour: 7 },
  },
  dexamethasoneOnCytokines: {
    symbol: '\\sigma_C',
    unit: '–',
    meaning: 'Largest fraction by which steroids cut cytokine output (T cells and monocytes).',
    group: 'drugs',
    source: { behaviour: 7 },
  },
  dexamethasoneOnCns: {
    symbol: '\\sigma_N',
    unit: '–',
    meaning: 'Largest fraction by which steroids damp CNS inflammation (they reach the brain).',
    group: 'drugs',
    source: { cite: 'santomasso2021asco', note: 'steroids are first line for ICANS' },
  },
  antihistamineHalfLife: {
    symbol: 't_{1/2}^{\\mathrm{ah}}',
    unit: 'd',
    meaning: 'Half-life of the antihistamine (exposure shown; it changes nothing in the cascade).',
    group: 'drugs',
    source: { behaviour: 9 },
  },
  antihistamineIc50: {
    symbol: 'IC_{50}^{\\mathrm{ah}}',
    unit: '× steady level',
    meaning: 'Level at which the antihistamine occupies half the H1 receptors (display only).',
    group: 'drugs',
    source: { behaviour: 9 },
  },
  antipyreticHalfLife: {
    symbol: 't_{1/2}^{\\mathrm{ap}}',
    unit: 'd',
    meaning: 'Half-life of the antipyretic (given regularly once started).',
    group: 'drugs',
    source: { behaviour: 10 },
  },
  antipyreticEc50: {
    symbol: 'EC_{50}^{\\mathrm{ap}}',
    unit: '× steady level',
    meaning: 'Level giving half the maximal antipyretic effect.',
    group: 'drugs',
    source: { behaviour: 10 },
  },
  antipyreticEffect: {
    symbol: '\\phi_{\\mathrm{ap}}',
    unit: '–',
    meaning:
      'Largest share of the fever rise an antipyretic removes (it does not touch the cascade).',
    group: 'drugs',
    source: { behaviour: 10 },
  },

  // ---- observables --------------------------------------------------------------------------
  baseTemperature: {
    symbol: '\\Theta_0',
    unit: '°C',
    meaning: 'Body temperature at rest.',
    group: 'observables',
    source: { behaviour: 2 },
  },
  feverRange: {
    symbol: '\\Delta\\Theta',
    unit: '°C',
    meaning: 'Largest rise of temperature under maximal pyrogen signal.',
    group: 'observables',
    source: { behaviour: 2 },
  },
  feverIl6: {
    symbol: 'K_{\\Theta 6}',
    unit: 'pg/mL',
    meaning: 'IL-6 signal giving one unit of pyrogen drive at the fever center.',
    group: 'observables',
    source: { behaviour: 5, note: 'fever falls within about a day of tocilizumab' },
  },
  feverIl1: {
    symbol: 'w_{\\Theta 1}',
    unit: '–',
    meaning: 'Weight of IL-1 signaling in pyrogen drive.',
    group: 'observables',
    source: { behaviour: 5 },
  },
  fluidsThreshold: {
    symbol: 'E_{\\mathrm{fl}}',
    unit: 'r.u.',
    meaning: 'Endothelial activation at which blood pressure needs fluids.',
    group: 'observables',
    source: { behaviour: 2 },
  },
  onePressorThreshold: {
    symbol: 'E_{\\mathrm{vp1}}',
    unit: 'r.u.',
    meaning: 'Endothelial activation at which one vasopressor is needed.',
    group: 'observables',
    source: { behaviour: 2 },
  },
  pressorsThreshold: {
    symbol: 'E_{\\mathrm{vp2}}',
    unit: 'r.u.',
    meaning: 'Endothelial activation at which several vasopressors are needed.',
    group: 'observables',
    source: { behaviour: 2 },
  },
  lowFlowThreshold: {
    symbol: 'E_{\\mathrm{lo}}',
    unit: 'r.u.',
    meaning: 'Endothelial activation (lung leak) at which low-flow oxygen is needed.',
    group: 'observables',
    source: { behaviour: 2 },
  },
  highFlowThreshold: {
    symbol: 'E_{\\mathrm{hi}}',
    unit: 'r.u.',
    meaning: 'Endothelial activation at which high-flow oxygen is needed.',
    group: 'observables',
    source: { behaviour: 2 },
  },
  positivePressureThreshold: {
    symbol: 'E_{\\mathrm{pp}}',
    unit: 'r.u.',
    meaning: 'Endothelial activation at which positive-pressure support is needed.',
    group: 'observables',
    source: { behaviour: 2 },
  },
  iceLossStart: {
    symbol: 'N_{\\mathrm{ice}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which ICE points start to be lost.',
    group: 'observables',
    source: { behaviour: 6 },
  },
  iceLossEnd: {
    symbol: 'N_{\\mathrm{ice},0}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which the ICE score reaches 0.',
    group: 'observables',
    source: { behaviour: 6 },
  },
  drowsyThreshold: {
    symbol: 'N_{\\mathrm{drowsy}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which the patient is drowsy (wakes by themselves).',
    group: 'observables',
    source: { behaviour: 6 },
  },
  voiceThreshold: {
    symbol: 'N_{\\mathrm{voice}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which the patient wakes only to voice.',
    group: 'observables',
    source: { behaviour: 6 },
  },
  touchThreshold: {
    symbol: 'N_{\\mathrm{touch}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which the patient wakes only to touch.',
    group: 'observables',
    source: { behaviour: 6 },
  },
  unarousableThreshold: {
    symbol: 'N_{\\mathrm{coma}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which the patient cannot be roused.',
    group: 'observables',
    source: { behaviour: 6 },
  },
  seizureThreshold: {
    symbol: 'N_{\\mathrm{sz}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which a brief seizure occurs.',
    group: 'observables',
    source: { behaviour: 6 },
  },
  statusThreshold: {
    symbol: 'N_{\\mathrm{sz,4}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which seizures become prolonged or repeated.',
    group: 'observables',
    source: { behaviour: 6 },
  },
  focalEdemaThreshold: {
    symbol: 'N_{\\mathrm{ed}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which focal brain swelling appears.',
    group: 'observables',
    source: { behaviour: 6 },
  },
  diffuseEdemaThreshold: {
    symbol: 'N_{\\mathrm{ed,4}}',
    unit: 'r.u.',
    meaning: 'CNS inflammation at which brain swelling becomes diffuse.',
    group: 'observables',
    source: { behaviour: 6 },
  },
} as const satisfies Record<ParameterId, Omit<ParameterEntry, 'id' | 'value'>>;

/** The table as a plain array, in a stable order, for pages and tests. */
export const PARAMETERS: readonly ParameterEntry[] = (Object.keys(notes) as ParameterId[]).map(
  (id) => ({ id, value: DEFAULT_PARAMETERS[id], ...notes[id] }),
);

/** Look one parameter up by id. */
export function parameter(id: ParameterId): ParameterEntry {
  return { id, value: DEFAULT_PARAMETERS[id], ...notes[id] };
}
