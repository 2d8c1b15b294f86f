/**
 * Opening the tour a link asks for: the tour (from the site's tours, or decoded from the address
 * for a recorded tour) and the step, with a note for anything that could not be used. Pure: the
 * loaders are passed in, so the browser fetches `/tours.json` and the tests pass stand-ins.
 */
import type { QueryNote } from '../model/query';
import { CUSTOM_TOUR, readStep, unknownTourNote, type Tour, type TourLink } from './tour';

export interface TourSources {
  /** The site's tours. */
  tours(): Promise<readonly Tour[]>;
  /** A recorded tour from its encoding in the address. */
  decode(encoded: string): Promise<{ tour: Tour | null; notes: readonly QueryNote[] }>;
}

export interface OpenedTour {
  /** Null when there is no tour to show (none asked for, or none found). */
  readonly tour: Tour | null;
  /** The step to show, from 0. */
  readonly index: number;
  readonly notes: readonly QueryNote[];
}

const NOT_LOADED: QueryNote = {
  key: 'tour',
  value: '',
  kind: 'invalid',
  message: 'The tours could not be loaded (are you offline?); showing the explorer without a tour.',
  problem: 'the tours could not be loaded',
};

async function find(
  link: TourLink,
  sources: TourSources,
): Promise<{ tour: Tour | null; notes: readonly QueryNote[] }> {
  const id = link.id ?? '';
  if (id === CUSTOM_TOUR) {
    if (link.encoded === null || link.encoded === '') {
      return {
        tour: null,
        notes: [
          {
            key: 't',
            value: '',
            kind: 'missing',
            message:
              'This link names a recorded tour but does not carry it (t= is missing); showing the explorer without a tour.',
            problem: 'tour=custom without t=',
          },
        ],
      };
    }
    return sources.decode(link.encoded);
  }
  let tours: readonly Tour[];
  try {
    tours = await sources.tours();
  } catch {
    return { tour: null, notes: [NOT_LOADED] };
  }
  const tour = tours.find((candidate) => candidate.id === id) ?? null;
  return { tour, notes: tour ? [] : [unknownTourNote(id)] };
}

export async function openTour(link: TourLink, sources: TourSources): Promise<OpenedTour> {
  if (link.id === null) return { tour: null, index: 0, notes: link.notes };
  const found = await find(link, sources);
  if (!found.tour) return { tour: null, index: 0, notes: [...link.notes, ...found.notes] };
  const { step, notes } = readStep(link.step, found.tour.steps.length);
  return { tour: found.tour, index: step - 1, notes: [...link.notes, ...found.notes, ...notes] };
}
