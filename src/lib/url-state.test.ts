import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createQueryWriter,
  currentHref,
  readLocationQuery,
  replaceQuery,
  sameQuery,
  stripQuestionMark,
  withQuery,
} from './url-state';

describe('withQuery', () => {
  it('replaces, adds and removes the query, keeping path and fragment', () => {
    expect(withQuery('/tools/crs-grade/', 'temp=38.5')).toBe('/tools/crs-grade/?temp=38.5');
    expect(withQuery('/tools/crs-grade/?temp=37', '?temp=39')).toBe('/tools/crs-grade/?temp=39');
    expect(withQuery('https://x.org/a/?b=1#top', 'c=2')).toBe('https://x.org/a/?c=2#top');
    expect(withQuery('https://x.org/a/?b=1#top', '')).toBe('https://x.org/a/#top');
    expect(withQuery('/a/#h?not-a-query', 'q=1')).toBe('/a/?q=1#h?not-a-query');
  });

  it('strips one leading question mark and compares queries with or without it', () => {
    expect(stripQuestionMark('?a=1')).toBe('a=1');
    expect(stripQuestionMark('a=1')).toBe('a=1');
    expect(sameQuery('?a=1', 'a=1')).toBe(true);
    expect(sameQuery('a=1', 'a=2')).toBe(false);
  });
});

describe('without a window (server rendering)', () => {
  it('reads an empty query and writes nothing', () => {
    expect(typeof window).toBe('undefined');
    expect(readLocationQuery()).toBe('');
    expect(currentHref()).toBe('');
    expect(replaceQuery('a=1')).toBe(false);
    const writer = createQueryWriter(10);
    expect(() => {
      writer.write('a=1');
      writer.flush();
      writer.cancel();
    }).not.toThrow();
  });
});

/** A minimal window whose history records every call. */
function fakeWindow(href: string) {
  const calls: { method: string; url: string }[] = [];
  const location = new URL(href);
  const win = {
    location,
    history: {
      state: { kept: true },
      length: 1,
      replaceState(state: unknown, _title: string, url: string) {
        expect(state).toEqual({ kept: true });
        calls.push({ method: 'replaceState', url });
        const next = new URL(url, location.href);
        location.search = next.search;
        location.hash = next.hash;
      },
      pushState() {
        calls.push({ method: 'pushState', url: '' });
      },
    },
  };
  vi.stubGlobal('window', win);
  return { calls, location };
}

describe('with a window', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('reads the query and replaces it in place, keeping the fragment', () => {
    const { calls, location } = fakeWindow('https://x.org/tools/crs-grade/?temp=38#result');
    expect(readLocationQuery()).toBe('temp=38');
    expect(replaceQuery('temp=39&bp=none')).toBe(true);
    expect(location.href).toBe('https://x.org/tools/crs-grade/?temp=39&bp=none#result');
    expect(replaceQuery('?temp=39&bp=none')).toBe(false);
    expect(calls).toEqual([
      { method: 'replaceState', url: 'https://x.org/tools/crs-grade/?temp=39&bp=none#result' },
    ]);
  });

  it('the writer coalesces a burst into the first and the last write, never pushState', () => {
    vi.useFakeTimers();
    const { calls, location } = fakeWindow('https://x.org/explore/');
    const written: string[] = [];
    const writer = createQueryWriter(100, (href) => written.push(href));
    for (let burden = 1; burden <= 50; burden += 1) writer.write(`burden=${burden}`);
    expect(location.search).toBe('?burden=1');
    vi.advanceTimersByTime(100);
    expect(location.search).toBe('?burden=50');
    vi.advanceTimersByTime(1000);
    expect(calls.map((call) => call.method)).toEqual(['replaceState', 'replaceState']);
    expect(written).toEqual([
      'https://x.org/explore/?burden=1',
      'https://x.org/explore/?burden=50',
    ]);

    writer.write('burden=60');
    writer.write('burden=61');
    writer.flush();
    expect(location.search).toBe('?burden=61');
    writer.write('burden=70');
    writer.write('burden=71');
    writer.cancel();
    vi.advanceTimersByTime(1000);
    expect(location.search).toBe('?burden=70');
  });
});
