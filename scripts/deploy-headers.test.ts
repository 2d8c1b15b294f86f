import { describe, expect, it } from 'vitest';
import {
  headersFor,
  localConfig,
  parsePolicy,
  renderCaddy,
  renderHeadersFile,
  renderNginx,
  scopeHeaders,
  scopeOf,
  sitePolicy,
} from './deploy-headers';

const home = "default-src 'self'; script-src 'self' 'sha256-A='; style-src 'self'";
const search = "default-src 'self';script-src 'self' 'sha256-B=' 'wasm-unsafe-eval';";
const scopes = scopeHeaders([home, search]);

describe('scopes', () => {
  it('puts hashed assets, embeds and everything else in separate scopes', () => {
    expect(scopeOf('/_astro/Explorer.abc.js')).toBe('asset');
    expect(scopeOf('/embed/burden/')).toBe('embed');
    expect(scopeOf('/embed')).toBe('embed');
    expect(scopeOf('/embedded/')).toBe('page');
    expect(scopeOf('/explore/')).toBe('page');
    expect(scopeOf('/sw.js')).toBe('page');
  });

  it('caches hashed assets for a year and makes pages revalidate', () => {
    expect(headersFor('/_astro/a.js', scopes)['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor('/about/', scopes)['Cache-Control']).toBe('no-cache');
    expect(headersFor('/_astro/a.js', scopes)['Content-Security-Policy']).toBeUndefined();
    for (const path of ['/_astro/a.js', '/embed/x/', '/']) {
      expect(headersFor(path, scopes)['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});

describe('the site policy', () => {
  it('reads directives and their sources, ignoring empty parts and repeats', () => {
    expect(Object.fromEntries(parsePolicy("a 'x' 'x';; B 'y';"))).toEqual({
      a: ["'x'"],
      b: ["'y'"],
    });
  });

  it('allows every source any page allows, and says who may frame', () => {
    expect(sitePolicy([home, search], "'self'")).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A=' 'sha256-B=' 'wasm-unsafe-eval'; " +
        "style-src 'self'; frame-ancestors 'self'",
    );
  });

  it('lets any site frame the embeds and only the site frame its pages', () => {
    expect(scopes.embed['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(scopes.page['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
  });
});

describe('_headers', () => {
  const file = renderHeadersFile(['/', '/about/', '/embed/burden/'], scopes);
  const blocks = file
    .split('\n\n')
    .map((block) => block.split('\n').filter((line) => !line.startsWith('#')));
  const pathOf = (block: string[]) => block[0];

  it('lists each page with and without its trailing slash, with its scope’s headers', () => {
    expect(blocks.map(pathOf)).toEqual([
      '/*',
      '/_astro/*',
      '/',
      '/about/',
      '/about',
      '/embed/burden/',
      '/embed/burden',
      '/sw.js',
    ]);
    const embed = blocks.find((block) => pathOf(block) === '/embed/burden')!;
    expect(embed).toContain(
      `  Content-Security-Policy: ${scopes.embed['Content-Security-Policy']}`,
    );
  });

  it('never sends one header from two rules (hosts would join the values)', () => {
    const wildcard = blocks.find((block) => pathOf(block) === '/*')!;
    const common = wildcard.slice(1).map((line) => line.split(':')[0]);
    for (const block of blocks.slice(1)) {
      for (const line of block.slice(1)) expect(common).not.toContain(line.split(':')[0]);
    }
  });
});

describe('nginx and Caddy', () => {
  const nginx = renderNginx(scopes, { listen: '80', root: '/var/www/cascade' });
  const caddy = renderCaddy(scopes, { address: ':80', root: '/var/www/cascade' });

  it('nginx: every location carries all of its headers, also on errors', () => {
    const locations = nginx.split('location ').slice(1);
    expect(locations.map((location) => location.split(' {')[0])).toEqual([
      '^~ /_astro/',
      '^~ /embed/',
      '/',
    ]);
    for (const [location, scope] of [
      [locations[0]!, 'asset'],
      [locations[1]!, 'embed'],
      [locations[2]!, 'page'],
    ] as const) {
      expect(location).toContain('add_header X-Content-Type-Options "nosniff" always;');
      for (const [name, value] of Object.entries(scopes[scope])) {
        expect(location).toContain(`add_header ${name} "${value}" always;`);
      }
    }
    expect(nginx).toContain('try_files $uri $uri/index.html =404;');
    expect(nginx).toContain('error_page 404 /404.html;');
  });

  it('Caddy: three matchers that do not overlap, each with its headers', () => {
    expect(caddy).toContain('@asset path /_astro/*');
    expect(caddy).toContain('@page not path /_astro/* /embed /embed/*');
    expect(caddy).toContain(
      `header @embed {\n    X-Content-Type-Options "nosniff"\n    Referrer-Policy "same-origin"\n` +
        `    Content-Security-Policy "${scopes.embed['Content-Security-Policy']}"`,
    );
  });

  it('is pointed at another folder and address for the tests, and nothing else changes', () => {
    const local = localConfig(nginx, '127.0.0.1:4425', '/var/www/cascade', '/work/dist');
    expect(local).toContain('listen 127.0.0.1:4425;');
    expect(local).toContain('root /work/dist;');
    expect(local.replace('127.0.0.1:4425;', '80;').replace('/work/dist', '/var/www/cascade')).toBe(
      nginx,
    );
    const localCaddy = localConfig(caddy, '127.0.0.1:4425', '/var/www/cascade', '/work/dist');
    expect(localCaddy).toContain('http://127.0.0.1:4425 {');
    expect(localCaddy).toContain('root * /work/dist');
  });
});
