import { defineConfig } from 'vitest/config';

// Vitest runs only the pure code beside its tests; browser behaviour lives in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
