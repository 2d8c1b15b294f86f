/**
 * Numbers the <Cite id="…"/> marks of an MDX page in order of first appearance and hands
 * the ordered key list to the layout (as remark frontmatter `citations`), so the page's
 * reference list and its marks always agree. An unknown key stops the build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adviceCitationKeys } from '../care-advice.ts';
import { selfCheckCitationKeys } from './self-checks.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface TreeNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: TreeNode[];
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const bibliographyUrl = new URL('../../../content/references.json', import.meta.url);

/** A component's literal string attribute (`page="cascade"`), or undefined. */
function literal(node: TreeNode, name: string): string | undefined {
  const attribute = (node.attributes ?? []).find(
    (a) => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * Components that cite from data rather than through <Cite> tags in the page, with the keys
 * they cite in order (read from the component's own attributes where the data depends on
 * them): their keys are numbered with the page's own and passed as `n="key=number,…"`.
 */
const CITING_COMPONENTS: Readonly<Record<string, (node: TreeNode) => readonly string[]>> = {
  // The Spanish advice cites the same keys in the same order (a test checks its shape).
  CareAdvice: () => adviceCitationKeys(),
  SelfCheck: (node) => {
    const page = literal(node, 'page');
    if (page === undefined) throw new Error('<SelfCheck> needs a literal page="address" attribute');
    return selfCheckCitationKeys(page);
  },
};

function knownKeys(): Set<string> {
  const entries = JSON.parse(readFileSync(fileURLToPath(bibliographyUrl), 'utf8')) as {
    id: string;
  }[];
  return new Set(entries.map((entry) => entry.id));
}

export function splitKeys(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((key) => key.trim())
    .filter(Boolean);
}

function walk(node: TreeNode, visit: (node: TreeNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export function remarkCitations() {
  return (tree: TreeNode, file: VFileLike) => {
    const known = knownKeys();
    const order: string[] = [];
    walk(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const citing = node.name ? CITING_COMPONENTS[node.name] : undefined;
      if (citing) {
        const pairs = citing(node).map((key) => {
          if (!known.has(key)) {
            throw new Error(
              `${file.path ?? 'MDX'}: <${node.name ?? ''}> cites an unknown key "${key}" (not in content/references.json)`,
            );
          }
          if (!order.includes(key)) order.push(key);
          return `${key}=${order.indexOf(key) + 1}`;
        });
        (node.attributes ??= []).push({
          type: 'mdxJsxAttribute',
          name: 'n',
          value: pairs.join(','),
        });
        return;
      }
      if (node.name !== 'Cite') return;
      const attributes = node.attributes ?? [];
      const idAttribute = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (typeof idAttribute?.value !== 'string') {
        throw new Error(`${file.path ?? 'MDX'}: <Cite> needs a literal id="key" attribute`);
      }
      const numbers = splitKeys(idAttribute.value).map((key) => {
        if (!known.has(key)) {
          throw new Error(
            `${file.path ?? 'MDX'}: unknown citation key "${key}" (not in content/references.json)`,
          );
        }
        if (!order.includes(key)) order.push(key);
        return order.indexOf(key) + 1;
      });
      attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: numbers.join(',') });
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = order;
  };
}
