/**
 * Link-preview images (1200×630 PNG) drawn at build time: the page title on the site's
 * background with a small cascade motif (T cell → monocyte → IL-6) in the light palette.
 * Satori lays out the text, resvg rasterises it; both run only during the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  readFileSync(
    require.resolve(
      `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`,
    ),
  );

/** The light theme's values of the tokens in src/styles/tokens.css (images have no CSS). */
const palette = {
  background: '#fdfcf9',
  surface: '#f3f1ec',
  text: '#1a1d23',
  muted: '#4b5360',
  tcell: '#1f6f8b',
  monocyte: '#8a5a00',
  il1: '#b3261e',
  il6: '#c4501b',
};

type Node = { type: string; props: Record<string, unknown> };
const box = (
  style: Record<string, unknown>,
  children: (Node | string)[] | Node | string = [],
): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

function motif(): Node {
  const dot = (color: string, size: number) =>
    box({ width: size, height: size, borderRadius: size, background: color });
  const arrow = box({ width: 56, height: 6, background: palette.muted, borderRadius: 3 });
  return box({ alignItems: 'center', gap: 18 }, [
    dot(palette.tcell, 56),
    arrow,
    dot(palette.monocyte, 72),
    arrow,
    dot(palette.il1, 40),
    dot(palette.il6, 48),
  ]);
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The image for `title`, with `kicker` above it and the site's `tagline` (in the page's language) below. */
export async function previewPng(
  title: string,
  kicker: string,
  tagline = 'Understanding cytokine release syndrome',
): Promise<Buffer> {
  fonts ??= [
    { name: 'Atkinson', data: fontFile(400), weight: 400, style: 'normal' },
    { name: 'Atkinson', data: fontFile(700), weight: 700, style: 'normal' },
  ];
  const tree = box(
    {
      width: 1200,
      height: 630,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: 72,
      background: palette.background,
      color: palette.text,
      fontFamily: 'Atkinson',
      borderBottom: `24px solid ${palette.il6}`,
    },
    [
      box({ fontSize: 36, fontWeight: 700, color: palette.muted }, `Cascade · ${kicker}`),
      box({ fontSize: title.length > 40 ? 68 : 84, fontWeight: 700, lineHeight: 1.1 }, title),
      box({ justifyContent: 'space-between', alignItems: 'center' }, [
        motif(),
        box({ fontSize: 30, color: palette.muted, maxWidth: 600, textAlign: 'right' }, tagline),
      ]),
    ],
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}

/** Where a content page's preview image is served. */
export function previewImagePath(pageId: string): string {
  return `/og/${pageId}.png`;
}
