/**
 * Self-checks: the questions at the end of a student page, one YAML file per page in
 * `content/self-checks/<page>.yaml` (the file name is the page's address, `cascade.yaml` for
 * `/cascade/`). The schema is shared by the content collection (`src/content.config.ts`), the
 * citation numbering (`remark-citations.ts`, which reads a page's file as it numbers
 * `<SelfCheck page="…" />`) and the unit tests. BUILD-TIME only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const question = z
  .object({
    /** The question, as one sentence a student can answer from the page. */
    question: z.string().min(10),
    /** Two to five choices, each different. */
    options: z.array(z.string().min(1)).min(2).max(5),
    /** The number of the right choice, counting from 1. */
    answer: z.number().int().min(1),
    /** Why that choice is right, in plain words, from the page's own cited content. */
    explanation: z.string().min(40),
    /** Reference keys (content/references.json) that say what the explanation says. */
    cite: z.array(z.string().min(1)).min(1),
  })
  .refine((q) => q.answer <= q.options.length, {
    message: 'answer must be the number of one of the options, counting from 1',
    path: ['answer'],
  })
  .refine((q) => new Set(q.options).size === q.options.length, {
    message: 'options must all differ',
    path: ['options'],
  });

export const selfCheckSchema = z.object({
  /** Three to five questions per page. */
  questions: z.array(question).min(3).max(5),
});

export type SelfCheck = z.infer<typeof selfCheckSchema>;
export type SelfCheckQuestion = SelfCheck['questions'][number];

export const selfCheckDir = new URL('../../../content/self-checks/', import.meta.url);

/** A page's self-check, read and validated (throws with the file name on a bad file). */
export function readSelfCheck(page: string): SelfCheck {
  if (!/^[a-z0-9-]+$/.test(page)) throw new Error(`SelfCheck: "${page}" is not a page address`);
  const path = fileURLToPath(new URL(`${page}.yaml`, selfCheckDir));
  const result = selfCheckSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    throw new Error(`content/self-checks/${page}.yaml: ${result.error.message}`);
  }
  return result.data;
}

/** Every reference key a page's self-check cites, in the order it shows them. */
export function selfCheckCitationKeys(page: string): string[] {
  return [...new Set(readSelfCheck(page).questions.flatMap((q) => q.cite))];
}

/**
 * A short fingerprint of a question, its choices and its answer: the key a reader's answer is
 * stored under. Rewording a question gives it a new key, so an old answer is never scored
 * against a changed question.
 */
export function questionKey(q: SelfCheckQuestion): string {
  return createHash('sha256')
    .update(JSON.stringify([q.question, q.options, q.answer]))
    .digest('base64url')
    .slice(0, 10);
}
