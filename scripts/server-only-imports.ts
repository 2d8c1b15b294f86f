/**
 * A build plugin that drops, from the browser's build only, every import line marked
 * `// server-only`. A component can then draw another on the server (in code the browser build
 * never runs: `import.meta.env.SSR ? … : …`) and load it in the browser with `import()` when
 * needed: otherwise the bundler, seeing the static import, would put it into the first chunk.
 * LazyCharts.svelte is the user.
 */
const serverEnvironments = new Set(['ssr', 'prerender', 'astro']);
const marked = /^\s*import\s[^;\n]*;\s*\/\/ server-only\s*$/gm;

/** The code without its `// server-only` import lines (blank lines keep the line numbers). */
export function dropServerOnlyImports(code: string): string {
  return code.replace(marked, '');
}

export function serverOnlyImports() {
  return {
    name: 'cascade:server-only-imports',
    apply: 'build' as const,
    enforce: 'pre' as const,
    transform(this: { environment?: { name?: string } }, code: string, id: string) {
      if (serverEnvironments.has(this.environment?.name ?? '')) return null;
      if (!/\.svelte$/.test(id) || !code.includes('// server-only')) return null;
      return { code: dropServerOnlyImports(code), map: null };
    },
  };
}
