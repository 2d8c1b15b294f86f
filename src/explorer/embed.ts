/** Embeddable explorer presets: their addresses and the iframe snippet teachers paste. */
import { PRESETS, type PresetId } from './presets';

export function embedPath(preset: PresetId): string {
  return `/embed/${preset}/`;
}

export function embedTitle(preset: PresetId): string {
  return PRESETS[preset].label;
}

/** Height that fits each preset without an inner scroll bar on a laptop screen. */
const heights: Partial<Record<PresetId, number>> = { full: 1600, 'research-arms': 1100 };

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(preset: PresetId, origin: string): string {
  const src = new URL(embedPath(preset), origin).href;
  const title = `${embedTitle(preset)} (Cascade, teaching model)`;
  const height = heights[preset] ?? 900;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
