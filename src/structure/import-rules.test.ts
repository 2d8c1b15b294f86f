/**
 * The floors of the house are kept by ESLint rules (eslint.config.js, `floors`); these cases show
 * that each rule fires on a wrong-way import and stays quiet on a right-way one, so a rule that
 * stopped matching (a moved folder, a typo in a glob) fails here instead of silently passing.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The restricted-import and structure messages ESLint gives `code` as if it were at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  // A file ESLint could not parse would report nothing: that must fail, not pass quietly.
  const fatal = (result?.messages ?? []).find((m) => m.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

// ESLint with type information (for .svelte.ts) takes seconds on a busy 2-core machine.
describe('import rules between the floors', { timeout: 60_000 }, () => {
  it.each([
    [
      'src/explorer/example.ts',
      "import X from '../components/explorer/Explorer.svelte';\nvoid X;\n",
    ],
    ['src/tools/example.ts', "import { a } from '../components/tools/helpers';\nvoid a;\n"],
    ['src/lib/example.ts', "import { site } from './content/site';\nvoid site;\n"],
    ['src/explorer/example.ts', "import { site } from '../lib/content/site';\nvoid site;\n"],
    [
      'src/lib/content/example.ts',
      "import X from '../../components/ui/CopyLink.svelte';\nvoid X;\n",
    ],
    ['src/model/example.ts', "import { scaleLinear } from 'd3-scale';\nvoid scaleLinear;\n"],
    // A rune helper below the components keeps its floor's rules too (type-aware parsing needs
    // a file the project knows, so the case borrows an existing helper's path).
    ['src/lib/motion.svelte.ts', "import X from '../components/ui/CopyLink.svelte';\nvoid X;\n"],
  ])('%s may not import %j', async (path, code) => {
    expect(await problems(path, code)).not.toEqual([]);
  });

  it.each([
    ['src/explorer/example.ts', "import { simulate } from '../model/cascade';\nvoid simulate;\n"],
    [
      'src/lib/content/example.ts',
      "import { CARE_ADVICE } from '../care-advice';\nvoid CARE_ADVICE;\n",
    ],
    ['src/tools/example.ts', "import { gradeCrs } from '../model/grading';\nvoid gradeCrs;\n"],
  ])('%s may import %j', async (path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });

  it('a plain .ts module under src/components/ is refused; a rune helper is not', async () => {
    expect(await problems('src/components/explorer/logic.ts', 'export const x = 1;\n')).toEqual([
      expect.stringContaining('holds only .svelte and .astro'),
    ]);
    expect(
      await problems('src/components/explorer/explorer-state.svelte.ts', 'export const x = 1;\n'),
    ).toEqual([]);
  });

  it('a component’s browser <script> may use lib/ but not the build-time lib/content/', async () => {
    const component = (line: string) => `---\n---\n\n<p>x</p>\n\n<script>\n  ${line}\n</script>\n`;
    const path = 'src/components/content/Example.astro';
    expect(
      await problems(
        path,
        component("import { site } from '../../lib/content/site';\n  void site;"),
      ),
    ).toEqual([expect.stringContaining('build-time')]);
    expect(
      await problems(
        path,
        component("import { score } from '../../lib/self-check';\n  void score;"),
      ),
    ).toEqual([]);
  });
});
