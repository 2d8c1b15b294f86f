import type { APIRoute } from 'astro';
import { siteName, siteTagline } from '../lib/content/site';

/** Makes the site installable; with the service worker it then opens offline too. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: `${siteName}: ${siteTagline}`,
        short_name: siteName,
        description:
          'An interactive guide to cytokine release syndrome for patients, students and clinicians.',
        lang: 'en-US',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fdfcf9',
        theme_color: '#f3f1ec',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
