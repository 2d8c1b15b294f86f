/**
 * Plays a timeline over days 0 to `end`: whether it is `playing`, and its `speed` in days a
 * second. While playing, one `requestAnimationFrame` loop moves the `day` of the state it plays
 * (a `$state` object) and calls `onframe(dt)` after each step (the diagram moves its particles
 * on it); it stops on the last day. Create it while a component initialises: the loop belongs
 * to that component.
 *
 * ```ts
 * const view = $state({ day: 4 });
 * const playback = new Playback(view, { end: 28, onframe: (dt) => diagram?.advance(dt) });
 * // playback.playing, playback.speed (bindable), playback.toggle(); view.day moves
 * ```
 */

/** What a playback moves: a reactive object's `day`. */
export interface Timeline {
  day: number;
}

export interface PlaybackOptions {
  /** The last day: playing stops there. */
  end: number;
  /** Called after each frame that moved the day, with the frame's seconds (at most 0.1). */
  onframe?(dt: number): void;
}

/** The longest step of one frame, in seconds: a tab coming back does not jump days ahead. */
const MAX_FRAME_S = 0.1;

export class Playback {
  playing = $state(false);
  /** Days a second. */
  speed = $state(2);
  readonly #timeline: Timeline;
  readonly #end: number;

  constructor(timeline: Timeline, { end, onframe }: PlaybackOptions) {
    this.#timeline = timeline;
    this.#end = end;

    $effect(() => {
      if (!this.playing) return;
      let last = performance.now();
      let frame = 0;
      const tick = (now: number): void => {
        const dt = Math.min(MAX_FRAME_S, Math.max(0, (now - last) / 1000));
        last = now;
        const next = timeline.day + this.speed * dt;
        if (next >= end) {
          timeline.day = end;
          this.playing = false;
          return;
        }
        timeline.day = next;
        onframe?.(dt);
        frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
      return () => cancelAnimationFrame(frame);
    });
  }

  /** Plays or pauses; playing from the last day starts again from day 0. */
  toggle = (): void => {
    if (!this.playing && this.#timeline.day >= this.#end) this.#timeline.day = 0;
    this.playing = !this.playing;
  };

  /** Plays from day 0. */
  restart(): void {
    this.#timeline.day = 0;
    this.playing = true;
  }
}
