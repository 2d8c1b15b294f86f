/**
 * Element ids that must be unique on a page although the same component appears on it many
 * times (citation cards, glossary popovers): `<base>-<k>` for the k-th use of `base` on that
 * page. The same content builds the same ids every time (no randomness).
 */
const countsByPage = new WeakMap<object, Map<string, number>>();

/**
 * The id for the next use of `base` on `page`: any object that lives exactly as long as one
 * page's render (in a component, `Astro.locals`).
 */
export function nextPageId(page: object, base: string): string {
  const counts = countsByPage.get(page) ?? new Map<string, number>();
  countsByPage.set(page, counts);
  const occurrence = (counts.get(base) ?? 0) + 1;
  counts.set(base, occurrence);
  return `${base}-${occurrence}`;
}
