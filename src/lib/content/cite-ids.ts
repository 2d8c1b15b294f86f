/**
 * Element ids for citation cards: `cite-<number>-<k>` for the k-th mark of that reference
 * number on a page. The same content builds the same ids every time (no randomness), and a
 * number cited twice on one page still gets two distinct ids.
 */
const countsByPage = new WeakMap<object, Map<string, number>>();

/**
 * The id for the next card of reference `number` on `page`: any object that lives exactly as
 * long as one page's render (in a component, `Astro.locals`).
 */
export function citeCardId(page: object, number: string): string {
  const counts = countsByPage.get(page) ?? new Map<string, number>();
  countsByPage.set(page, counts);
  const occurrence = (counts.get(number) ?? 0) + 1;
  counts.set(number, occurrence);
  return `cite-${number}-${occurrence}`;
}
