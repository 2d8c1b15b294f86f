/**
 * Playback with a hand-driven animation frame: it moves the timeline's day by speed × frame
 * time (a long frame counts as 0.1 s), calls `onframe` each frame, stops on the last day, starts
 * over from day 0 when played from there, and cancels its frame when paused or destroyed.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback } from './playback.svelte';

/** Animation frames run by hand: `frame(ms)` runs the pending callback at time `ms`. */
function stubFrames() {
  let pending: ((now: number) => void) | null = null;
  let now = 0;
  vi.stubGlobal('performance', { now: () => now });
  vi.stubGlobal('requestAnimationFrame', (callback: (now: number) => void) => {
    pending = callback;
    return 1;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    pending = null;
  });
  return {
    frame(at: number): void {
      now = at;
      const callback = pending;
      pending = null;
      callback?.(at);
    },
    get pending() {
      return pending !== null;
    },
  };
}

function clock(day: number) {
  const onframe = vi.fn();
  const timeline = $state({ day });
  let playback: Playback | undefined;
  const destroy = $effect.root(() => {
    playback = new Playback(timeline, { end: 28, onframe });
  });
  if (!playback) throw new Error('the rune was not created');
  return { playback, timeline, onframe, destroy };
}

describe('Playback', () => {
  let frames: ReturnType<typeof stubFrames>;
  beforeEach(() => {
    frames = stubFrames();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('moves the day by speed × frame time while playing, and calls onframe', () => {
    const { playback, timeline, onframe, destroy } = clock(4);
    flushSync();
    expect(frames.pending).toBe(false);
    playback.toggle();
    flushSync();
    expect(playback.playing).toBe(true);
    frames.frame(50);
    expect(timeline.day).toBeCloseTo(4 + 2 * 0.05);
    expect(onframe).toHaveBeenLastCalledWith(0.05);
    playback.speed = 4;
    frames.frame(100);
    expect(timeline.day).toBeCloseTo(4.1 + 4 * 0.05);
    // A long pause between frames (a hidden tab) counts as one tenth of a second.
    frames.frame(5000);
    expect(timeline.day).toBeCloseTo(4.3 + 4 * 0.1);
    expect(onframe).toHaveBeenLastCalledWith(0.1);
    destroy();
  });

  it('pausing cancels the frame, and the day stays', () => {
    const { playback, timeline, destroy } = clock(4);
    playback.toggle();
    flushSync();
    frames.frame(100);
    playback.toggle();
    flushSync();
    expect(playback.playing).toBe(false);
    expect(frames.pending).toBe(false);
    expect(timeline.day).toBeCloseTo(4.2);
    destroy();
  });

  it('stops on the last day, and playing again starts from day 0', () => {
    const { playback, timeline, onframe, destroy } = clock(27.9);
    playback.toggle();
    flushSync();
    frames.frame(100);
    expect(timeline.day).toBe(28);
    expect(playback.playing).toBe(false);
    expect(onframe).not.toHaveBeenCalled();
    expect(frames.pending).toBe(false);
    playback.toggle();
    expect(timeline.day).toBe(0);
    expect(playback.playing).toBe(true);
    destroy();
  });

  it('restart plays from day 0; destroying the owner cancels the loop', () => {
    const { playback, timeline, destroy } = clock(12);
    playback.restart();
    expect(timeline.day).toBe(0);
    flushSync();
    expect(frames.pending).toBe(true);
    destroy();
    expect(frames.pending).toBe(false);
  });
});
