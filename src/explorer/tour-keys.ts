/**
 * The address keys of a guided tour (`tour`, `step`, `t`), taken out of the query before the
 * explorer's codec reads it. Its own small module: every explorer loads it, while the rest of
 * the tour code (tour.ts) loads only when a tour is asked for. Keys are matched as written (in
 * any case); a percent-encoded tour key is left to the explorer, which notes it as unknown.
 */
const TOUR_KEY = /^\s*(tour|step|t)\s*(=|$)/i;

/** Split query text into the tour keys and the rest (which the explorer's codec reads). */
export function splitTourQuery(query: string): { explorerQuery: string; tourQuery: string } {
  const parts = query
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part.trim() !== '');
  const isTour = (part: string) => TOUR_KEY.test(part);
  return {
    explorerQuery: parts.filter((part) => !isTour(part)).join('&'),
    tourQuery: parts.filter(isTour).join('&'),
  };
}
