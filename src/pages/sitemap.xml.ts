import type { APIRoute } from 'astro';
import { pageHref, pagesInOrder } from '../lib/content/pages';
import { siteAddress } from '../lib/content/site';

/**
 * Every content page with its last review date, for search engines: absolute addresses on a
 * deployment that set CASCADE_SITE_URL, paths without one (never a made-up domain).
 */
export const GET: APIRoute = async ({ site }) => {
  const pages = await pagesInOrder();
  const urls = pages
    .map((page) => {
      const loc = siteAddress(pageHref(page), site);
      const lastmod = page.data.reviewed.toISOString().slice(0, 10);
      return `  <url><loc>${loc}</loc><lastmod>${lastmod}</lastmod></url>`;
    })
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
