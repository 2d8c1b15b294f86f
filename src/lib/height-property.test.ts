/**
 * The height attachment against a fake ResizeObserver: it writes the element's height to the
 * named property of the ancestor it names, again on each resize, and removes it when the
 * element goes; without that ancestor it does nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heightProperty } from './height-property';

function stubObserver() {
  const observers: { callback: () => void; observed: unknown[]; live: boolean }[] = [];
  class FakeObserver {
    readonly record;
    constructor(callback: () => void) {
      this.record = { callback, observed: [] as unknown[], live: true };
      observers.push(this.record);
    }
    observe(element: unknown): void {
      this.record.observed.push(element);
    }
    disconnect(): void {
      this.record.live = false;
    }
  }
  vi.stubGlobal('ResizeObserver', FakeObserver);
  return observers;
}

function fakeElements(ancestorFound: boolean) {
  const properties = new Map<string, string>();
  const ancestor = {
    style: {
      setProperty: (name: string, value: string) => properties.set(name, value),
      removeProperty: (name: string) => properties.delete(name),
    },
  };
  const asked: string[] = [];
  const element = {
    offsetHeight: 120,
    closest: (selector: string) => {
      asked.push(selector);
      return ancestorFound ? ancestor : null;
    },
  };
  return { element: element as unknown as HTMLElement, properties, asked };
}

describe('heightProperty', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the height in the ancestor property while the element lives', () => {
    const observers = stubObserver();
    const { element, properties, asked } = fakeElements(true);
    const cleanup = heightProperty('--bar', '.tool')(element);
    expect(asked).toEqual(['.tool']);
    const [observer] = observers;
    if (!observer) throw new Error('no observer');
    expect(observer.observed).toEqual([element]);
    observer.callback();
    expect(properties.get('--bar')).toBe('120px');
    (element as unknown as { offsetHeight: number }).offsetHeight = 64;
    observer.callback();
    expect(properties.get('--bar')).toBe('64px');
    if (typeof cleanup === 'function') cleanup();
    expect(observer.live).toBe(false);
    expect(properties.has('--bar')).toBe(false);
  });

  it('does nothing outside the ancestor it names', () => {
    const observers = stubObserver();
    const { element, properties } = fakeElements(false);
    expect(heightProperty('--bar', '.tool')(element)).toBeUndefined();
    expect(observers).toEqual([]);
    expect(properties.size).toBe(0);
  });
});
