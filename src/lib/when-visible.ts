/**
 * An attachment that calls `start` once, the first time at least `threshold` of the element is
 * in view, and then stops watching (the explorer's "play once when scrolled into view").
 *
 * ```svelte
 * <div {@attach whenVisible(() => playback.restart())}>…</div>
 * ```
 */
import type { Attachment } from 'svelte/attachments';

export function whenVisible(start: () => void, threshold = 0.5): Attachment {
  return (element) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      { threshold },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
