/**
 * The reveal attachment against a stand-in document: it scrolls the element into view as
 * little as needed, gliding or jumping as the reader's motion setting asks, and not at all
 * while a slider has focus.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reveal } from './reveal';

class FakeInput {
  constructor(readonly type: string) {}
}

function setUp(active: unknown, reduced: boolean) {
  vi.stubGlobal('HTMLInputElement', FakeInput);
  vi.stubGlobal('window', { matchMedia: () => ({ matches: reduced }) });
  const scrollIntoView = vi.fn();
  const element = { ownerDocument: { activeElement: active }, scrollIntoView };
  reveal(element as unknown as HTMLElement);
  return scrollIntoView;
}

describe('reveal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('scrolls the element into view as little as needed, gliding', () => {
    const scroll = setUp(new FakeInput('button'), false);
    expect(scroll).toHaveBeenCalledExactlyOnceWith({ block: 'nearest', behavior: 'smooth' });
  });

  it('jumps when the reader asks for reduced motion', () => {
    const scroll = setUp(null, true);
    expect(scroll).toHaveBeenCalledExactlyOnceWith({ block: 'nearest', behavior: 'instant' });
  });

  it('keeps the page still while a slider has focus', () => {
    expect(setUp(new FakeInput('range'), false)).not.toHaveBeenCalled();
  });
});
