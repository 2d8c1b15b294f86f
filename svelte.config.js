import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte` version stamp: one module fewer on every page with an island.
  compilerOptions: { discloseVersion: false },
};
