/** whenIdle: after the browser's idle callback where there is one, else after a timer. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the idle callback, and can be cancelled', () => {
    const callbacks: (() => void)[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('window', {
      requestIdleCallback: (run: () => void) => callbacks.push(run),
      cancelIdleCallback: (id: number) => cancelled.push(id),
    });
    const start = vi.fn();
    const cancel = whenIdle(start);
    expect(start).not.toHaveBeenCalled();
    callbacks[0]?.();
    expect(start).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('falls back to a timer without requestIdleCallback', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', {});
    const start = vi.fn();
    whenIdle(start, 500);
    vi.advanceTimersByTime(499);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    whenIdle(cancelled, 500)();
    vi.advanceTimersByTime(1000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
