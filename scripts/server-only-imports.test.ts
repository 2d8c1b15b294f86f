/**
 * The browser build drops only the import lines marked `// server-only`, and keeps the line
 * count (so error positions in the rest of the component still point at the right line).
 */
import { describe, expect, it } from 'vitest';
import { dropServerOnlyImports, serverOnlyImports } from './server-only-imports.ts';

const component = [
  '<script lang="ts">',
  "  import { render } from 'svelte/server'; // server-only",
  "  import Charts from './Charts.svelte'; // server-only",
  "  import { whenIdle } from '../../lib/when-idle';",
  "  import type X from './X.svelte'; // not server-only",
  '</script>',
].join('\n');

describe('server-only imports', () => {
  it('drops the marked import lines and nothing else', () => {
    const kept = dropServerOnlyImports(component);
    expect(kept).not.toContain('svelte/server');
    expect(kept).not.toContain('Charts.svelte');
    expect(kept).toContain("import { whenIdle } from '../../lib/when-idle';");
    expect(kept).toContain("import type X from './X.svelte'; // not server-only");
    expect(kept.split('\n')).toHaveLength(component.split('\n').length);
  });

  it('changes the browser build of a component, never the server build nor other files', () => {
    const plugin = serverOnlyImports();
    const browser = { environment: { name: 'client' } };
    const server = { environment: { name: 'ssr' } };
    expect(plugin.transform.call(browser, component, '/x/LazyCharts.svelte')?.code).toBe(
      dropServerOnlyImports(component),
    );
    expect(plugin.transform.call(server, component, '/x/LazyCharts.svelte')).toBeNull();
    expect(plugin.transform.call(browser, component, '/x/notes.ts')).toBeNull();
  });
});
