/**
 * Gives every h2 and h3 of an article a visible "#" link to itself, so a clinician can copy
 * the address of exactly the section they mean. No JavaScript: the link puts the section's
 * address in the browser's address bar and the link itself can be copied.
 */
import { SITE_WORDS, localeOfFile } from '../i18n/site-words';
import { textOf, type HastElement, type HastNode } from './hast-nodes';

function visit(node: HastNode, callback: (element: HastElement) => void): void {
  if (node.type === 'element') callback(node as HastElement);
  for (const child of (node as { children?: HastNode[] }).children ?? []) visit(child, callback);
}

export function rehypeHeadingAnchors() {
  return (tree: HastNode, file?: { path?: string }) => {
    const words = SITE_WORDS[localeOfFile(file?.path)];
    visit(tree, (element) => {
      if (element.tagName !== 'h2' && element.tagName !== 'h3') return;
      const id = element.properties?.['id'];
      if (typeof id !== 'string' || id === '') return;
      const text = textOf(element).trim();
      element.children.push({
        type: 'element',
        tagName: 'a',
        // Search results name sections by their heading: keep the link's words out of the index.
        properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: 'all' },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '#' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: words.sectionLink(text) }],
          },
        ],
      });
    });
  };
}
