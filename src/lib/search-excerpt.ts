/**
 * Pagefind excerpts arrive as escaped text with <mark> around the matches. Rather than insert
 * that as HTML, split it into plain-text parts the page renders as text.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
};

function decode(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}

export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    const before = html.slice(last, match.index);
    if (before) parts.push({ text: decode(before), marked: false });
    parts.push({ text: decode(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  const rest = html.slice(last);
  if (rest) parts.push({ text: decode(rest), marked: false });
  return parts.filter((part) => part.text !== '');
}
