/**
 * Following a tour in an explorer: which step is shown, whether its question has been answered,
 * and whether the reader has left the tour by moving a control. The address shows the tour keys
 * (`tour=<id>&step=<n>`) while the tour is followed, and the explorer's own state once the reader
 * leaves; "Resume" shows the step again. Create it while a component initialises (its effect
 * belongs to that component).
 */
import { tourAddress, stateBefore, type Tour } from '../../../explorer/tour';
import type { ExplorerState } from '../explorer-state.svelte';

export class TourSession {
  /** The step shown, from 0. */
  index = $state(0);
  /** True once the reader has moved a control: the tour waits to be resumed. */
  left = $state(false);
  /** True once the step's question has been answered and its state shown. */
  revealed = $state(false);
  readonly tour: Tour;
  readonly #explorer: ExplorerState;
  readonly #encoded: string | null;
  /** The explorer's query as the step set it: any other query means the reader moved something. */
  #expected = '';

  constructor(explorer: ExplorerState, tour: Tour, index: number, encoded: string | null) {
    this.#explorer = explorer;
    this.tour = tour;
    this.#encoded = encoded;
    this.go(index);
    $effect(() => {
      if (!this.left && explorer.query !== this.#expected) this.leave();
    });
  }

  get step() {
    return this.tour.steps[this.index] ?? this.tour.steps[0]!;
  }

  /** The step as the address and the reader count it, from 1. */
  get number(): number {
    return this.index + 1;
  }

  get count(): number {
    return this.tour.steps.length;
  }

  /** Shows step `index` (from 0): the state before its question, or its own state. */
  go(index: number): void {
    this.index = Math.min(this.count - 1, Math.max(0, index));
    this.left = false;
    this.revealed = false;
    this.#show();
  }

  next = (): void => this.go(this.index + 1);
  back = (): void => this.go(this.index - 1);
  resume = (): void => this.go(this.index);

  /** The reader has answered: the step's own state is shown. */
  reveal = (): void => {
    this.revealed = true;
    this.#show();
  };

  /** Leaves the tour: the address follows the explorer's state again. */
  leave(): void {
    this.left = true;
    this.#explorer.tourAddress = null;
  }

  #show(): void {
    const waiting = this.step.question !== undefined && !this.revealed;
    const notes = this.#explorer.load(
      waiting ? stateBefore(this.tour, this.index) : this.step.state,
    );
    // A recorded tour's states come from a reader; the site's are checked at build.
    if (notes.length > 0)
      this.#explorer.address.notes = [...this.#explorer.address.notes, ...notes];
    this.#expected = this.#explorer.query;
    this.#explorer.tourAddress = tourAddress(this.tour.id, this.number, this.#encoded);
  }
}
