/**
 * A clock for an animation over days 0 to `end`: the shown `day`, whether it is `playing`, and
 * its `speed` in days a second. While playing, one `requestAnimationFrame` loop moves the day on
 * and calls `onframe(dt)` after each step (the diagram moves its particles on it); it stops on
 * the last day. Create it while a component initialises: the loop belongs to that component.
 *
 * ```ts
 * const playback = new Playback({ day: 4, end: 28, onframe: (dt) => diagram?.advance(dt) });
 * // playback.day, playback.playing, playback.speed (bindable), playback.toggle()
 * ```
 */

export interface PlaybackOptions {
  /** The day shown first. */
  day: number;
  /** The last day: playing stops there. */
  end: number;
  /** Called after each frame that moved the day, with the frame's seconds (at most 0.1). */
  onframe?(dt: number): void;
}

/** The longest step of one frame, in seconds: a tab coming back does not jump days ahead. */
const MAX_FRAME_S = 0.1;

export class Playback {
  /** The day shown. */
  day = $state(0);
  playing = $state(false);
  /** Days a second. */
  speed = $state(2);
  readonly #end: number;

  constructor({ day, end, onframe }: PlaybackOptions) {
    this.day = day;
    this.#end = end;

    $effect(() => {
      if (!this.playing) return;
      let last = performance.now();
      let frame = 0;
      const tick = (now: number): void => {
        const dt = Math.min(MAX_FRAME_S, Math.max(0, (now - last) / 1000));
        last = now;
        const next = this.day + this.speed * dt;
        if (next >= end) {
          this.day = end;
          this.playing = false;
          return;
        }
        this.day = next;
        onframe?.(dt);
        frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
      return () => cancelAnimationFrame(frame);
    });
  }

  /** Plays or pauses; playing from the last day starts again from day 0. */
  toggle = (): void => {
    if (!this.playing && this.day >= this.#end) this.day = 0;
    this.playing = !this.playing;
  };

  /** Plays from day 0. */
  restart(): void {
    this.day = 0;
    this.playing = true;
  }
}
