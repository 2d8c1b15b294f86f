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

/** The effect of a change on the course, in one sentence. */
export function effectSentence(before: Summary, after: Summary): string {
  const grade = (name: string, was: number, now: number) =>
    now === was ? `worst ${name} grade still ${now}` : `worst ${name} grade ${now} (was ${was})`;
  const parts = [
    grade('CRS', before.maxCrsGrade, after.maxCrsGrade),
    grade('ICANS', before.maxIcansGrade, after.maxIcansGrade),
  ];
  if (onset(before) !== onset(after)) {
    parts.push(
      after.crsOnsetDay === null
        ? `no CRS (it started ${onset(before)})`
        : `CRS starts ${onset(after)} (was ${onset(before)})`,
    );
  }
  const [il6, il6Was] = [formatAmount(after.peakIl6), formatAmount(before.peakIl6)];
  if (il6 !== il6Was) parts.push(`highest IL-6 ${il6} pg/mL (was ${il6Was})`);
  if (!parts.some((part) => part.includes('(was') || part.includes('(it'))) {
    return `No change over the 28 days: ${courseWords(after)}.`;
  }
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
export function noticesFor(control: ScenarioControl, before: Course, after: Course): Notice[] {
  const was = before.sim.summary;
  const now = after.sim.summary;
  const notices: Notice[] = [];
  if (control === 'burden' && now.maxCrsGrade !== was.maxCrsGrade) {
    const [lo, hi] = [before.scenario.burden, after.scenario.burden].sort((x, y) => x - y);
    notices.push({
      id: 'burden-step',
      text: `Between ${lo}% and ${hi}% burden the worst CRS grade ${now.maxCrsGrade > was.maxCrsGrade ? 'rises' : 'falls'} from ${was.maxCrsGrade} to ${now.maxCrsGrade}: more tumor switches on more T cells, and grades rise in steps, not smoothly.`,
      href: '/tumor-burden/#why-bulk-matters',
      link: 'Why bulk matters',
    });
  }
  if (control === 'tocilizumab' && on(after, 'tocilizumab')) {
    if (now.maxIcansGrade > 0 && now.maxIcansGrade >= was.maxIcansGrade) {
      notices.push({
        id: 'brain',
        text: `The worst ICANS grade ${now.maxIcansGrade > was.maxIcansGrade ? 'rose' : 'did not fall'} with tocilizumab: it calms the body-wide signs of CRS, but it does not protect the brain.`,
        href: '/neurotoxicity/#why-blocking-the-il-6-receptor-does-not-protect-the-brain',
        link: 'Why blocking the IL-6 receptor does not protect the brain',
      });
    }
    if (now.peakIl6 > was.peakIl6 * 1.02) {
      notices.push({
        id: 'free-il6',
        text: 'Free IL-6 went up, not down: tocilizumab blocks its receptor, so IL-6 that would have bound there stays in the blood.',
        href: '/treatments/#tocilizumab',
        link: 'Tocilizumab, on Treatments',
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
      text: `Fever medicine hid the fever, not the cascade underneath${now.maxCrsGrade < was.maxCrsGrade ? `: the worst CRS grade reads ${now.maxCrsGrade}, not ${was.maxCrsGrade}` : ''}; blood pressure and oxygen still show how CRS is going.`,
      href: '/symptoms-and-grading/#how-crs-often-unfolds',
      link: 'How CRS often unfolds',
    });
  }
  return notices;
}

/** What changing `control` from `before` to `after` did, and what to notice. */
export function describeChange(control: ScenarioControl, before: Course, after: Course): Change {
  return {
    control,
    effect: effectSentence(before.sim.summary, after.sim.summary),
    notices: noticesFor(control, before, after),
  };
}
