import { describe, expect, it } from 'vitest';
import { rehypeScrollRegions } from './rehype-scroll-regions';

const text = (value: string) => ({ type: 'text', value });
const element = (tagName: string, children: unknown[] = [], properties = {}) => ({
  type: 'element',
  tagName,
  properties,
  children,
});

describe('rehypeScrollRegions', () => {
  it('wraps tables and displayed equations in labelled, focusable regions', () => {
    const tree = {
      type: 'root',
      children: [
        element('h2', [text('The ASTCT grade of CRS')]),
        element('table', [element('tbody')]),
        element('table', [element('tbody')]),
        element('table', [element('caption', [text('Parameters')]), element('tbody')]),
        element('span', [element('span', [], { className: ['katex'] })], {
          className: ['katex-display'],
        }),
        // KaTeX's MathML-only output: a display is a .katex span holding <math display="block">.
        element('span', [element('math', [], { display: 'block' })], { className: ['katex'] }),
        element('span', [element('math')], { className: ['katex'] }),
        element('p', [element('span', [], { className: ['katex'] })]),
      ],
    };
    rehypeScrollRegions()(tree as never);
    const regions = tree.children.filter(
      (node) => (node.properties as Record<string, unknown>)['role'] === 'region',
    );
    expect(regions.map((node) => (node.properties as Record<string, unknown>)['ariaLabel'])).toEqual(
      [
        'Table: The ASTCT grade of CRS',
        'Table: The ASTCT grade of CRS (2)',
        'Table: Parameters',
        'Equation 1',
        'Equation 2',
      ],
    );
    for (const node of regions) {
      expect((node.properties as Record<string, unknown>)['tabIndex']).toBe(0);
    }
    // Inline maths stays where it is, in its paragraph or not.
    expect(tree.children.at(-1)?.tagName).toBe('p');
    expect(tree.children.at(-2)?.tagName).toBe('span');
  });

  it('leaves a table that already scrolls in a region alone', () => {
    const table = element('table');
    const tree = {
      type: 'root',
      children: [element('div', [table], { role: 'region', className: ['table-scroll'] })],
    };
    rehypeScrollRegions()(tree as never);
    expect(tree.children[0]?.children[0]).toBe(table);
  });
});
