import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtRoutes, gotoInTheme, themes } from './site';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const route of builtRoutes()) {
  for (const theme of themes) {
    test(`axe finds no WCAG 2.2 AA violation on ${route.path} (${theme})`, async ({ page }) => {
      await gotoInTheme(page, route.path, theme);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
