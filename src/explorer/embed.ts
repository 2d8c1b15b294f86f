/** Embeddable explorer presets: their addresses and the iframe snippet teachers paste. */
import { iframeCode, type EmbedFrame, type EmbedTheme } from './embed-code';
import { PRESETS, type PresetId } from './presets';

export function embedPath(preset: PresetId): string {
  return `/embed/${preset}/`;
}

export function embedTitle(preset: PresetId): string {
  return PRESETS[preset].label;
}

/** Height that fits each preset without an inner scroll bar on a laptop screen. */
const heights: Partial<Record<PresetId, number>> = { full: 1600, 'research-arms': 1100 };

/** What the embed code says about a preset's embed. */
export function embedFrame(preset: PresetId): EmbedFrame {
  return {
    path: embedPath(preset),
    title: `${embedTitle(preset)} (Cascade, teaching model)`,
    height: heights[preset] ?? 900,
  };
}

export function embedSnippet(
  preset: PresetId,
  origin: string | null,
  theme: EmbedTheme = 'auto',
): string {
  return iframeCode(embedFrame(preset), origin, theme);
}
