/**
 * An attachment that keeps an element's height in a CSS custom property on an ancestor, so
 * the ancestor's styles can allow for it: a sticky bar's height becomes the `scroll-margin-top`
 * of the fields that scroll under it, and the browser then brings a focused field into view
 * below the bar rather than behind it. The property is removed when the element goes.
 *
 * ```svelte
 * <div class="bar" {@attach heightProperty('--bar-height', '.tool')}>…</div>
 * ```
 */
import type { Attachment } from 'svelte/attachments';

export function heightProperty(name: `--${string}`, ancestor: string): Attachment<HTMLElement> {
  return (element) => {
    const target = element.closest<HTMLElement>(ancestor);
    if (!target) return;
    const observer = new ResizeObserver(() => {
      target.style.setProperty(name, `${element.offsetHeight}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      target.style.removeProperty(name);
    };
  };
}
