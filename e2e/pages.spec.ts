import { expect, test } from '@playwright/test';
import { builtHtml, builtRoutes, recorded, settled, watchErrors } from './site';

/**
 * One visit per built page checks what every page owes its readers: it answers, it has its
 * landmarks and disclaimer link, it runs under its strict Content Security Policy delivered
 * as a header (as a host should send it), it makes no request to any other origin, and it
 * logs no error.
 */
const routes = builtRoutes();

test('the build has the home page and the content pages', () => {
  const paths = routes.map((route) => route.path);
  expect(paths).toContain('/');
  expect(paths.length).toBeGreaterThan(1);
});

test('a page without a widget (an island or a self-check) ships no JavaScript file', () => {
  const plain = routes.filter((route) => !/<astro-island|data-self-check=/.test(builtHtml(route)));
  expect(plain.length).toBeGreaterThan(0);
  for (const route of plain) {
    expect(builtHtml(route), route.path).not.toMatch(/<script[^>]+src=/);
  }
});

test('every page has one h1 first, and its headings never skip a level on the way down', () => {
  // A screen reader's list of headings is the page's outline: a skip (an h1, then an h3) reads
  // as a missing section. Islands' headings are in the built page as the server drew them.
  const skips = routes.flatMap((route) => {
    const levels = [...builtHtml(route).matchAll(/<h([1-6])[\s>]/g)].map((match) =>
      Number(match[1]),
    );
    const wrong: string[] = [];
    if (levels.length > 0 && levels[0] !== 1) wrong.push(`starts at h${levels[0]}`);
    if (levels.filter((level) => level === 1).length !== 1) wrong.push('not one h1');
    levels.forEach((level, i) => {
      const before = levels[i - 1];
      if (before !== undefined && level > before + 1) wrong.push(`h${before} → h${level}`);
    });
    return wrong.map((what) => `${route.path}: ${what}`);
  });
  expect(skips).toEqual([]);
});

test('every page that tells readers to call the care team also gives the emergency route', () => {
  const telling = routes.filter((route) => {
    // Link texts only point to the advice ("When to call your team, or 911"); instructions are
    // the words outside links.
    const text = builtHtml(route)
      .replace(/<a\b[\s\S]*?<\/a>/gi, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ');
    return /\bcall your (care )?team\b/i.test(text);
  });
  expect(telling.map((route) => route.path)).toEqual(
    expect.arrayContaining(['/for-patients/', '/disclaimer/', '/neurotoxicity/']),
  );
  for (const route of telling) {
    const html = builtHtml(route);
    expect(html, route.path).toContain('data-emergency-route');
    expect(html, route.path).toContain('Call 911 (or your local emergency number) now');
    expect(html, route.path).toContain('nearest emergency department');
  }
});

for (const route of routes) {
  test(`${route.path} loads cleanly: 200, landmarks, strict CSP, same origin, no error`, async ({
    page,
    baseURL,
  }) => {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
      builtHtml(route),
    )?.[1];
    expect(policy, 'the page has a CSP').toBeTruthy();
    expect(policy).toMatch(/script-src 'self'[^;]*;/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/style-src [^;]*'unsafe-inline'/);

    const errors = watchErrors(page);
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
        foreign.push(request.url());
      }
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(200);
    // The server sends the policy as a header too (headers.spec.ts checks it in detail).
    const scriptSources = (text: string) => /script-src ([^;]*)/.exec(text)?.[1]?.split(/\s+/);
    expect(scriptSources(response?.headers()['content-security-policy'] ?? '')).toEqual(
      expect.arrayContaining(scriptSources(policy ?? '') ?? ['script-src']),
    );
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(
      // In the page's language: "disclaimer", or "aviso médico" on the Spanish pages.
      page
        .getByRole('contentinfo')
        .getByRole('link', { name: /disclaimer|aviso médico/i })
        .first(),
    ).toBeVisible();
    // Islands on the first screen hydrate; then scroll to the end so those that hydrate when
    // visible load (and could misbehave) too.
    await settled(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settled(page);

    expect(await recorded<string[]>(page, 'cspViolations')).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}
