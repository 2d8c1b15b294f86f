/**
 * ASTCT 2019 consensus grading (Lee et al., key `lee2019astct`): CRS grade, ICANS grade for
 * adults and children of 12 or older, and the ICE score. Pure functions over typed inputs,
 * used by the model and by the clinician calculators. Each result names the criterion that set
 * the grade (so a page can highlight that row of the consensus table) and says why in a
 * sentence.
 *
 * Not modeled: grade 5 (death), organ toxicities (graded separately with CTCAE and not part of
 * the CRS grade), the CAPD score for younger children.
 */
import {
  BP_FINDING,
  CONSCIOUSNESS_FINDING,
  EDEMA_FINDING,
  MOTOR_FINDING,
  O2_FINDING,
  SEIZURE_FINDING,
} from './words.ts';

/** Fever threshold of the consensus, °C: a temperature of exactly 38.0 °C is fever. */
export const FEVER_THRESHOLD_C = 38.0;

/**
 * Slack for comparing a temperature with a line, °C: a reading converted from °F (100.4 °F is
 * 38.00000000000001 °C, 96.8 °F is 35.99999999999999 °C) lands on the line, not beside it.
 */
const LINE_SLACK = 1e-9;

/** True when `value` is at or above `line`, up to unit-conversion float error. */
export function atOrAbove(value: number, line: number): boolean {
  return value >= line - LINE_SLACK;
}

/**
 * The one fever rule of the site (ASTCT 2019): a temperature of 38.0 °C or more, judged on the
 * reading itself, never on a rounded display (37.96 °C is no fever and shows as 37.9).
 */
export function isFever(celsius: number): boolean {
  return atOrAbove(celsius, FEVER_THRESHOLD_C);
}

/** Blood-pressure support, mildest first. `one-pressor` includes one vasopressor plus vasopressin. */
export const BP_SUPPORT = ['none', 'fluids', 'one-pressor', 'multiple-pressors'] as const;
export type BpSupport = (typeof BP_SUPPORT)[number];

/** Oxygen support, mildest first. Low-flow is ≤ 6 L/min (or blow-by); high-flow is > 6 L/min. */
export const O2_SUPPORT = ['none', 'low-flow', 'high-flow', 'positive-pressure'] as const;
export type O2Support = (typeof O2_SUPPORT)[number];

export type CrsGrade = 0 | 1 | 2 | 3 | 4;
export type IcansGrade = 0 | 1 | 2 | 3 | 4;

/** What a clinician (or the model) observes for CRS grading. */
export interface CrsInputs {
  /** Highest temperature, °C. */
  readonly temperature: number;
  /** Blood-pressure support needed. */
  readonly bp: BpSupport;
  /** Oxygen support needed (oxygen for comfort only does not count). */
  readonly o2: O2Support;
  /**
   * True when CRS was already present (a fever of 38.0 °C or more) and an antipyretic or
   * anti-cytokine drug (acetaminophen, tocilizumab, steroids…) has since been given. ASTCT
   * waives the fever only then: a drug given before any CRS (prophylaxis, premedication before
   * a bispecific dose) does not let low blood pressure or low oxygen alone count as CRS.
   */
  readonly masked: boolean;
}

/** The row of the CRS table that set the grade. */
export type CrsCriterion = 'fever' | 'hypotension' | 'hypoxia' | 'none';

export interface CrsResult {
  readonly grade: CrsGrade;
  /** The criterion that set the grade; hypotension is named first when both tie. */
  readonly criterion: CrsCriterion;
  /** Every criterion that reaches the grade (both hypotension and hypoxia on a tie). */
  readonly criteria: readonly CrsCriterion[];
  /** One plain sentence saying why. */
  readonly because: string;
  /**
   * True when fever is masked by treatment and no grade 2–4 finding is present: the grade is 0
   * because grade 1 needs a measured fever, which here cannot be read as "no CRS".
   */
  readonly maskedWithoutFindings: boolean;
}

const BP_GRADE: Readonly<Record<BpSupport, CrsGrade>> = {
  none: 0,
  fluids: 2,
  'one-pressor': 3,
  'multiple-pressors': 4,
};

