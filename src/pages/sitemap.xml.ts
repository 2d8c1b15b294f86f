import type { APIRoute } from 'astro';
import { pageHref, pagesInOrder } from '../lib/content/pages';
import { siteAddress } from '../lib/content/site';
import { alternatesOf, pageEsHref, pagesEsInOrder } from '../lib/content/translations';
import { hreflang, locales } from '../lib/i18n/locale';

/**
 * Every content page in both languages with its last review date, for search engines: absolute
 * addresses on a deployment that set CASCADE_SITE_URL, paths without one (never a made-up
 * domain). A page with a twin lists both languages as alternates (`xhtml:link`), as its own
 * `hreflang` links do.
 */
export const GET: APIRoute = async ({ site }) => {
  const pages = [
    ...(await pagesInOrder()).map((page) => ({
      href: pageHref(page),
      reviewed: page.data.reviewed,
    })),
    ...(await pagesEsInOrder()).map((page) => ({
      href: pageEsHref(page),
      reviewed: page.data.reviewed,
    })),
  ];
  const urls = await Promise.all(
    pages.map(async ({ href, reviewed }) => {
      const loc = siteAddress(href, site);
      const lastmod = reviewed.toISOString().slice(0, 10);
      const alternates = await alternatesOf(href);
      const links = locales.flatMap((locale) => {
        const other = alternates[locale];
        return other
          ? [
              `    <xhtml:link rel="alternate" hreflang="${hreflang[locale]}" href="${siteAddress(other, site)}"/>`,
            ]
          : [];
      });
      return [`  <url><loc>${loc}</loc><lastmod>${lastmod}</lastmod>`, ...links, '  </url>'].join(
        '\n',
      );
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
