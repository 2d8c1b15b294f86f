/**
 * Where a page's JavaScript bytes come from: each built chunk's gzip size shared among the
 * source modules the build put into it (see bundle-modules.ts), in proportion to each module's
 * own gzip size. Compression works across module boundaries, so the shares are estimates that
 * add up exactly to the chunk's real size.
 */
import type { RecordedChunk } from './bundle-modules.ts';

/** A readable name for a module id: a package path, a project path or a virtual module. */
export function sourceLabel(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const inPackages = clean.lastIndexOf('/node_modules/');
  if (inPackages >= 0) return clean.slice(inPackages + '/node_modules/'.length);
  const prefix = root.endsWith('/') ? root : `${root}/`;
  if (clean.startsWith(prefix)) return clean.slice(prefix.length);
  return clean;
}

/** The package a module comes from (`d3-scale`, `@astrojs/svelte`), or its project folder. */
export function sourceGroup(label: string): string {
  const parts = label.split('/');
  if (label.startsWith('src/') || label.startsWith('content/')) {
    return parts.slice(0, Math.min(parts.length - 1, 2)).join('/') || label;
  }
  if (label.startsWith('@')) return parts.slice(0, 2).join('/');
  return parts[0] ?? label;
}

/**
 * Shares `chunkGzip` bytes among a chunk's modules by their own gzip sizes. Modules without code
 * (styles extracted to CSS, fully tree-shaken files) get nothing; a chunk whose modules all lack
 * code is the bundler's own glue.
 */
export function attributeChunk(
  chunkGzip: number,
  modules: RecordedChunk['modules'],
  gzip: (code: string) => number,
  root: string,
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const module of modules) {
    if (module.code.trim() === '') continue;
    const label = sourceLabel(module.id, root);
    weights.set(label, (weights.get(label) ?? 0) + gzip(module.code));
  }
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return new Map([['(bundler glue)', chunkGzip]]);
  return new Map([...weights].map(([label, weight]) => [label, (chunkGzip * weight) / total]));
}

/** Adds one attribution into another (a page's files into the page's total). */
export function addInto(total: Map<string, number>, part: Map<string, number>): void {
  for (const [label, bytes] of part) total.set(label, (total.get(label) ?? 0) + bytes);
}

/** Sums attributions by package or project folder. */
export function byGroup(attribution: Map<string, number>): Map<string, number> {
  const groups = new Map<string, number>();
  for (const [label, bytes] of attribution) {
    const group = sourceGroup(label);
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  }
  return groups;
}

/** The largest entries, biggest first (ties by name, so the report is stable). */
export function largest(attribution: Map<string, number>, count: number): [string, number][] {
  return [...attribution].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count);
}