const O2_GRADE: Readonly<Record<O2Support, CrsGrade>> = {
  none: 0,
  'low-flow': 2,
  'high-flow': 3,
  'positive-pressure': 4,
};

const BP_GRADES: readonly CrsGrade[] = BP_SUPPORT.map((level) => BP_GRADE[level]);
const O2_GRADES: readonly CrsGrade[] = O2_SUPPORT.map((level) => O2_GRADE[level]);

/**
 * The CRS grade alone, from support levels given as indices into {@link BP_SUPPORT} and
 * {@link O2_SUPPORT}: the allocation-free form the model calls at every step. Same rules as
 * {@link gradeCrs}.
 */
export function crsGradeOf(
  temperature: number,
  bpLevel: number,
  o2Level: number,
  masked: boolean,
): CrsGrade {
  const fever = isFever(temperature);
  if (!fever && !masked) return 0;
  const organ = Math.max(BP_GRADES[bpLevel] ?? 0, O2_GRADES[o2Level] ?? 0) as CrsGrade;
  if (organ > 0) return organ;
  return fever ? 1 : 0;
}

/**
 * A number to one decimal, as thermometers and charts show it, but never rounded across any of
 * `lines` (judged with {@link atOrAbove}): 37.96 °C shows as 37.9, so the shown number and the
 * judgement made on the reading always agree.
 */
export function tenthsWithin(value: number, lines: readonly number[]): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Math.round(value * 10) / 10;
  const crosses = lines.some((line) => atOrAbove(rounded, line) !== atOrAbove(value, line));
  return crosses ? Math.floor(value * 10 + LINE_SLACK) / 10 : rounded;
}

/** A temperature to one decimal, never rounded across the fever line. */
export function temperatureTenths(celsius: number): number {
  return tenthsWithin(celsius, [FEVER_THRESHOLD_C]);
}

function formatTemperature(celsius: number): string {
  return `${temperatureTenths(celsius).toFixed(1)} °C`;
}

/** ASTCT CRS grade: fever is the entry point; the worse of hypotension and hypoxia sets it. */
export function gradeCrs(inputs: CrsInputs): CrsResult {
  const { temperature, bp, o2, masked } = inputs;
  if (!Number.isFinite(temperature) || !(bp in BP_GRADE) || !(o2 in O2_GRADE)) {
    throw new RangeError(
      `gradeCrs needs a finite temperature and known support levels; got ${String(temperature)}, ${String(bp)}, ${String(o2)}`,
    );
  }
  const fever = isFever(temperature);
  const bpGrade = BP_GRADE[bp];
  const o2Grade = O2_GRADE[o2];
  const organGrade = Math.max(bpGrade, o2Grade) as CrsGrade;
  const temp = formatTemperature(temperature);

  if (!fever && !masked) {
    const extra =
      organGrade > 0
        ? '; low blood pressure or low oxygen without fever is not graded as CRS (ASTCT waives the fever only when CRS was diagnosed first and an antipyretic or anti-cytokine drug given since has masked it), so look for another cause'
        : '';
    return {
      grade: 0,
      criterion: 'none',
      criteria: ['none'],
      because: `No fever (${temp} is below 38.0 °C) and no fever masked by treatment after CRS${extra}.`,
      maskedWithoutFindings: false,
    };
  }
  const feverText = fever
    ? `Fever of ${temp}`
    : `Fever masked by treatment given after CRS began (${temp}, so fever is no longer required)`;
  if (organGrade === 0) {
    const noSupport = `${BP_FINDING.none} and ${O2_FINDING.none}`;
    if (fever) {
      return {
        grade: 1,
        criterion: 'fever',
        criteria: ['fever'],
        because: `${feverText} with ${noSupport}: grade 1.`,
        maskedWithoutFindings: false,
      };
    }
    return {
      grade: 0,
      criterion: 'none',
      criteria: ['none'],
      because: `Fever is masked by treatment (${temp}) and there is ${noSupport}, so no grade 2–4 criterion is met; grade 1 cannot be confirmed without a measured fever. CRS may still be present under treatment: reassess.`,
      maskedWithoutFindings: true,
    };
  }
  const criteria: CrsCriterion[] = [];
  if (bpGrade === organGrade) criteria.push('hypotension');
  if (o2Grade === organGrade) criteria.push('hypoxia');
  const setBy = criteria
    .map((c) => (c === 'hypotension' ? BP_FINDING[bp] : O2_FINDING[o2]))
    .join(' and ');
  const other =
    criteria.length === 2
      ? ''
      : criteria[0] === 'hypotension'
        ? `, with ${O2_FINDING[o2]}`
        : `, with ${BP_FINDING[bp]}`;
  return {
    grade: organGrade,
    criterion: criteria[0] ?? 'none',
    criteria,
    because: `${feverText}; ${setBy} sets grade ${organGrade}${other} (the worse of blood pressure and oxygen decides).`,
    maskedWithoutFindings: false,
  };
}

