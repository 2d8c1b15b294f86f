/**
 * The size limits of docs/structure.md, kept by a test so the next feature cannot quietly grow a
 * component or a module past them: no component or layout over 250 lines including its style,
 * no module over 400 lines except the parameter table (one literal table, kept whole).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;
const files = filesUnder(src).map((file) => ({
  file,
  name: relative(src, file),
  lines: lines(file),
}));

describe('size limits', () => {
  it('no component or layout is over 250 lines, style included', () => {
    const views = files.filter((f) => /\.(svelte|astro)$/.test(f.name));
    expect(views.length).toBeGreaterThan(20);
    expect(views.filter((f) => f.lines > 250).map((f) => `${f.name}: ${f.lines}`)).toEqual([]);
  });

  it('no module is over 400 lines, except the parameter table', () => {
    const modules = files.filter(
      (f) =>
        /\.ts$/.test(f.name) &&
        !/\.(test|d)\.ts$/.test(f.name) &&
        f.name !== join('model', 'parameter-table.ts'),
    );
    expect(modules.length).toBeGreaterThan(40);
    expect(modules.filter((f) => f.lines > 400).map((f) => `${f.name}: ${f.lines}`)).toEqual([]);
  });
});
