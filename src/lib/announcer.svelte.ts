/**
 * A polite announcer: the `text` an `aria-live="polite"` region should say. A change is
 * announced only once it, and the `input` it follows, have held still for `delayMs` (a dragged
 * slider or a played timeline speaks once, where it stops, not at every step, nor where the
 * text happens to hold still for a while mid-drag), never while `paused`, and the text seen
 * first is not announced at all: the page already shows it. Create it while a component
 * initialises.
 *
 * ```ts
 * const announcer = new PoliteAnnouncer({
 *   text: () => sentence,
 *   paused: () => playing,
 *   input: () => query,
 * });
 * // <p aria-live="polite">{announcer.text}</p>
 * ```
 */

export interface AnnouncerOptions {
  /** What would be said now. Watched. */
  text(): string;
  /** True while nothing should be said (not hydrated yet, playing). Watched. */
  paused(): boolean;
  /**
   * What the reader is setting (the explorer's address): any change to it restarts the wait,
   * even where the text stays the same. Watched. Default: the text alone.
   */
  input?(): unknown;
  /** How long a change must hold before it is said, in ms. Default 600. */
  delayMs?: number;
}

export class PoliteAnnouncer {
  /** What the live region says. */
  text = $state('');

  constructor({ text, paused, input, delayMs = 600 }: AnnouncerOptions) {
    let said = '';
    $effect(() => {
      const next = text();
      if (paused()) return;
      // Read after the pause check: the input may change every frame while playing.
      input?.();
      if (said === '') {
        said = next;
        return;
      }
      if (next === said) return;
      const timer = setTimeout(() => {
        this.text = next;
        said = next;
      }, delayMs);
      return () => clearTimeout(timer);
    });
  }
}