/**
 * Level of consciousness, from alert to unarousable. The ASTCT grade-4 cell joins two states
 * that the ICE test tells apart: `vigorous` (rousable only by vigorous or repeated touch, who
 * may still do the test) and `unarousable` (cannot be roused: stupor or coma, who scores ICE 0).
 */
export const CONSCIOUSNESS = [
  'awake',
  'spontaneous',
  'voice',
  'touch',
  'vigorous',
  'unarousable',
] as const;
export type Consciousness = (typeof CONSCIOUSNESS)[number];

/**
 * Seizure: `focal-resolves` and `generalized` are seizures that resolve rapidly (or
 * non-convulsive seizures on EEG that resolve with intervention): grade 3. `prolonged` is a
 * life-threatening seizure over 5 minutes, or repeated seizures without return to baseline:
 * grade 4.
 */
export const SEIZURE = ['none', 'focal-resolves', 'generalized', 'prolonged'] as const;
export type Seizure = (typeof SEIZURE)[number];

/** Motor findings: `weakness` is deep focal motor weakness such as hemiparesis or paraparesis. */
export const MOTOR = ['none', 'weakness'] as const;
export type Motor = (typeof MOTOR)[number];

/**
 * Raised intracranial pressure / cerebral edema: `focal` is focal or local edema on imaging;
 * `diffuse` is diffuse edema, decerebrate or decorticate posturing, cranial nerve VI palsy,
 * papilledema or Cushing's triad. Intracranial hemorrhage does not count.
 */
export const EDEMA = ['none', 'focal', 'diffuse'] as const;
export type Edema = (typeof EDEMA)[number];

/** The level lists of the graded findings, by their query key (`bp=…`, `consciousness=…`). */
export const GRADING_LEVELS = {
  bp: BP_SUPPORT,
  o2: O2_SUPPORT,
  consciousness: CONSCIOUSNESS,
  seizure: SEIZURE,
  motor: MOTOR,
  edema: EDEMA,
} as const;

export interface IcansInputs {
  /** ICE score, integer 0–10 (10 is normal). */
  readonly ice: number;
  readonly consciousness: Consciousness;
  readonly seizure: Seizure;
  readonly motor: Motor;
  readonly edema: Edema;
}

/** The domain of the ICANS table that set the grade. */
export type IcansDomain = 'ice' | 'consciousness' | 'seizure' | 'motor' | 'edema' | 'none';

export interface IcansResult {
  readonly grade: IcansGrade;
  /** The first domain (in table order) that reaches the grade. */
  readonly criterion: IcansDomain;
  /** Every domain that reaches the grade. */
  readonly criteria: readonly IcansDomain[];
  /** The grade each domain alone would give. */
  readonly domainGrades: Readonly<Record<Exclude<IcansDomain, 'none'>, IcansGrade>>;
  readonly because: string;
}

const CONSCIOUSNESS_GRADE: Readonly<Record<Consciousness, IcansGrade>> = {
  awake: 0,
  spontaneous: 1,
  voice: 2,
  touch: 3,
  vigorous: 4,
  unarousable: 4,
};
const SEIZURE_GRADE: Readonly<Record<Seizure, IcansGrade>> = {
  none: 0,
  'focal-resolves': 3,
  generalized: 3,
  prolonged: 4,
};
const MOTOR_GRADE: Readonly<Record<Motor, IcansGrade>> = { none: 0, weakness: 4 };
const EDEMA_GRADE: Readonly<Record<Edema, IcansGrade>> = { none: 0, focal: 3, diffuse: 4 };

