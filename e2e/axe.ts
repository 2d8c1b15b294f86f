/**
 * axe-core for every spec, run in the page itself and set up for speed without skipping a rule.
 *
 * Why not `@axe-core/playwright`: its `analyze()` evaluates axe-core's 550 KB source in the page
 * twice on every call (once to check for `runPartial`, once per frame to inject), which was
 * most of the suite's axe time: four runs on /glossary/ took 6.2 s through it, 2.8 s with the
 * source evaluated once per page and `axe.run` called directly. Here the source is evaluated
 * only when the page has no `axe` yet (a new page, or after a navigation), and the results are
 * violations only (building selectors for every passing node was most of axe's own time on
 * long pages such as /model/).
 *
 * The site has no frames; a page that gains one is refused rather than half-checked, since
 * axe inside a frame would need its own copy of the source.
 *
 * ```ts
 * expect(await axeViolations(page, 'main')).toEqual([]); // or, for axe's own results:
 * const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).include('main').analyze();
 * ```
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let source: string | undefined;
/** axe-core's browser build, read once per worker. */
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export default class AxeBuilder {
  readonly #page: Page;
  #tags: string[] = [];
  readonly #includes: string[] = [];

  constructor({ page }: { page: Page }) {
    this.#page = page;
  }

  /** Only the rules with these tags (WCAG levels), as axe's `runOnly`. */
  withTags(tags: string[]): this {
    this.#tags = [...tags];
    return this;
  }

  /** Checks only inside the elements this CSS selector matches (callable more than once). */
  include(selector: string): this {
    this.#includes.push(selector);
    return this;
  }

  /**
   * Runs axe-core on the page (or the included parts). Resolves with its results, of which
   * only `violations` is filled; rejects if the page has a frame or axe itself fails.
   */
  async analyze(): Promise<AxeResults> {
    const page = this.#page;
    if (page.frames().length > 1) throw new Error('e2e/axe.ts does not check inside frames');
    const loaded = () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function';
    if (!(await page.evaluate(loaded))) await page.evaluate(axeSource());
    const options: RunOptions = {
      resultTypes: ['violations'],
      ...(this.#tags.length ? { runOnly: { type: 'tag', values: this.#tags } } : {}),
    };
    return page.evaluate(
      ({ includes, options }) =>
        (window as unknown as { axe: typeof import('axe-core') }).axe.run(
          includes.length ? { include: includes.map((selector) => [selector]) } : document,
          options,
        ),
      { includes: this.#includes, options },
    );
  }
}

/**
 * The page's WCAG 2.2 AA violations (only inside the elements `include` selectors match, if
 * given), one line each: the rule, then the elements that break it, as a failing test should
 * name them. Empty when the page passes.
 */
export async function axeViolations(page: Page, ...include: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcag22aa);
  for (const selector of include) builder.include(selector);
  const { violations } = await builder.analyze();
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
