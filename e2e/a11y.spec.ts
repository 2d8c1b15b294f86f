import { axeViolations as violations } from './axe';
import { expect, test } from '@playwright/test';
import {
  builtRoutes,
  citeCardsOffScreen,
  settled,
  sidewaysSpill,
  themes,
  unreachableScrollers,
} from './site';

/**
 * Every built page, in both themes (they follow the system setting), on a laptop, a small
 * laptop and a 360 px phone: axe-core finds no WCAG 2.2 AA violation (1280 and 360 px), the
 * page never scrolls sideways (wide tables and equations scroll inside a named, focusable
 * region instead), and every citation card opens inside the window.
 */
for (const route of builtRoutes()) {
  test(`${route.path}: axe clean, no sideways scroll, citation cards on screen (light and dark; 1280, 1024, 360 px)`, async ({
    page,
  }) => {
    // Long pages (the model's typeset equations) take axe a while on a 2-core machine.
    test.setTimeout(240_000);
    await page.goto(route.path);
    await settled(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settled(page);
    for (const width of [1280, 1024, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      expect(await citeCardsOffScreen(page), `citation cards at ${width} px`).toEqual([]);
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme });
        expect(await sidewaysSpill(page), `${theme}, ${width} px`).toBeNull();
        expect(await unreachableScrollers(page), `${theme}, ${width} px`).toEqual([]);
        if (width !== 1024) expect(await violations(page), `${theme}, ${width} px`).toEqual([]);
      }
    }
  });
}
