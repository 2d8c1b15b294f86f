import type { APIRoute, GetStaticPaths } from 'astro';
import { describeAudience, pagesInOrder, type Page } from '../../lib/pages';
import { previewPng } from '../../lib/preview-image';

export const getStaticPaths = (async () =>
  (await pagesInOrder()).map((page) => ({
    params: { id: page.id },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { page } = props as { page: Page };
  const audience = describeAudience(page.data.audience);
  const kicker = `for ${audience}`;
  const png = await previewPng(page.data.title, kicker);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
