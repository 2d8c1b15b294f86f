/**
 * The little of HTML's syntax tree (hast) that the site's rehype plugins read and write: text,
 * elements with their properties and children, and the text of a subtree.
 */
export interface HastText {
  type: 'text';
  value: string;
}

export interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}

export type HastNode = HastElement | HastText | { type: string; children?: HastNode[] };

export function isElement(node: HastNode): node is HastElement {
  return node.type === 'element';
}

/** All the text under a node, in document order. */
export function textOf(node: HastNode): string {
  if (node.type === 'text') return (node as HastText).value;
  return ((node as { children?: HastNode[] }).children ?? []).map(textOf).join('');
}
