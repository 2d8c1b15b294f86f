import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// Vitest runs only the pure code beside its tests; browser behaviour lives in e2e/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts'],
          environment: 'node',
          // Property tests run hundreds of simulations; on a loaded 2-core machine they can pass
          // 5 s. Speed is measured by `npm run bench`, not by test timeouts.
          testTimeout: 20_000,
        },
      },
      // Rune helpers (`*.svelte.ts`) and their `*.svelte.test.ts` go through the site's Svelte
      // compiler, built for the browser so `$effect` runs (svelte.dev/docs/svelte/testing).
      getViteConfig({
        resolve: { conditions: ['browser'] },
        test: {
          name: 'runes',
          include: ['src/**/*.svelte.test.ts'],
          environment: './scripts/vitest-client-environment.ts',
        },
      }),
    ],
  },
});
