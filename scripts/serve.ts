/**
 * A small static server for dist/ with gzip and the site's headers (deploy-headers.ts), the way
 * a real host serves the site (Astro's preview neither compresses, which would skew
 * Lighthouse's figures, nor sends them). Loopback only. The browser tests run against it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { builtScopes } from './deploy-config.ts';
import { headersFor } from './deploy-headers.ts';
import { distDir } from './dist.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.webmanifest',
]);

function resolveFile(urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(distDir, clean);
  if (!candidate.startsWith(distDir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function serveDist(port: number): Promise<Server> {
  const scopes = builtScopes();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file: string | undefined;
    try {
      file = resolveFile(url.pathname);
    } catch {
      file = undefined;
    }
    const status = file ? 200 : 404;
    file ??= join(distDir, '404.html');
    const type = extname(file);
    const headers: Record<string, string> = {
      ...headersFor(url.pathname, scopes),
      'Content-Type': types[type] ?? 'application/octet-stream',
    };
    const gzip =
      compressible.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(status, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4321);
  await serveDist(port);
  console.log(`serving dist/ at http://127.0.0.1:${port}/`);
}
