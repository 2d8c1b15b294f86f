/**
 * Runs `start` once the browser is idle after the page's first work (or after `fallback`
 * milliseconds where there is no `requestIdleCallback`, as in Safari): for code a page loads
 * after its first paint. Returns a function that cancels it.
 */
export function whenIdle(start: () => void, fallback = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(start, { timeout: 4 * fallback });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(start, fallback);
  return () => clearTimeout(timer);
}
