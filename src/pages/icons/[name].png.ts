import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';

/** App icons for installing the site, drawn from the favicon on a padded background. */
const sizes = { 'icon-192': 192, 'icon-512': 512, 'icon-maskable-512': 512 } as const;

export const getStaticPaths = (() =>
  Object.entries(sizes).map(([name, size]) => ({
    params: { name },
    props: { size, maskable: name.includes('maskable') },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { size, maskable } = props as { size: number; maskable: boolean };
  const mark = readFileSync(new URL('../../../public/favicon.svg', import.meta.url), 'utf8')
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  // A maskable icon keeps its mark inside the central safe zone (80% of the square).
  const inset = maskable ? 8 : 3;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="${maskable ? 0 : 6}" fill="#fdfcf9"/><g transform="translate(${inset} ${inset}) scale(${(32 - 2 * inset) / 32})">${mark}</g></svg>`;
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
