/**
 * State that lives in the page address, as one rune for every island that keeps it there (the
 * two calculators and the full explorer). It owns the lifecycle they used to copy:
 *
 * - on mount, the address is read once ({@link readLocationQuery}) and handed to `read`, which
 *   applies it to the island's own state and returns the notes about what it could not use;
 * - the address then follows the state: `query()` is watched, and every change is written with
 *   `replaceState`, coalesced ({@link createQueryWriter});
 * - a shared link is held: it is not rewritten until the state encodes to something else, so a
 *   link's unusable value is never replaced by a value the page chose (`hold`);
 * - a pending write is flushed when the island is destroyed.
 *
 * Reading on mount (not while the component is created) keeps the server-rendered default and
 * the first client render the same. Create it while a component initialises (its effects belong
 * to that component), after the state `query` reads:
 *
 * ```ts
 * const address = new AddressState({
 *   read(query) {
 *     const parsed = parseCrsInputs(query);
 *     bp = parsed.draft.bp; // …
 *     return parsed.notes;
 *   },
 *   query: () => encodeCrsDraft(draft),
 * });
 * // address.hydrated, address.notes, address.dismissNotes, address.href
 * ```
 */
import { untrack } from 'svelte';
import type { QueryNote } from '../model/query';
import { carryQueryToLinks, createQueryWriter, currentHref, readLocationQuery } from './url-state';

export interface AddressOptions {
  /**
   * Applies the address's query (without `?`) to the island's state, once, on mount; returns
   * the notes about what it could not use.
   */
  read(query: string): readonly QueryNote[];
  /** The canonical query of the current state. Watched: it must read the state it encodes. */
  query(): string;
  /**
   * False for an island that does not keep its state in the address (an embedded explorer):
   * then nothing is read or written, and only `hydrated` turns true on mount. Default true.
   */
  sync?: boolean;
  /** True while the address should not follow (a playing animation); it catches up after. */
  paused?(): boolean;
  /** The least time between two writes, in ms. */
  delayMs?: number;
}

export class AddressState {
  /** What the address carried that could not be used, for `QueryNotes`. */
  notes = $state.raw<readonly QueryNote[]>([]);
  /** True once mounted (and the address read): the default state before that. */
  hydrated = $state(false);
  /** The current page address, kept up to date after every write (printed under a result). */
  href = $state('');

  constructor(options: AddressOptions) {
    const { read, query, sync = true, paused, delayMs = 150 } = options;
    const writer = createQueryWriter(delayMs, (next) => (this.href = next));

    $effect(() => {
      untrack(() => {
        if (sync) {
          const carried = readLocationQuery();
          this.notes = read(carried);
          // The address stays as the link carried it until the reader changes something.
          writer.hold(query());
          carryQueryToLinks(carried);
          this.href = currentHref();
        }
        this.hydrated = true;
      });
      return () => writer.flush();
    });

    $effect(() => {
      if (!sync || !this.hydrated || paused?.()) return;
      writer.write(query());
    });
  }

  /** Forgets the notes once the reader has dismissed them. */
  dismissNotes = (): void => {
    this.notes = [];
  };
}
