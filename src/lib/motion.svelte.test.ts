/**
 * The reduced-motion rune against a fake media query: false until mounted, then the query's
 * answer, kept up to date; `onreduce` runs only when the reader turns reduced motion on.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReducedMotion } from './motion.svelte';

function stubQuery(matches: boolean) {
  const query = {
    matches,
    listeners: new Set<() => void>(),
    addEventListener: (_type: string, listener: () => void) => query.listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => query.listeners.delete(listener),
    change(next: boolean) {
      query.matches = next;
      for (const listener of query.listeners) listener();
    },
  };
  const matchMedia = vi.fn(() => query);
  vi.stubGlobal('window', { matchMedia });
  return { query, matchMedia };
}

function motion() {
  const onreduce = vi.fn();
  let rune: ReducedMotion | undefined;
  const destroy = $effect.root(() => {
    rune = new ReducedMotion(onreduce);
  });
  if (!rune) throw new Error('the rune was not created');
  return { rune, onreduce, destroy };
}

describe('ReducedMotion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is false until mounted, then follows the media query', () => {
    const { query, matchMedia } = stubQuery(true);
    const { rune, onreduce, destroy } = motion();
    expect(rune.reduced).toBe(false);
    flushSync();
    expect(matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
    expect(rune.reduced).toBe(true);
    // Already reduced on load is not a change: nothing to stop.
    expect(onreduce).not.toHaveBeenCalled();
    query.change(false);
    expect(rune.reduced).toBe(false);
    expect(onreduce).not.toHaveBeenCalled();
    destroy();
    expect(query.listeners.size).toBe(0);
  });

  it('calls onreduce when the reader turns reduced motion on', () => {
    const { query } = stubQuery(false);
    const { rune, onreduce, destroy } = motion();
    flushSync();
    expect(rune.reduced).toBe(false);
    query.change(true);
    expect(rune.reduced).toBe(true);
    expect(onreduce).toHaveBeenCalledTimes(1);
    destroy();
  });
});
