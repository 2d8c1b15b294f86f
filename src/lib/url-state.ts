/**
 * Reader-set state in the page address, so any view can be shared as a link.
 *
 * An island reads the query once when it hydrates ({@link readLocationQuery}, in `onMount`, so
 * the server-rendered default and the first client render agree) and writes the canonical query
 * back with `history.replaceState` as the reader changes things ({@link createQueryWriter}).
 * It never uses `pushState`: a slider drag must not fill the Back button with hundreds of
 * entries. Every function is safe where `window` is absent (server rendering, Node tests).
 *
 * Parsing and encoding belong to the model's codecs (`src/model/scenario.ts`,
 * `src/model/grade-query.ts`); this module only moves query text in and out of the address.
 * Islands do not call it directly: the rune `AddressState` (./address-state.svelte.ts) owns
 * that lifecycle (read on mount, hold a shared link, coalesced writes, flush on destroy).
 */

/** Query text without its leading `?`. */
export function stripQuestionMark(query: string): string {
  return query.startsWith('?') ? query.slice(1) : query;
}

/**
 * `href` with its query replaced by `query` (with or without `?`; empty removes it), keeping
 * the path and the `#fragment`. Works on absolute and site-relative addresses.
 */
export function withQuery(href: string, query: string): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const body = stripQuestionMark(query);
  return `${base}${body === '' ? '' : `?${body}`}${hash}`;
}

/** True when two query texts are the same once a leading `?` is ignored. */
export function sameQuery(a: string, b: string): boolean {
  return stripQuestionMark(a) === stripQuestionMark(b);
}

function hasWindow(): boolean {
  return typeof window !== 'undefined' && typeof window.location !== 'undefined';
}

/** The current page's query without `?`; `''` when there is no window (server rendering). */
export function readLocationQuery(): string {
  return hasWindow() ? stripQuestionMark(window.location.search) : '';
}

/** The current page's full address; `''` when there is no window. */
export function currentHref(): string {
  return hasWindow() ? window.location.href : '';
}

/**
 * Replace the query of the current history entry (no new entry, no reload, history state and
 * `#fragment` kept). Does nothing when the query is already `query` or there is no window.
 * Returns true when it wrote.
 */
export function replaceQuery(query: string): boolean {
  if (!hasWindow() || sameQuery(window.location.search, query)) return false;
  const next = withQuery(window.location.href, query);
  window.history.replaceState(window.history.state, '', next);
  carryQueryToLinks(query);
  return true;
}

/**
 * Gives every link marked `data-keeps-query` (the language switch) the page's query, so the
 * twin page, which reads the same keys, opens the same state. Does nothing without a document.
 */
export function carryQueryToLinks(query: string): void {
  if (typeof document === 'undefined') return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keeps-query]')) {
    link.setAttribute('href', withQuery(link.getAttribute('href') ?? '', query));
  }
}

export interface QueryWriter {
  /** Ask for `query` to be written; rapid calls are coalesced into one write. */
  write(query: string): void;
  /**
   * Keep the address as it is while the state still encodes to `query` (the state as read from
   * the address): a shared link is not rewritten until the reader changes something, so a
   * link's unusable value is never replaced in the address by a value the page chose.
   */
  hold(query: string): void;
  /** Write a pending query now (for example before the island is destroyed). */
  flush(): void;
  /** Forget a pending query. */
  cancel(): void;
}

/**
 * A writer that coalesces rapid changes (typing, dragging a slider) into at most one
 * `replaceState` per `delayMs` (browsers throttle the History API when it is called hundreds of
 * times a second). The first write after a quiet spell happens at once; later ones within
 * `delayMs` wait, and only the last of them is written. `onWrite` runs after each real write
 * (for example to refresh a printed address).
 */
export function createQueryWriter(delayMs = 150, onWrite?: (href: string) => void): QueryWriter {
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let held: string | null = null;

  const commit = (query: string): void => {
    if (replaceQuery(query)) onWrite?.(currentHref());
  };
  const release = (): void => {
    timer = null;
    if (pending === null) return;
    const query = pending;
    pending = null;
    commit(query);
    timer = setTimeout(release, delayMs);
  };

  return {
    hold(query) {
      held = query;
    },
    write(query) {
      if (held !== null) {
        if (query === held) return;
        held = null;
      }
      if (timer === null) {
        commit(query);
        timer = setTimeout(release, delayMs);
      } else {
        pending = query;
      }
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (pending !== null) {
        const query = pending;
        pending = null;
        commit(query);
      }
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
