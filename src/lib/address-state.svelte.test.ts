/**
 * The address rune in a fake window: it reads the link once on mount, holds a shared link until
 * the state changes, writes changes in place (coalesced), waits while paused, flushes on
 * destroy, and leaves the address alone when the island does not sync.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueryNote } from '../model/query';
import { AddressState, type AddressOptions } from './address-state.svelte';

/** A window with just the address and `replaceState`; `writes` lists every written address. */
function stubWindow(href: string): { location: URL; writes: string[] } {
  const location = new URL(href);
  const writes: string[] = [];
  const replaceState = (_state: unknown, _title: string, url: string): void => {
    writes.push(url);
    location.search = new URL(url).search;
  };
  vi.stubGlobal('window', { location, history: { state: null, replaceState } });
  return { location, writes };
}

const NOTE: QueryNote = {
  key: 'zzz',
  value: '1',
  kind: 'unknown-key',
  message: 'zzz is not a setting',
  problem: 'unknown',
};

/** An island whose state is one number `n`, kept in the address as `n=…`. */
function island(options: Partial<AddressOptions> = {}) {
  const state = $state({ n: 0, paused: false });
  const read = vi.fn((query: string): readonly QueryNote[] => {
    const n = Number(new URLSearchParams(query).get('n') ?? '0');
    state.n = Number.isFinite(n) ? n : 0;
    return query.includes('zzz') ? [NOTE] : [];
  });
  let address: AddressState | undefined;
  const destroy = $effect.root(() => {
    address = new AddressState({
      read,
      query: () => (state.n === 0 ? '' : `n=${state.n}`),
      paused: () => state.paused,
      ...options,
    });
  });
  if (!address) throw new Error('the rune was not created');
  return { address, state, read, destroy };
}

describe('AddressState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('reads the link once on mount, with its notes, and keeps it until the state changes', () => {
    const { location, writes } = stubWindow('https://x.org/tools/?n=04&zzz=1#top');
    const { address, state, read, destroy } = island();
    expect(address.hydrated).toBe(false);
    flushSync();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith('n=04&zzz=1');
    expect(state.n).toBe(4);
    expect(address.hydrated).toBe(true);
    expect(address.notes).toEqual([NOTE]);
    expect(address.href).toBe('https://x.org/tools/?n=04&zzz=1#top');
    // The state encodes to `n=4`, but the link is not rewritten until the reader changes it.
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);

    state.n = 5;
    flushSync();
    expect(location.search).toBe('?n=5');
    expect(address.href).toBe('https://x.org/tools/?n=5#top');
    // Going back to the linked value is a change like any other now.
    state.n = 4;
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(location.search).toBe('?n=4');
    expect(read).toHaveBeenCalledTimes(1);

    address.dismissNotes();
    expect(address.notes).toEqual([]);
    destroy();
  });

  it('coalesces a burst of changes and flushes the last one when destroyed', () => {
    const { location, writes } = stubWindow('https://x.org/explore/');
    const { state, destroy } = island();
    flushSync();
    for (let n = 1; n <= 20; n += 1) {
      state.n = n;
      flushSync();
    }
    expect(writes).toEqual(['https://x.org/explore/?n=1']);
    destroy();
    expect(location.search).toBe('?n=20');
    expect(writes).toHaveLength(2);
  });

  it('does not follow the state while paused, and catches up after', () => {
    const { location } = stubWindow('https://x.org/explore/');
    const { state, destroy } = island();
    flushSync();
    state.paused = true;
    state.n = 3;
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(location.search).toBe('');
    state.paused = false;
    flushSync();
    expect(location.search).toBe('?n=3');
    destroy();
  });

  it('without sync it neither reads nor writes the address, but still hydrates', () => {
    const { writes } = stubWindow('https://x.org/cascade/?n=9');
    const { address, state, read, destroy } = island({ sync: false });
    flushSync();
    expect(address.hydrated).toBe(true);
    expect(read).not.toHaveBeenCalled();
    expect(state.n).toBe(0);
    state.n = 2;
    flushSync();
    destroy();
    expect(writes).toEqual([]);
    expect(address.href).toBe('');
  });
});
