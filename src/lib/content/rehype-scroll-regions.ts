/**
 * Wide content scrolls inside itself, never the page: every table and every displayed equation
 * of an article is wrapped in a region that scrolls sideways when it is wider than the screen.
 * The region is labelled (a table by its caption or the section it sits in, an equation by its
 * number) and focusable, so keyboard users can scroll it with the arrow keys.
 *
 * `<div class="table-scroll" role="region" aria-label="Table: The ASTCT grade of CRS" tabindex="0">`
 */
import { SITE_WORDS, localeOfFile } from '../i18n/site-words';
import { isElement, textOf, type HastElement, type HastNode } from './hast-nodes';

function classesOf(element: HastElement): string[] {
  const value = element.properties?.['className'];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** What a wrapper scrolls: a table, a displayed equation, or neither. */
function kindOf(node: HastNode): 'table' | 'equation' | null {
  if (!isElement(node)) return null;
  if (node.tagName === 'table') return 'table';
  if (classesOf(node).includes('katex-display')) return 'equation';
  // KaTeX's MathML-only output: `<span class="katex"><math display="block">` for a display.
  if (classesOf(node).includes('katex')) {
    const math = node.children.find((part) => isElement(part) && part.tagName === 'math');
    if (math && isElement(math) && math.properties?.['display'] === 'block') return 'equation';
  }
  return null;
}

function region(className: string, label: string, child: HastNode): HastElement {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: [className], role: 'region', ariaLabel: label, tabIndex: 0 },
    children: [child],
  };
}

/** The labels of one page: unique, so no two regions read the same. */
function labeller(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  };
}

export function rehypeScrollRegions() {
  return (tree: HastNode, file?: { path?: string }) => {
    const table = SITE_WORDS[localeOfFile(file?.path)].table;
    const unique = labeller();
    let section = '';
    let equations = 0;
    const walk = (parent: HastNode, inRegion: boolean): void => {
      const children = (parent as { children?: HastNode[] }).children;
      if (!children) return;
      children.forEach((child, index) => {
        if (isElement(child) && /^h[23]$/.test(child.tagName)) section = textOf(child).trim();
        const kind = inRegion ? null : kindOf(child);
        if (kind === 'table') {
          const caption = (child as HastElement).children.find(
            (part) => isElement(part) && part.tagName === 'caption',
          );
          const name = caption ? textOf(caption).trim() : section;
          children[index] = region('table-scroll', unique(name ? `${table}: ${name}` : table), child);
          return;
        }
        if (kind === 'equation') {
          equations += 1;
          children[index] = region('math-scroll', `Equation ${equations}`, child);
          return;
        }
        const startsRegion =
          isElement(child) && child.properties?.['role'] === 'region' ? true : inRegion;
        walk(child, startsRegion);
      });
    };
    walk(tree, false);
  };
}
