/**
 * Whether the reader asks for reduced motion (`prefers-reduced-motion: reduce`), kept up to date
 * while the component lives. False on the server and until mounted, so the first client render
 * matches the server's. Create it while a component initialises.
 *
 * ```ts
 * const motion = new ReducedMotion(() => (playing = false));
 * // motion.reduced
 * ```
 */
export class ReducedMotion {
  reduced = $state(false);

  /** `onreduce` runs when the reader turns reduced motion on while the page is open. */
  constructor(onreduce?: () => void) {
    $effect(() => {
      const query = window.matchMedia('(prefers-reduced-motion: reduce)');
      this.reduced = query.matches;
      const change = (): void => {
        this.reduced = query.matches;
        if (this.reduced) onreduce?.();
      };
      query.addEventListener('change', change);
      return () => query.removeEventListener('change', change);
    });
  }
}
