/**
 * Guided tours of the explorer: what a tour is once built (content/tours/*.yaml, checked at build
 * by lib/content/tours.ts and served as /tours.json), and the tour keys of the address.
 *
 * A step's explorer state is query text, read by the explorer's own tolerant codec
 * (view-query.ts), so a step can set anything a shared link can. While a tour is followed the
 * address is only the tour keys, `?tour=<id>&step=<n>` (step from 1), or for a tour recorded by a
 * reader `?tour=custom&t=<encoded tour>&step=<n>` (tour-codec.ts). The explorer never sees these
 * keys: `splitTourQuery` (tour-keys.ts) takes them out before its codec reads the rest.
 */
import { NoteList, readNumber, readQuery, shown, type QueryNote } from '../model/query';

/** A source of a step, resolved at build from content/references.json. */
export interface TourCitation {
  readonly key: string;
  /** "Norelli et al. 2018" */
  readonly label: string;
  /** Its entry on /references/. */
  readonly href: string;
}

/** The series a reader can draw in a prediction. */
export const DRAW_SERIES = ['il1', 'il6', 'crp'] as const;
export type DrawSeries = (typeof DRAW_SERIES)[number];

/** Choose one of a few answers before the step's state is shown. */
export interface ChoiceQuestion {
  readonly kind: 'choose';
  readonly prompt: string;
  readonly options: readonly string[];
  /** The right option, counting from 1. */
  readonly answer: number;
  /** Why, in a sentence or two, shown with the result. */
  readonly explanation: string;
}

/** Draw the expected curve of one series before the step's state is shown. */
export interface DrawQuestion {
  readonly kind: 'draw';
  readonly prompt: string;
  readonly series: DrawSeries;
  /** Top of the drawing's axis, in the series' unit (chosen so it does not give the answer away). */
  readonly max: number;
  /** The series' name and unit, from the model's series table (filled in at build). */
  readonly label: string;
  readonly unit: string;
  readonly explanation: string;
}

export type TourQuestion = ChoiceQuestion | DrawQuestion;

export interface TourStep {
  /** The explorer's state, as query text (`burden=80&tocilizumab=day0&day=5`). */
  readonly state: string;
  readonly caption: string;
  readonly cite: readonly TourCitation[];
  /** Asked before the state is shown; until the reader answers, `before` is shown. */
  readonly question?: TourQuestion;
  /** The state shown while a question waits; default the previous step's state. */
  readonly before?: string;
}

export interface Tour {
  /** The file name in content/tours/, or {@link CUSTOM_TOUR} for a recorded tour. */
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly steps: readonly TourStep[];
}

/** The id of a tour carried in the address itself (`t=`). */
export const CUSTOM_TOUR = 'custom';

/** What the tour keys of a link ask for; `id` null when no tour is asked for. */
export interface TourLink {
  readonly id: string | null;
  /** The step as written (read against the tour's length by {@link readStep}). */
  readonly step: string | undefined;
  /** The encoded tour of a recorded tour. */
  readonly encoded: string | null;
  readonly notes: readonly QueryNote[];
}

export function readTourLink(tourQuery: string): TourLink {
  const notes = new NoteList();
  const pairs = readQuery(tourQuery, notes);
  const raw = pairs.get('tour');
  const encoded = pairs.get('t') ?? null;
  const step = pairs.get('step');
  if (raw === undefined) {
    if (step !== undefined || encoded !== null) {
      notes.add(
        'tour',
        '',
        'missing',
        'This link gives a tour step but no tour; showing the explorer without a tour.',
        'step or t given without tour',
      );
    }
    return { id: null, step, encoded: null, notes: notes.toArray() };
  }
  const id = raw.toLowerCase();
  return { id, step, encoded: id === CUSTOM_TOUR ? encoded : null, notes: notes.toArray() };
}

/** The note for a tour that does not exist (or could not be read). */
export function unknownTourNote(id: string): QueryNote {
  return {
    key: 'tour',
    value: shown(id),
    kind: 'invalid',
    message: `tour "${shown(id)}" is not a known tour; showing the explorer without a tour.`,
    problem: `tour "${shown(id)}" is not a known tour`,
  };
}

/** The step asked for, from 1, within the tour's length (1 when none is given), with notes. */
export function readStep(
  raw: string | undefined,
  count: number,
): { step: number; notes: QueryNote[] } {
  const notes = new NoteList();
  const step = readNumber(
    'step',
    raw,
    { min: 1, max: Math.max(1, count), fallback: 1, integer: true },
    notes,
  );
  return { step, notes: notes.toArray() };
}

/** The address of a step (from 1): `tour=<id>&step=<n>`, with `t=` for a recorded tour. */
export function tourAddress(id: string, step: number, encoded: string | null = null): string {
  const t = id === CUSTOM_TOUR && encoded !== null ? `&t=${encoded}` : '';
  return `tour=${encodeURIComponent(id)}${t}&step=${step}`;
}

/**
 * The state shown on a step (index from 0) before its question is answered: the step's own
 * `before`, else the previous step's state, else the explorer's default.
 */
export function stateBefore(tour: Tour, index: number): string {
  const step = tour.steps[index];
  if (step?.before !== undefined) return step.before;
  return index > 0 ? (tour.steps[index - 1]?.state ?? '') : '';
}
