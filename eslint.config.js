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

/** Patterns of imports that reach up into components (logic never imports the UI). */
const components = [
  { group: ['**/components/**'], message: 'Logic never imports components (src/components/).' },
  { group: ['*.svelte', '*.astro'], message: 'Logic never imports .svelte or .astro files.' },
];
/** Build-time content plumbing (citation-js, satori, astro:content) never reaches a browser. */
const buildTime = {
  regex: '(^|/)lib/content(/|$)',
  message: 'Browser code never imports build-time code (src/lib/content/).',
};

/**
 * The floors of the house (docs/structure.md): pure view logic (src/explorer/,
 * src/tools/) and browser helpers (src/lib/*.ts) sit below the components and never import
 * them or the build-time plumbing in src/lib/content/; build-time code may use browser helpers
 * but not components; Svelte components never import build-time code.
 */
const floors = [
  {
    files: ['src/explorer/**/*.ts', 'src/tools/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...components, buildTime] }] },
  },
  {
    files: ['src/lib/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...components,
            buildTime,
            { regex: '^\\./content/', message: buildTime.message },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/content/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: components }] },
  },
  {
    // Components may import components, but not build-time code.
    files: ['src/components/**/*.svelte', 'src/components/**/*.svelte.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [buildTime] }] },
  },
  {
    // Rune helpers below the components keep both rules of their floor. (A later block that
    // names the same rule replaces it for its files, so they need their own block.)
    files: ['src/lib/**/*.svelte.ts', 'src/explorer/**/*.svelte.ts', 'src/tools/**/*.svelte.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...components, buildTime] }] },
  },
  {
    // A component's <script> (eslint-plugin-astro lints it as `X.astro/0_0.ts`) runs in the
    // browser: it keeps the browser's rules, and is part of its component, not a module.
    files: ['src/components/**/*.astro/*.ts', 'src/components/**/*.astro/*.js'],
    rules: { 'no-restricted-imports': ['error', { patterns: [buildTime] }] },
  },
  {
    // components/ holds only .svelte and .astro, plus *.svelte.ts rune helpers and tests.
    files: ['src/components/**/*.ts'],
    ignores: [
      'src/components/**/*.svelte.ts',
      'src/components/**/*.test.ts',
      'src/components/**/*.astro/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message:
            'src/components/ holds only .svelte and .astro files: put logic in src/explorer/, src/tools/ or src/lib/.',
        },
      ],
    },
  },
];

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
  ...floors,
);
