/**
 * What a change to the scenario did to the 28-day course, said where the reader made it: the
 * effect in one sentence (the worst grades, when CRS starts, the highest IL-6, each with what it
 * was), and, when the change does something surprising or important, what to notice, in one
 * sentence with a link to the section of the site that explains it. Also the course in a few
 * words, for the pinned summary and the screen reader. Pure: it reads two simulations.
 */
import type { Simulation } from '../model/cascade';
import type { Drug } from '../model/drugs';
import { isFever } from '../model/grading';
import type { Scenario } from '../model/scenario';
import type { Summary } from '../model/summary';
import { formatAmount, formatDay } from '../lib/format';

/** A control of the scenario: a patient setting, or when a drug starts. */
export type ScenarioControl = 'burden' | 'therapy' | 'dose' | Drug;

/** A scenario and its simulated course. */
export interface Course {
  readonly scenario: Scenario;
  readonly sim: Simulation;
}

/** Something to notice, in one sentence, and the section that explains it. */
export interface Notice {
  readonly id: 'burden-step' | 'free-il6' | 'brain' | 'fever-hidden';
  readonly text: string;
  readonly href: string;
  /** The link's words: the title of the section. */
  readonly link: string;
}

export interface Change {
  readonly control: ScenarioControl;
  /** What the change did to the course, in one sentence. */
  readonly effect: string;
  readonly notices: readonly Notice[];
}

/**
 * The words of what a change did, in one language: the English ones below; the Spanish twin in
 * ./explorer-words.es.ts. Numbers come formatted, and the sentences only put them in place.
 */
export interface ChangeWords {
  /** When CRS starts: "day 1.8", or "never". */
  readonly onset: (s: Summary) => string;
  /** "649 pg/mL" */
  readonly amount: (value: number) => string;
  readonly grade: (name: 'CRS' | 'ICANS', was: number, now: number) => string;
  readonly noCrsNow: (was: string) => string;
  readonly onsetMoved: (now: string, was: string) => string;
  readonly il6: (now: string, was: string) => string;
  readonly unchanged: (course: string) => string;
  readonly course: (s: Summary) => string;
  readonly notices: {
    readonly burdenStep: (lo: number, hi: number, was: number, now: number) => string;
    readonly brain: (rose: boolean) => string;
    readonly freeIl6: string;
    readonly feverHidden: (was: number, now: number) => string;
    /** The links' words, by notice. */
    readonly links: Readonly<Record<Notice['id'], string>>;
  };
}

/** When CRS starts: "day 1.8", or "never". */
export const onset = (s: Summary) =>
  s.crsOnsetDay === null ? 'never' : `day ${formatDay(s.crsOnsetDay)}`;

/** The highest free IL-6 and its day: "649 pg/mL, day 4.7". */
export const peakIl6 = (s: Summary) =>
  `${formatAmount(s.peakIl6)} pg/mL, day ${formatDay(s.peakIl6Day)}`;

/** "worst CRS grade 3, worst ICANS grade 2, CRS starts day 1.8": the course in a few words. */
export function courseWords(s: Summary): string {
  const start = s.crsOnsetDay === null ? 'no CRS' : `CRS starts ${onset(s)}`;
  return `worst CRS grade ${s.maxCrsGrade}, worst ICANS grade ${s.maxIcansGrade}, ${start}`;
}

const CHANGE_EN: ChangeWords = {
  onset,
  amount: formatAmount,
  grade: (name, was, now) =>
    now === was ? `worst ${name} grade still ${now}` : `worst ${name} grade ${now} (was ${was})`,
  noCrsNow: (was) => `no CRS (it started ${was})`,
  onsetMoved: (now, was) => `CRS starts ${now} (was ${was})`,
  il6: (now, was) => `highest IL-6 ${now} pg/mL (was ${was})`,
  unchanged: (course) => `No change over the 28 days: ${course}.`,
  course: courseWords,
  notices: {
    burdenStep: (lo, hi, was, now) =>
      `Between ${lo}% and ${hi}% burden the worst CRS grade ${now > was ? 'rises' : 'falls'} from ${was} to ${now}: more tumor switches on more T cells, and grades rise in steps, not smoothly.`,
    brain: (rose) =>
      `The worst ICANS grade ${rose ? 'rose' : 'did not fall'} with tocilizumab: it calms the body-wide signs of CRS, but it does not protect the brain.`,
    freeIl6:
      'Free IL-6 went up, not down: tocilizumab blocks its receptor, so IL-6 that would have bound there stays in the blood.',
    feverHidden: (was, now) =>
      `Fever medicine hid the fever, not the cascade underneath${now < was ? `: the worst CRS grade reads ${now}, not ${was}` : ''}; blood pressure and oxygen still show how CRS is going.`,
    links: {
      'burden-step': 'Why bulk matters',
      brain: 'Why blocking the IL-6 receptor does not protect the brain',
      'free-il6': 'Tocilizumab, on Treatments',
      'fever-hidden': 'How CRS often unfolds',
    },
  },
};

