/**
 * An attachment that scrolls an element that has just appeared into view, as little as needed
 * (the explorer's note of what a change did, which appears under the control the reader
 * tapped: on a phone it would otherwise open below the screen's edge). It leaves the page
 * still while the reader is on a slider, since scrolling under a dragging finger moves the
 * slider too, and it jumps instead of gliding when the reader asks for reduced motion.
 *
 * ```svelte
 * <div {@attach reveal}>…</div>
 * ```
 */
import type { Attachment } from 'svelte/attachments';

export const reveal: Attachment<HTMLElement> = (element) => {
  const active = element.ownerDocument.activeElement;
  if (active instanceof HTMLInputElement && active.type === 'range') return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'nearest', behavior: still ? 'instant' : 'smooth' });
};
