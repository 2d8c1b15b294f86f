import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHtml, builtRoutes } from './site';

/**
 * Link previews: every page names a 1200×630 PNG that the build really wrote. Addresses are
 * absolute on a deployment that set CASCADE_SITE_URL, else paths: never a made-up domain.
 */
const distDir = join(import.meta.dirname, '..', 'dist');
const site = process.env['CASCADE_SITE_URL'];

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const route of builtRoutes()) {
  test(`${route.path} has a link preview: title, description, canonical and a 1200×630 image`, () => {
    const html = builtHtml(route);
    const meta = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBeTruthy();
    expect(meta('twitter:card')).toBe('summary_large_image');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    // A page kept out of search engines (the offline page) names no canonical address.
    const indexed = !html.includes('<meta name="robots" content="noindex">');
    expect(canonical).toBe(
      indexed ? (site ? new URL(route.path, site).href : route.path) : undefined,
    );
    expect(html).not.toMatch(/example\.(org|com)/);
    const image = meta('og:image');
    expect(image).toBeTruthy();
    if (!site) expect(image).toMatch(/^\/og\//);
    const file = join(distDir, new URL(image ?? '', 'http://path.invalid').pathname);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
  });
}

test('a Spanish page’s link preview is its own image, drawn in Spanish, not its English twin’s', () => {
  const routes = builtRoutes();
  const image = (path: string) => {
    const route = routes.find((r) => r.path === path);
    if (!route) throw new Error(`${path} was not built`);
    return /<meta property="og:image" content="([^"]*)"/.exec(builtHtml(route))?.[1] ?? '';
  };
  const spanish = new URL(image('/es/que-es-el-slc/'), 'http://path.invalid').pathname;
  const english = new URL(image('/what-is-crs/'), 'http://path.invalid').pathname;
  expect(spanish).toBe('/og/es/que-es-el-slc.png');
  expect(readFileSync(join(distDir, spanish))).not.toEqual(readFileSync(join(distDir, english)));
  expect(new URL(image('/es/buscar/'), 'http://path.invalid').pathname).toBe('/og/es/index.png');
});