/** ICANS grade of the ICE domain alone. ICE 0 counts as grade 4 only when unarousable. */
function iceDomainGrade(ice: number, consciousness: Consciousness): IcansGrade {
  if (ice >= 10) return 0;
  if (ice >= 7) return 1;
  if (ice >= 3) return 2;
  if (ice === 0 && consciousness === 'unarousable') return 4;
  return 3;
}

const CONSCIOUSNESS_GRADES: readonly IcansGrade[] = CONSCIOUSNESS.map(
  (c) => CONSCIOUSNESS_GRADE[c],
);
const SEIZURE_GRADES: readonly IcansGrade[] = SEIZURE.map((s) => SEIZURE_GRADE[s]);
const MOTOR_GRADES: readonly IcansGrade[] = MOTOR.map((m) => MOTOR_GRADE[m]);
const EDEMA_GRADES: readonly IcansGrade[] = EDEMA.map((e) => EDEMA_GRADE[e]);

/**
 * The ICANS grade alone, from levels given as indices into {@link CONSCIOUSNESS},
 * {@link SEIZURE}, {@link MOTOR} and {@link EDEMA}: the allocation-free form the model calls at
 * every step. Same rules as {@link gradeIcans}.
 */
export function icansGradeOf(
  ice: number,
  consciousnessLevel: number,
  seizureLevel: number,
  motorLevel: number,
  edemaLevel: number,
): IcansGrade {
  const consciousness = CONSCIOUSNESS[consciousnessLevel] ?? 'awake';
  return Math.max(
    iceDomainGrade(ice, consciousness),
    CONSCIOUSNESS_GRADES[consciousnessLevel] ?? 0,
    SEIZURE_GRADES[seizureLevel] ?? 0,
    MOTOR_GRADES[motorLevel] ?? 0,
    EDEMA_GRADES[edemaLevel] ?? 0,
  ) as IcansGrade;
}

/** ASTCT ICANS grade (adults and children ≥ 12): the most severe domain decides. */
export function gradeIcans(inputs: IcansInputs): IcansResult {
  const { ice, consciousness, seizure, motor, edema } = inputs;
  if (!Number.isInteger(ice) || ice < 0 || ice > 10) {
    throw new RangeError(`ICE score must be an integer 0–10, got ${String(ice)}`);
  }
  const domainGrades = {
    ice: iceDomainGrade(ice, consciousness),
    consciousness: CONSCIOUSNESS_GRADE[consciousness],
    seizure: SEIZURE_GRADE[seizure],
    motor: MOTOR_GRADE[motor],
    edema: EDEMA_GRADE[edema],
  } as const;
  const domains = ['ice', 'consciousness', 'seizure', 'motor', 'edema'] as const;
  const grade = Math.max(...domains.map((d) => domainGrades[d])) as IcansGrade;
  if (grade === 0) {
    return {
      grade,
      criterion: 'none',
      criteria: ['none'],
      domainGrades,
      because: `ICE score 10, ${CONSCIOUSNESS_FINDING.awake}, ${SEIZURE_FINDING.none}, ${MOTOR_FINDING.none} and ${EDEMA_FINDING.none}: no ICANS.`,
    };
  }
  const texts: Record<Exclude<IcansDomain, 'none'>, string> = {
    ice:
      domainGrades.ice === 4
        ? 'ICE score 0 because the patient cannot be roused'
        : `ICE score ${ice} of 10`,
    consciousness: CONSCIOUSNESS_FINDING[consciousness],
    seizure: SEIZURE_FINDING[seizure],
    motor: MOTOR_FINDING[motor],
    edema: EDEMA_FINDING[edema],
  };
  const criteria = domains.filter((d) => domainGrades[d] === grade);
  const setBy = criteria.map((d) => texts[d]).join('; ');
  return {
    grade,
    criterion: criteria[0] ?? 'none',
    criteria,
    domainGrades,
    because: `${setBy}: grade ${grade} (the most severe finding decides).`,
  };
}