/** The effect of a change on the course, in one sentence. */
export function effectSentence(before: Summary, after: Summary, w = CHANGE_EN): string {
  const parts = [
    w.grade('CRS', before.maxCrsGrade, after.maxCrsGrade),
    w.grade('ICANS', before.maxIcansGrade, after.maxIcansGrade),
  ];
  let changed = before.maxCrsGrade !== after.maxCrsGrade;
  changed ||= before.maxIcansGrade !== after.maxIcansGrade;
  if (w.onset(before) !== w.onset(after)) {
    changed = true;
    parts.push(
      after.crsOnsetDay === null
        ? w.noCrsNow(w.onset(before))
        : w.onsetMoved(w.onset(after), w.onset(before)),
    );
  }
  const [il6, il6Was] = [w.amount(after.peakIl6), w.amount(before.peakIl6)];
  if (il6 !== il6Was) {
    changed = true;
    parts.push(w.il6(il6, il6Was));
  }
  if (!changed) return w.unchanged(w.course(after));
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

const on = (course: Course, drug: Drug) => course.scenario.drugs[drug] !== 'off';

/** Samples where the first course has a fever and the second does not. */
function feversHidden(before: Simulation, after: Simulation): number {
  const was = before.series.temperature;
  const now = after.series.temperature;
  let hidden = 0;
  for (let i = 0; i < Math.min(was.length, now.length); i++) {
    if (isFever(was[i] ?? 0) && !isFever(now[i] ?? 0)) hidden += 1;
  }
  return hidden;
}

/** What to notice about a change of `control` from `before` to `after`, most important first. */
export function noticesFor(
  control: ScenarioControl,
  before: Course,
  after: Course,
  w = CHANGE_EN,
): Notice[] {
  const { links, ...say } = w.notices;
  const was = before.sim.summary;
  const now = after.sim.summary;
  const notices: Notice[] = [];
  if (control === 'burden' && now.maxCrsGrade !== was.maxCrsGrade) {
    const [lo, hi] = [before.scenario.burden, after.scenario.burden].sort((x, y) => x - y);
    notices.push({
      id: 'burden-step',
      text: say.burdenStep(lo ?? 0, hi ?? 0, was.maxCrsGrade, now.maxCrsGrade),
      href: '/tumor-burden/#why-bulk-matters',
      link: links['burden-step'],
    });
  }
  if (control === 'tocilizumab' && on(after, 'tocilizumab')) {
    if (now.maxIcansGrade > 0 && now.maxIcansGrade >= was.maxIcansGrade) {
      notices.push({
        id: 'brain',
        text: say.brain(now.maxIcansGrade > was.maxIcansGrade),
        href: '/neurotoxicity/#why-blocking-the-il-6-receptor-does-not-protect-the-brain',
        link: links.brain,
      });
    }
    if (now.peakIl6 > was.peakIl6 * 1.02) {
      notices.push({
        id: 'free-il6',
        text: say.freeIl6,
        href: '/treatments/#tocilizumab',
        link: links['free-il6'],
      });
    }
  }
  if (
    control === 'antipyretic' &&
    on(after, 'antipyretic') &&
    feversHidden(before.sim, after.sim)
  ) {
    notices.push({
      id: 'fever-hidden',
      text: say.feverHidden(was.maxCrsGrade, now.maxCrsGrade),
      href: '/symptoms-and-grading/#how-crs-often-unfolds',
      link: links['fever-hidden'],
    });
  }
  return notices;
}

/** What changing `control` from `before` to `after` did, and what to notice. */
export function describeChange(
  control: ScenarioControl,
  before: Course,
  after: Course,
  w = CHANGE_EN,
): Change {
  return {
    control,
    effect: effectSentence(before.sim.summary, after.sim.summary, w),
    notices: noticesFor(control, before, after, w),
  };
}
