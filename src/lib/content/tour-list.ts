/**
 * Every tour of `content/tours/`, checked and in list order (then by title): what `/tours.json`
 * serves to the explorer and what `<TourList />` links to. A tour with a problem stops the build
 * (`browserTour`). BUILD-TIME only.
 */
import { getCollection } from 'astro:content';
import type { Tour } from '../../explorer/tour';
import { browserTour } from './tours';

export async function allTours(): Promise<Tour[]> {
  const entries = await getCollection('tours');
  return entries
    .sort(
      (a, b) =>
        (a.data.order ?? 99) - (b.data.order ?? 99) || a.data.title.localeCompare(b.data.title),
    )
    .map((entry) => browserTour(entry.id, entry.data));
}
