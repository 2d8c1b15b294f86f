/**
 * The server the browser tests run against, serving dist/ on 127.0.0.1:$E2E_PORT:
 * - `E2E_SERVER=node` (default): serve.ts, which sends the headers of deploy-headers.ts;
 * - `E2E_SERVER=nginx` or `caddy`: the real server with the generated deploy/nginx.conf or
 *   deploy/Caddyfile, only its address and root changed to point at this dist/.
 * Stops its server when Playwright stops it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployDir, deployRoot } from './deploy-config.ts';
import { localConfig } from './deploy-headers.ts';
import { distDir } from './dist.ts';
import { serveDist } from './serve.ts';

const port = Number(process.env['E2E_PORT'] ?? 4329);
const kind = process.env['E2E_SERVER'] ?? 'node';

function run(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('exit', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

const work = join(tmpdir(), `cascade-${kind}-${port}`);
if (kind === 'node') {
  await serveDist(port);
  console.log(`e2e: dist/ at http://127.0.0.1:${port}/ (serve.ts)`);
} else if (kind === 'nginx') {
  mkdirSync(work, { recursive: true });
  const site = localConfig(
    readFileSync(join(deployDir, 'nginx.conf'), 'utf8'),
    `127.0.0.1:${port}`,
    deployRoot,
    distDir,
  );
  writeFileSync(join(work, 'site.conf'), site);
  // The rest is what a distribution's nginx.conf provides around a site's server block.
  writeFileSync(
    join(work, 'nginx.conf'),
    `worker_processes 2;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`,
  );
  run('nginx', ['-c', join(work, 'nginx.conf'), '-g', 'daemon off;']);
} else if (kind === 'caddy') {
  mkdirSync(work, { recursive: true });
  const site = localConfig(
    readFileSync(join(deployDir, 'Caddyfile'), 'utf8'),
    `127.0.0.1:${port}`,
    deployRoot,
    distDir,
  );
  writeFileSync(join(work, 'Caddyfile'), `{\n  admin off\n  auto_https off\n}\n${site}`);
  run('caddy', ['run', '--config', join(work, 'Caddyfile'), '--adapter', 'caddyfile']);
} else {
  throw new Error(`E2E_SERVER must be node, nginx or caddy, not ${kind}`);
}
