/**
 * Guided tours as content: `content/tours/<id>.yaml`, one tour per file (the file name is the
 * tour's id in `?tour=<id>`). The schema is shared by the content collection
 * (`src/content.config.ts`), the endpoint that serves the tours to the explorer (`/tours.json`)
 * and the unit tests; {@link tourProblems} adds what a schema cannot see: every key cited
 * exists, every step's state is a link the explorer reads without a note, and every tour cites.
 * BUILD-TIME only.
 */
import { z } from 'astro/zod';
import { DRAW_SERIES, type Tour } from '../../explorer/tour';
import { parseExplorerQuery } from '../../explorer/view-query';
import { seriesSpec } from '../../model/series';
import { hasReference, shortReference } from './bibliography';

/** A state as query text: what `/explore/?…` would carry, without the `?`. */
const state = z.string().max(600);

const choose = z
  .object({
    kind: z.literal('choose'),
    prompt: z.string().min(10),
    options: z.array(z.string().min(1)).min(2).max(5),
    /** The right option, counting from 1. */
    answer: z.number().int().min(1),
    explanation: z.string().min(20),
  })
  .refine((q) => q.answer <= q.options.length, {
    message: 'answer must be the number of one of the options, counting from 1',
    path: ['answer'],
  });

const draw = z.object({
  kind: z.literal('draw'),
  prompt: z.string().min(10),
  /** The series drawn: serum IL-1, free serum IL-6 or CRP. */
  series: z.enum(DRAW_SERIES),
  /** Top of the drawing's axis in the series' unit. */
  max: z.number().positive(),
  explanation: z.string().min(20),
});

const step = z.object({
  /** The explorer's state for this step, as query text (`burden=80&day=5`). */
  state,
  /** What to notice, in a few sentences. */
  caption: z.string().min(1).max(600),
  /** Reference keys (content/references.json) behind the caption. */
  cite: z.array(z.string().min(1)).default([]),
  /** Asked before the step's state is shown. */
  question: z.discriminatedUnion('kind', [choose, draw]).optional(),
  /** The state shown while the question waits; default the previous step's state. */
  before: state.optional(),
});

export const tourSchema = z.object({
  /** The tour's name, as the list of tours and the explorer show it. */
  title: z.string().min(3).max(80),
  /** One sentence for the list of tours. */
  summary: z.string().max(200).optional(),
  /** Where the tour stands in the list of tours. */
  order: z.number().int().optional(),
  steps: z.array(step).min(1).max(12),
});

export type TourFile = z.infer<typeof tourSchema>;

/** The problems the schema cannot see, each naming its step (an empty list when there are none). */
export function tourProblems(file: TourFile): string[] {
  const problems: string[] = [];
  if (!file.steps.some((s) => s.cite.length > 0)) problems.push('the tour cites no source');
  file.steps.forEach((s, index) => {
    const where = `step ${index + 1}`;
    for (const key of s.cite) {
      if (!hasReference(key)) problems.push(`${where}: unknown citation key "${key}"`);
    }
    for (const [name, query] of [
      ['state', s.state],
      ['before', s.before],
    ] as const) {
      if (query === undefined) continue;
      for (const note of parseExplorerQuery(query).notes) {
        problems.push(`${where}: ${name} "${query}": ${note.message}`);
      }
    }
  });
  return problems;
}

/** A checked tour file as the explorer receives it (citations resolved); throws on a problem. */
export function browserTour(id: string, file: TourFile): Tour {
  const problems = tourProblems(file);
  if (problems.length > 0) throw new Error(`content/tours/${id}.yaml: ${problems.join('; ')}`);
  return {
    id,
    title: file.title,
    ...(file.summary === undefined ? {} : { summary: file.summary }),
    steps: file.steps.map((s) => ({
      state: s.state,
      caption: s.caption,
      cite: s.cite.map((key) => ({
        key,
        label: shortReference(key),
        href: `/references/#source-${key}`,
      })),
      ...(s.question === undefined
        ? {}
        : {
            question:
              s.question.kind === 'draw'
                ? {
                    ...s.question,
                    label: seriesSpec(s.question.series).label,
                    unit: seriesSpec(s.question.series).unit,
                  }
                : s.question,
          }),
      ...(s.before === undefined ? {} : { before: s.before }),
    })),
  };
}
