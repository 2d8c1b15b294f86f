import type { APIRoute, GetStaticPaths } from 'astro';
import { describeAudience, pagesInOrder } from '../../lib/content/pages';
import { previewPng } from '../../lib/content/preview-image';
import { embedTitle } from '../../explorer/embed';
import { PRESET_IDS } from '../../explorer/presets';

/** Link-preview images: one per content page, one per embeddable explorer preset. */
interface Preview {
  title: string;
  kicker: string;
}

export const getStaticPaths = (async () => [
  ...(await pagesInOrder()).map((page) => ({
    params: { id: page.id },
    props: { title: page.data.title, kicker: `for ${describeAudience(page.data.audience)}` },
  })),
  ...PRESET_IDS.map((preset) => ({
    params: { id: `embed-${preset}` },
    props: { title: embedTitle(preset), kicker: 'interactive teaching model' },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, kicker } = props as Preview;
  const png = await previewPng(title, kicker);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
