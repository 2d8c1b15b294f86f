import { expect, test } from '@playwright/test';
import { builtHtml, builtRoutes } from './site';

/**
 * The headers a deployment sends (scripts/deploy-headers.ts), checked on whichever server runs
 * the suite: the test server, or nginx / Caddy with the generated configuration
 * (`E2E_SERVER=nginx`). The pages' own policies stay in force; the header adds who may frame
 * a page: only the site itself, except the embeds, which any site may show.
 */
const routes = builtRoutes();
const plain = routes.filter((route) => !route.path.startsWith('/embed/'));
const embeds = routes.filter((route) => route.path.startsWith('/embed/'));

function metaPolicy(html: string): Map<string, string[]> {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy, 'the page has a CSP').toBeTruthy();
  return directives(policy ?? '');
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => Boolean(name))
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

for (const route of routes) {
  test(`${route.path} is sent with its security headers`, async ({ request }) => {
    const response = await request.get(route.path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['content-type']).toMatch(/^text\/html/);
    const sent = directives(headers['content-security-policy'] ?? '');
    // Every directive the page declares is in the header, with no source the site does not use.
    for (const [name, sources] of metaPolicy(builtHtml(route))) {
      expect(sent.get(name), name).toEqual(expect.arrayContaining(sources));
    }
    expect(sent.get('script-src')).not.toContain("'unsafe-inline'");
    expect(sent.get('style-src')).not.toContain("'unsafe-inline'");
    expect(sent.get('frame-ancestors')).toEqual(
      route.path.startsWith('/embed/') ? ['*'] : ["'self'"],
    );
  });
}

test('hashed assets are cached for a year; the service worker and pages revalidate', async ({
  request,
}) => {
  const html = builtHtml(plain.find((route) => route.path === '/') ?? plain[0]!);
  // Styles are inlined; the page names its font (preload) and its island's scripts.
  const assets = [
    ...html.matchAll(
      /(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+\.(?:js|css|woff2))"/g,
    ),
  ].map((match) => match[1]!);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['x-content-type-options'], asset).toBe('nosniff');
    expect(response.headers()['content-type'], asset).toMatch(
      asset.endsWith('.js')
        ? /javascript/
        : asset.endsWith('.woff2')
          ? /^font\/woff2/
          : /^text\/css/,
    );
  }
  const worker = await request.get('/sw.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['cache-control']).toBe('no-cache');
});

test('published addresses without the trailing slash open the page itself', async ({ request }) => {
  const response = await request.get('/tools/crs-grade?temp=38.5&bp=none&o2=none', {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('<h1');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
});

test('an unknown address answers 404 with the site’s own page', async ({ request }) => {
  const response = await request.get('/no-such-page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('<h1');
});

test('another site can frame an embed but not a page', async ({ page, baseURL }) => {
  test.skip(embeds.length === 0, 'no embeds built');
  // localhost and 127.0.0.1 are different origins on the same server. The framing document is
  // a script file opened at localhost: it comes from the server (a made-up page would count as
  // a public site, which may not reach a local server at all) and carries no policy of its own.
  const site = new URL(baseURL ?? '');
  const script = /(?:src|component-url)="(\/_astro\/[^"]+\.js)"/.exec(builtHtml(embeds[0]!))?.[1];
  expect(script).toBeTruthy();
  await page.goto(`${site.protocol}//localhost:${site.port}${script}`);
  await page.evaluate(
    (sources) =>
      Promise.all(
        sources.map(
          ([title, src]) =>
            new Promise((loaded) => {
              const frame = document.createElement('iframe');
              frame.title = title ?? '';
              frame.src = src ?? '';
              frame.addEventListener('load', loaded, { once: true });
              document.body.append(frame);
            }),
        ),
      ),
    [
      ['embed', `${site.origin}${embeds[0]!.path}`],
      ['page', `${site.origin}/about/`],
    ],
  );
  // The site's own markup, which a browser's error page for a refused frame does not have.
  const sitePage = (title: string) =>
    page.frameLocator(`iframe[title="${title}"]`).locator('link[rel="canonical"]');
  await expect(sitePage('embed')).toHaveCount(1);
  await expect(sitePage('page')).toHaveCount(0);
});
