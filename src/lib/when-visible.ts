/**
 * An attachment that calls `start` once, the first time at least `threshold` of the element is
 * in view, and then stops watching (the explorer's "play once when scrolled into view").
 *
 * ```svelte
 * <div {@attach whenVisible(() => playback.restart())}>…</div>
 * ```
 *
 * `margin` widens the view (a CSS margin, `'50%'`): "when scrolled near", to load a part of a
 * page before the reader reaches it.
 */
import type { Attachment } from 'svelte/attachments';

export function whenVisible(start: () => void, threshold = 0.5, margin = '0px'): Attachment {
  return (element) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      { threshold, rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
