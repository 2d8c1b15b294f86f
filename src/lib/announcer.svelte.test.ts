/**
 * The polite announcer with fake timers: the first text is not said, a change is said once it
 * has held for 600 ms, a burst of changes says only the last, the wait restarts while the input
 * it follows still changes, and nothing is said while paused (what changed meanwhile is said
 * after).
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PoliteAnnouncer } from './announcer.svelte';

function announcer(text: string, paused = false) {
  const state = $state({ text, paused, input: 0 });
  let rune: PoliteAnnouncer | undefined;
  const destroy = $effect.root(() => {
    rune = new PoliteAnnouncer({
      text: () => state.text,
      paused: () => state.paused,
      input: () => state.input,
    });
  });
  if (!rune) throw new Error('the rune was not created');
  return { rune, state, destroy };
}

describe('PoliteAnnouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not say the first text, and says a change once it has held for 600 ms', () => {
    const { rune, state, destroy } = announcer('Day 4: fever');
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(rune.text).toBe('');
    state.text = 'Day 5: fever';
    flushSync();
    vi.advanceTimersByTime(599);
    expect(rune.text).toBe('');
    vi.advanceTimersByTime(1);
    expect(rune.text).toBe('Day 5: fever');
    destroy();
  });

  it('says only the last of a burst of changes, and nothing for a return to what was said', () => {
    const { rune, state, destroy } = announcer('Day 4');
    flushSync();
    for (const day of [5, 6, 7]) {
      state.text = `Day ${day}`;
      flushSync();
      vi.advanceTimersByTime(300);
    }
    expect(rune.text).toBe('');
    vi.advanceTimersByTime(300);
    expect(rune.text).toBe('Day 7');
    state.text = 'Day 8';
    flushSync();
    state.text = 'Day 7';
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(rune.text).toBe('Day 7');
    destroy();
  });

  it('waits until the input settles, even where the text holds still meanwhile', () => {
    const { rune, state, destroy } = announcer('worst grade 2');
    flushSync();
    state.text = 'worst grade 3';
    state.input = 1;
    flushSync();
    // The slider moves on for a second without changing the text.
    for (let step = 2; step <= 10; step += 1) {
      vi.advanceTimersByTime(100);
      state.input = step;
      flushSync();
    }
    vi.advanceTimersByTime(599);
    expect(rune.text).toBe('');
    vi.advanceTimersByTime(1);
    expect(rune.text).toBe('worst grade 3');
    destroy();
  });

  it('waits while paused: the first text is the one seen when it resumes', () => {
    const { rune, state, destroy } = announcer('Day 4', true);
    flushSync();
    state.text = 'Day 9';
    flushSync();
    vi.advanceTimersByTime(1000);
    state.paused = false;
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(rune.text).toBe('');
    state.paused = true;
    state.text = 'Day 12';
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(rune.text).toBe('');
    state.paused = false;
    flushSync();
    vi.advanceTimersByTime(600);
    expect(rune.text).toBe('Day 12');
    destroy();
  });
});
