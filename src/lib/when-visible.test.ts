/**
 * The "when visible" attachment against a fake IntersectionObserver: it watches the element at
 * the threshold, calls `start` once, on the first entry in view, and stops watching then or
 * when the element goes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenVisible } from './when-visible';

type Callback = (entries: { isIntersecting: boolean }[]) => void;

function stubObserver() {
  const observers: { callback: Callback; options: unknown; observed: unknown[]; live: boolean }[] =
    [];
  class FakeObserver {
    readonly record;
    constructor(callback: Callback, options: unknown) {
      this.record = { callback, options, observed: [] as unknown[], live: true };
      observers.push(this.record);
    }
    observe(element: unknown): void {
      this.record.observed.push(element);
    }
    disconnect(): void {
      this.record.live = false;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return observers;
}

describe('whenVisible', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('calls start once, when the element first comes into view, then stops watching', () => {
    const observers = stubObserver();
    const start = vi.fn();
    const element = {} as Element;
    whenVisible(start)(element);
    const [observer] = observers;
    if (!observer) throw new Error('no observer');
    expect(observer.observed).toEqual([element]);
    expect(observer.options).toEqual({ threshold: 0.5, rootMargin: '0px' });
    observer.callback([{ isIntersecting: false }]);
    expect(start).not.toHaveBeenCalled();
    expect(observer.live).toBe(true);
    observer.callback([{ isIntersecting: false }, { isIntersecting: true }]);
    expect(start).toHaveBeenCalledTimes(1);
    expect(observer.live).toBe(false);
  });

  it('stops watching when the element goes before it was seen', () => {
    const observers = stubObserver();
    const start = vi.fn();
    const cleanup = whenVisible(start, 0.25)({} as Element);
    expect(observers[0]?.options).toEqual({ threshold: 0.25, rootMargin: '0px' });
    if (typeof cleanup === 'function') cleanup();
    expect(observers[0]?.live).toBe(false);
    expect(start).not.toHaveBeenCalled();
  });

  it('watches a widened view when asked ("when scrolled near")', () => {
    const observers = stubObserver();
    whenVisible(vi.fn(), 0, '50%')({} as Element);
    expect(observers[0]?.options).toEqual({ threshold: 0, rootMargin: '50%' });
  });
});
