import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const audiences = ['patients', 'students', 'clinicians'] as const;

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: z.object({
    title: z.string().min(3),
    navTitle: z.string().optional(),
    description: z.string().min(20).max(160),
    audience: z.array(z.enum(audiences)).min(1),
    reviewed: z.coerce.date(),
    order: z.number().int().nonnegative(),
    inShort: z.string().min(40),
    /** Widget pages (the explorer) use the full page width instead of a reading measure. */
    wide: z.boolean().default(false),
  }),
});

const glossary = defineCollection({
  loader: file('content/glossary.json'),
  schema: z.object({
    term: z.string(),
    short: z.string(),
    long: z.string().optional(),
    seeAlso: z.array(z.string()).default([]),
  }),
});

export const collections = { pages, glossary };
