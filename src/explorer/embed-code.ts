/**
 * The iframe code a teacher pastes, apart from the presets (./embed.ts) so the page's "Embed
 * code" island ships these few lines and not the explorer's catalogue.
 *
 * An embed's address takes one query key, `theme`: `light` or `dark` fixes its colours, `auto`
 * (the default, also when the key is absent) follows the system setting of the reader of the
 * host page. Any other value gets the default and a note in the embed. The page shell applies it
 * before the first paint (src/lib/content/shell-script.ts).
 */

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The words of each choice, for the teacher choosing it. */
export const EMBED_THEME_LABELS: Readonly<Record<EmbedTheme, string>> = {
  auto: "Follow each reader's light or dark setting (auto)",
  light: 'Light',
  dark: 'Dark',
};

/** What the code says about one embed: its path, its title and a height that fits it. */
export interface EmbedFrame {
  readonly path: string;
  readonly title: string;
  readonly height: number;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The embed's address with its theme, written out even for `auto` so a teacher sees the key.
 * Absolute from the site's origin; the path alone while the origin is unknown (a build without a
 * configured address, before the page knows where it is served), never a made-up domain.
 */
export function embedSrc(path: string, origin: string | null, theme: EmbedTheme = 'auto'): string {
  const withTheme = `${path}?theme=${theme}`;
  return origin === null ? withTheme : new URL(withTheme, origin).href;
}

export function iframeCode(
  frame: EmbedFrame,
  origin: string | null,
  theme: EmbedTheme = 'auto',
): string {
  const src = embedSrc(frame.path, origin, theme);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(frame.title)}" width="100%" height="${frame.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
