/**
 * After the build: the host configurations that send the site's headers (see
 * deploy-headers.ts), written from the built pages' own Content Security Policies:
 * dist/_headers for Netlify and Cloudflare Pages, deploy/nginx.conf and deploy/Caddyfile.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, filesUnder, routeOf } from './dist.ts';
import {
  renderCaddy,
  renderHeadersFile,
  renderNginx,
  scopeHeaders,
  type Headers,
  type Scope,
} from './deploy-headers.ts';

export const deployDir = join(import.meta.dirname, '..', 'deploy');
/** Where deploy/nginx.conf and deploy/Caddyfile expect the contents of dist/. */
export const deployRoot = '/var/www/cascade';

/** The policy each built page carries in its `<meta>` (the build writes one per page). */
export function builtPolicies(): { routes: string[]; policies: string[] } {
  const routes: string[] = [];
  const policies: string[] = [];
  for (const file of filesUnder(distDir, '.html')) {
    const route = routeOf(file);
    if (route !== '/404.html') routes.push(route);
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
      readFileSync(file, 'utf8'),
    )?.[1];
    if (!policy) throw new Error(`${route} has no Content Security Policy`);
    policies.push(policy.replaceAll('&#39;', "'"));
  }
  return { routes, policies };
}

export function builtScopes(): Record<Scope, Headers> {
  return scopeHeaders(builtPolicies().policies);
}

if (import.meta.main) {
  const { routes, policies } = builtPolicies();
  const scopes = scopeHeaders(policies);
  writeFileSync(join(distDir, '_headers'), renderHeadersFile(routes, scopes));
  mkdirSync(deployDir, { recursive: true });
  writeFileSync(
    join(deployDir, 'nginx.conf'),
    renderNginx(scopes, { listen: '80', root: deployRoot }),
  );
  writeFileSync(
    join(deployDir, 'Caddyfile'),
    renderCaddy(scopes, { address: ':80', root: deployRoot }),
  );
  console.log(
    `deploy: dist/_headers, deploy/nginx.conf and deploy/Caddyfile for ${routes.length} pages`,
  );
}
