import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * The model is the single source of truth and must run anywhere (Node CLI, tests, browser):
 * no UI framework, no D3, no DOM, no I/O inside src/model/.
 */
const modelPurity = {
  files: ['src/model/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['svelte', 'svelte/*'], message: 'src/model/ is pure: no Svelte.' },
          { group: ['astro', 'astro:*', 'astro/*'], message: 'src/model/ is pure: no Astro.' },
          { group: ['d3', 'd3-*'], message: 'src/model/ is pure: D3 belongs to components.' },
          { group: ['*.svelte', '*.astro'], message: 'src/model/ is pure: no components.' },
          { group: ['node:*', 'fs', 'path', 'process'], message: 'src/model/ is pure: no I/O.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['window', 'document', 'navigator', 'localStorage', 'location', 'process'].map((name) => ({
        name,
        message: 'src/model/ is pure: no DOM or process globals.',
      })),
    ],
  },
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  modelPurity,
);
