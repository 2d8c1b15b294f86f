import type { APIRoute, GetStaticPaths } from 'astro';
import { describeAudience, pagesInOrder } from '../../lib/content/pages';
import { pagesEsInOrder } from '../../lib/content/translations';
import { SITE_WORDS } from '../../lib/i18n/site-words';
import { previewPng } from '../../lib/content/preview-image';
import { embedTitle } from '../../explorer/embed';
import { PRESET_IDS } from '../../explorer/presets';

/**
 * Link-preview images: one per content page (a Spanish page has its own, in Spanish, at
 * `/og/es/<id>.png`), one per embeddable explorer preset.
 */
interface Preview {
  title: string;
  kicker: string;
  tagline?: string;
}

export const getStaticPaths = (async () => [
  ...(await pagesInOrder()).map((page) => ({
    params: { id: page.id },
    props: {
      title: page.data.title,
      kicker: SITE_WORDS.en.previewFor(describeAudience(page.data.audience)),
    },
  })),
  ...(await pagesEsInOrder()).map((page) => ({
    params: { id: `es/${page.id}` },
    props: {
      title: page.data.title,
      kicker: SITE_WORDS.es.previewFor(describeAudience(page.data.audience, 'es')),
      tagline: SITE_WORDS.es.siteTagline,
    },
  })),
  ...PRESET_IDS.map((preset) => ({
    params: { id: `embed-${preset}` },
    props: { title: embedTitle(preset), kicker: 'interactive teaching model' },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, kicker, tagline } = props as Preview;
  const png = await previewPng(title, kicker, tagline);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
