/**
 * What a reader did inside server HTML that live HTML of the same shape is about to replace
 * (the explorer's charts, LazyCharts and ChartSlot): which disclosures they opened and where
 * their focus was. Replacing the nodes drops both, so a keyboard reader who opened a chart's
 * data table before the chart code arrived would find it shut and their focus thrown back to
 * the top of the page.
 *
 * Elements are matched by their order in the box, which holds because both copies come from
 * the same component.
 */
export interface ReaderMarks {
  /** Each `<details>` in the box, in order: open or not. */
  readonly open: readonly boolean[];
  /** The focused element's place among the box's focusable elements, or -1. */
  readonly focused: number;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Reads the reader's marks in `box`, just before its contents are replaced. */
export function readMarks(box: ParentNode): ReaderMarks {
  return {
    open: [...box.querySelectorAll('details')].map((details) => details.open),
    focused: [...box.querySelectorAll(FOCUSABLE)].findIndex(
      (element) => element === document.activeElement,
    ),
  };
}

/**
 * Puts `marks` back on `box`'s new contents: opens what was open, then gives focus back to the
 * element in the same place, without scrolling, unless focus has since gone somewhere else.
 */
export function applyMarks(box: ParentNode, marks: ReaderMarks): void {
  const details = box.querySelectorAll('details');
  marks.open.forEach((open, i) => {
    const element = details[i];
    if (open && element) element.open = true;
  });
  if (marks.focused < 0) return;
  // Removing the focused element leaves focus on the body; anywhere else, the reader moved it.
  if (document.activeElement !== null && document.activeElement !== document.body) return;
  const target = box.querySelectorAll<HTMLElement>(FOCUSABLE)[marks.focused];
  target?.focus({ preventScroll: true });
}
