/**
 * A chart's plot width (LineChart, BandChart), watched rather than read: reading clientWidth as
 * each chart mounts forces a layout for each of the five charts in a row, where a resize
 * observer (Svelte's `bind:contentRect`) reports every chart's box at once, after the browser's
 * own layout, before paint. Bind it to an empty line across the plot, not to the plot: the
 * plot's height follows the drawing (scaled to fit until redrawn), so a redraw would resize what
 * is watched within the same frame ("ResizeObserver loop" errors on each resize).
 *
 * ```svelte
 * const plot = new PlotWidth(() => startWidth);
 * <div class="plot"><div bind:contentRect={plot.box}></div><svg width={plot.width} …></div>
 * ```
 */
export class PlotWidth {
  readonly #start: () => number;
  /** The watched box, once reported. */
  box = $state.raw<DOMRectReadOnly>();

  /** `start`: the width (px) to draw at before the first report. */
  constructor(start: () => number) {
    this.#start = start;
  }

  /** `start()` until the first report, never below a usable minimum (0 when not laid out). */
  get width(): number {
    return Math.max(240, this.box?.width ?? this.#start());
  }
}
