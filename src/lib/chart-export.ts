/**
 * Charts out of the page: the explorer's SVG charts become one self-contained SVG file (each
 * element's computed colours and fonts written onto it, since the theme's CSS variables do not
 * travel with the file), or a PNG drawn from it. Browser-only helpers, called on a click.
 */

const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

function inlinePaint(original: Element, clone: Element): void {
  const style = getComputedStyle(original);
  const declarations = PAINT_PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`);
  clone.setAttribute('style', declarations.join(';'));
  const originals = original.children;
  const clones = clone.children;
  for (let index = 0; index < originals.length; index += 1) {
    const a = originals[index];
    const b = clones[index];
    if (a && b) inlinePaint(a, b);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The charts stacked into one standalone SVG document, with a title and the page address. */
export function chartsToSvg(charts: SVGSVGElement[], title: string, source: string): string {
  const gap = 24;
  const header = 56;
  let y = header;
  let width = 0;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  const background = getComputedStyle(document.body).backgroundColor;
  const text = getComputedStyle(document.body).color;
  const groups: SVGGElement[] = [];
  for (const chart of charts) {
    const box = chart.getBoundingClientRect();
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlinePaint(chart, clone);
    clone.setAttribute('width', String(Math.round(box.width)));
    clone.setAttribute('height', String(Math.round(box.height)));
    clone.setAttribute('y', String(y));
    clone.removeAttribute('class');
    const group = document.createElementNS(SVG_NS, 'g');
    group.append(clone);
    groups.push(group);
    y += Math.round(box.height) + gap;
    width = Math.max(width, Math.round(box.width));
  }
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(y));
  root.setAttribute('viewBox', `0 0 ${width} ${y}`);
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '0');
  heading.setAttribute('y', '22');
  heading.setAttribute('style', `fill:${text};font:700 18px sans-serif`);
  heading.textContent = title;
  const sourceLine = document.createElementNS(SVG_NS, 'text');
  sourceLine.setAttribute('x', '0');
  sourceLine.setAttribute('y', '44');
  sourceLine.setAttribute('style', `fill:${text};font:12px sans-serif`);
  sourceLine.textContent = source;
  root.append(rect, heading, sourceLine, ...groups);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** Rasterises an SVG document at twice its size (sharp on high-density screens). */
export async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the site's Content Security Policy allows for images.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** Offers a file to the reader as a download. */
export function download(content: Blob | string, filename: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
