// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkCitations } from './src/lib/content/remark-citations.ts';
import { rehypeHeadingAnchors } from './src/lib/content/rehype-heading-anchors.ts';
import { rehypeScrollRegions } from './src/lib/content/rehype-scroll-regions.ts';
import { bundleModules } from './scripts/bundle-modules.ts';
import { serverOnlyImports } from './scripts/server-only-imports.ts';

export default defineConfig({
  // Canonical addresses, the sitemap and link previews use the public origin a deployment sets
  // in CASCADE_SITE_URL; without it they carry the path alone (never a made-up domain).
  ...(process.env.CASCADE_SITE_URL ? { site: process.env.CASCADE_SITE_URL } : {}),
  // Links are written with a trailing slash, but the published contracts (e.g.
  // /tools/crs-grade?temp=38.5) omit it: both forms must open the page.
  trailingSlash: 'ignore',
  // Every page's styles go inline in its <head>: no stylesheet request blocks the first paint
  // (there were 9 to 14 per page). Astro hashes each <style> into the page's policy.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // English keeps today's addresses (no prefix); Spanish pages live under /es/. The Spanish
  // addresses are a contract, listed in docs/languages.md.
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'es'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), svelte()],
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins; maths and citation
    // numbering need the unified pipeline. Shiki's inline styles would fight the CSP.
    processor: unified({
      remarkPlugins: [remarkMath, remarkCitations],
      rehypePlugins: [
        [rehypeKatex, { output: 'mathml', throwOnError: true }],
        // Tables and displayed equations scroll inside themselves on a narrow screen.
        rehypeScrollRegions,
        // Ids first (Astro would add them later), so the anchors can point at them.
        rehypeHeadingIds,
        rehypeHeadingAnchors,
      ],
    }),
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: {
        // KaTeX and Svelte's style: directives write style="" attributes; allow only those.
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  vite: {
    // Fonts must be files under /_astro/, not data: URLs inside the CSS.
    build: { assetsInlineLimit: 0 },
    // Records which source modules each browser chunk holds, for `npm run size -- --why`.
    // Imports marked `// server-only` stay out of the browser's build (LazyCharts.svelte).
    plugins: [bundleModules(), serverOnlyImports()],
    worker: { plugins: () => [bundleModules()] },
  },
  devToolbar: { enabled: false },
});
