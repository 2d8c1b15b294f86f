/**
 * What a reader did inside server HTML that live HTML of the same shape is about to replace
 * (the explorer's charts, LazyCharts and ChartSlot): which disclosures they opened, how far
 * they scrolled a scrolling region, and where their focus was. Replacing the nodes drops all
 * three, so a keyboard reader who opened a chart's data table before the chart code arrived
 * would find it shut and their focus thrown back to the top of the page.
 *
 * Elements are matched by their order in the box, which holds because both copies come from
 * the same component. A focused element after the box and on the screen (a data table in a
 * chart further down) is kept where it was on the screen too, however much taller the new
 * contents are.
 */
import { tick } from 'svelte';

interface ReaderMarks {
  /** Each `<details>` in the box, in order: open or not. */
  readonly open: readonly boolean[];
  /** Each scrolling region (a data table's), in order: how far it was scrolled. */
  readonly scrolled: readonly { top: number; left: number }[];
  /** The focused element's place among the box's focusable elements, or -1. */
  readonly focused: number;
  /**
   * The focused element when it comes after the box and is on the screen (the swap moves it but
   * does not replace it), or null.
   */
  readonly focusedOutside: Element | null;
  /** Where the focused element was on the screen (px from the top of the window). */
  readonly focusedTop: number;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
const SCROLLING = '[role="region"][tabindex]';

/** Reads the reader's marks in `box`, just before its contents are replaced. */
function readMarks(box: HTMLElement): ReaderMarks {
  const focusable = [...box.querySelectorAll(FOCUSABLE)];
  const active = document.activeElement === document.body ? null : document.activeElement;
  const focused = focusable.findIndex((element) => element === active);
  // Focus after the box moves when the box's new contents are taller. Not focus before it or
  // around it (the page's <main> after the skip link), and not focus the reader has scrolled
  // away from: there the browser's scroll anchoring keeps what the reader looks at.
  const { DOCUMENT_POSITION_FOLLOWING: FOLLOWING, DOCUMENT_POSITION_CONTAINED_BY: INSIDE } = Node;
  const after =
    focused < 0 &&
    active !== null &&
    (box.compareDocumentPosition(active) & (FOLLOWING | INSIDE)) === FOLLOWING;
  const afterTop = after ? active.getBoundingClientRect().top : 0;
  const focusedOutside = after && afterTop >= 0 && afterTop < window.innerHeight ? active : null;
  const open = [...box.querySelectorAll('details')].map((details) => details.open);
  return {
    open,
    // A region inside a shut table cannot have been scrolled; with none open, no layout is read.
    scrolled: open.some(Boolean)
      ? [...box.querySelectorAll(SCROLLING)].map((region) => ({
          top: region.scrollTop,
          left: region.scrollLeft,
        }))
      : [],
    focused,
    focusedOutside,
    focusedTop: focusedOutside ? afterTop : (focusable[focused]?.getBoundingClientRect().top ?? 0),
  };
}

/**
 * Puts `marks` back on `box`'s new contents: opens what was open, scrolls the regions back,
 * then gives focus back to the element in the same place, unless focus has since gone
 * somewhere else. The live copy may not be the drawing's height, so the page scrolls to keep
 * that element where it was on the screen, not where the browser would scroll it.
 */
function applyMarks(box: ParentNode, marks: ReaderMarks): void {
  const details = box.querySelectorAll('details');
  marks.open.forEach((open, i) => {
    const element = details[i];
    if (open && element) element.open = true;
  });
  const regions = box.querySelectorAll(SCROLLING);
  marks.scrolled.forEach(({ top, left }, i) => regions[i]?.scrollTo({ top, left }));
  if (marks.focusedOutside) {
    if (marks.focusedOutside === document.activeElement) keepOnScreen(marks.focusedOutside, marks);
    return;
  }
  if (marks.focused < 0) return;
  // Removing the focused element leaves focus on the body; anywhere else, the reader moved it.
  if (document.activeElement !== null && document.activeElement !== document.body) return;
  const target = box.querySelectorAll<HTMLElement>(FOCUSABLE)[marks.focused];
  if (!target) return;
  target.focus({ preventScroll: true });
  keepOnScreen(target, marks);
}

/**
 * Scrolls the page so that the focused element is where it was on the screen before the swap.
 * The browser's own scroll anchoring does not always do it: as the charts went live one after
 * another, the first grew 52 px after the second (holding the reader's table) had gone live,
 * and Chromium 150 left the table 51 px lower.
 */
function keepOnScreen(element: Element, marks: ReaderMarks): void {
  window.scrollBy({
    top: element.getBoundingClientRect().top - marks.focusedTop,
    behavior: 'instant',
  });
}

/**
 * Runs `swap`, a state change after which Svelte redraws `box`'s contents, and puts the
 * reader's marks read just before it back on what Svelte drew (after its next update).
 */
export function swapKeepingMarks(box: HTMLElement | undefined, swap: () => void): void {
  const marks = box && readMarks(box);
  swap();
  if (box && marks) void tick().then(() => applyMarks(box, marks));
}
