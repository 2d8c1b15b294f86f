import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { selfCheckSchema } from './lib/content/self-checks';
import { tourSchema } from './lib/content/tours';

/**
 * The readers a page can be written for: the one list. The page schema below, the "Written for
 * …" words (`lib/content/pages.ts`, a record over it, so a new reader fails type checking until
 * it has words) and the reading paths' ids (`lib/content/reading-paths.ts`) derive from it.
 */
export const audiences = ['patients', 'students', 'clinicians'] as const;
export type Audience = (typeof audiences)[number];

/** The frontmatter of a content page, in any language. */
const pageSchema = z.object({
  /** The page's heading (h1), window title and link-preview title. */
  title: z.string().min(3),
  /** Short title for the previous/next pager and reading-path links; defaults to `title`. */
  navTitle: z.string().optional(),
  /** One sentence for search results and link previews (20–160 characters). */
  description: z.string().min(20).max(160),
  /** Who the page is written for (at least one), shown as "Written for …". */
  audience: z.array(z.enum(audiences)).min(1),
  /** Date of the last medical review (YYYY-MM-DD), shown on the page and on paper. */
  reviewed: z.coerce.date(),
  /** Position in the reading order: the previous/next pager follows it. */
  order: z.number().int().nonnegative(),
  /** The "In short" box: 3–5 sentences at reading grade 8 or below (a unit test checks). */
  inShort: z.string().min(40),
  /**
   * Widget pages (the explorer, the grading calculators) open with their widget under the
   * title and use the full page width; their MDX places `<InShort text={frontmatter.inShort} />`
   * after the widget, and they have no contents box.
   */
  wide: z.boolean().default(false),
  /**
   * Pages a worried patient or caregiver lands on: a line under the title links straight to
   * the call list ("When to call your team, or 911"), so it is on the first screen.
   */
  callLink: z.boolean().default(false),
});

/** Content pages: `content/pages/<id>.mdx` is served at `/<id>/` (`index.mdx` at `/`). */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/**
 * Spanish pages: `content/es/pages/<id>.mdx` is served at `/es/<id>/` (`index.mdx` at `/es/`).
 * Each names the English page it translates and that page's review date at the time, so the
 * build can warn when the English page is reviewed again (`lib/content/translations.ts`).
 */
const pagesEs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/es/pages' }),
  schema: pageSchema.extend({
    translation: z.object({
      /** The English page's id (`what-is-crs`, `index` for the home page). */
      from: z.string(),
      /** The English page's `reviewed` date this translation follows. */
      reviewed: z.coerce.date(),
    }),
  }),
});

/** A glossary entry, in any language. */
const termSchema = z.object({
  /** The term as the glossary lists it and a `<Term>` shows it by default. */
  term: z.string(),
  /** One-sentence definition: the `<Term>` popover and the glossary's first line. */
  short: z.string(),
  /** Optional longer explanation, shown on the glossary page only. */
  long: z.string().optional(),
  /** Ids of related terms, linked from the glossary entry (an unknown id fails the build). */
  seeAlso: z.array(z.string()).default([]),
});

/** Glossary terms from `content/glossary.json`; each entry's `id` is what `<Term id>` names. */
const glossary = defineCollection({ loader: file('content/glossary.json'), schema: termSchema });

/**
 * The Spanish glossary, `content/es/glossary.json`: every term a Spanish page marks, with the
 * same ids as the English glossary (a unit test checks each id exists there).
 */
const glossaryEs = defineCollection({
  loader: file('content/es/glossary.json'),
  schema: termSchema,
});

/**
 * Self-checks: `content/self-checks/<page>.yaml` holds the 3–5 questions shown at the end of
 * `/<page>/` by `<SelfCheck page="<page>" />` (schema and rules in `lib/content/self-checks.ts`).
 */
const selfChecks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/self-checks' }),
  schema: selfCheckSchema,
});

/**
 * Guided tours of the explorer: `content/tours/<id>.yaml` opens as `/explore/?tour=<id>&step=1`
 * (schema and checks in `lib/content/tours.ts`; served to the explorer as `/tours.json`).
 */
const tours = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/tours' }),
  schema: tourSchema,
});

export const collections = { pages, pagesEs, glossary, glossaryEs, selfChecks, tours };
