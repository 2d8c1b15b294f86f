import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtRoutes, themes } from './site';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** axe-core over every built page, in both themes (they follow the system setting), on a
 * laptop and on a 360 px phone. */
for (const route of builtRoutes()) {
  test(`axe finds no WCAG 2.2 AA violation on ${route.path}, light and dark, 1280 and 360 px`, async ({
    page,
  }) => {
    // Long pages (the model's typeset equations) take axe a while on a 2-core machine.
    test.setTimeout(240_000);
    await page.goto(route.path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme });
        expect(await violations(page), `${theme}, ${width} px`).toEqual([]);
      }
    }
  });
}
