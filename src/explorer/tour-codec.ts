/**
 * A tour recorded by a reader, carried whole in the address (`?tour=custom&t=<encoded>&step=1`)
 * or saved as a tour file for content/tours/. The encoding is the tour as JSON, compressed
 * (deflate, whose checksum makes a damaged link fail to decode rather than decode to nonsense)
 * and written in base64url, so it needs no escaping in an address. Decoding never throws: a
 * link cut short or mangled gives a note and no tour. Pure (the streams are the platform's own,
 * in browsers and in Node).
 */
import type { QueryNote } from '../model/query';
import { CUSTOM_TOUR, tourAddress, type Tour } from './tour';

/** The longest link a recorded tour may make: longer links break in mail and chat programs. */
export const MAX_LINK_LENGTH = 2000;
export const MAX_STEPS = 12;
export const MAX_TITLE = 80;
export const MAX_CAPTION = 600;
export const MAX_STATE = 600;
const VERSION = 1;

export interface RecordedStep {
  /** The explorer's query when the step was added. */
  readonly state: string;
  readonly caption: string;
}

export interface RecordedTour {
  readonly title: string;
  readonly steps: readonly RecordedStep[];
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Text from a reader, kept to one line's worth of safe characters and a length. */
function clean(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  const chars = Array.from(plain);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : plain;
}

/** A title as a tour file allows it (3–80 characters), or a plain one. */
function titleOf(text: string): string {
  const title = clean(text, MAX_TITLE);
  return title.length >= 3 ? title : 'A recorded tour';
}

/** The encoding of a tour, for `t=` (at most {@link MAX_STEPS} steps are kept). */
export async function encodeTour(tour: RecordedTour): Promise<string> {
  const fields = [
    VERSION,
    titleOf(tour.title),
    ...tour.steps
      .slice(0, MAX_STEPS)
      .flatMap((step) => [clean(step.state, MAX_STATE), clean(step.caption, MAX_CAPTION)]),
  ];
  const bytes = new TextEncoder().encode(JSON.stringify(fields));
  return toBase64Url(await through(bytes, new CompressionStream('deflate')));
}

const unreadable = (encoded: string): QueryNote => ({
  key: 't',
  value: encoded.slice(0, 40),
  kind: 'malformed',
  message:
    'The recorded tour in this link could not be read (it may have been cut short when it was copied); showing the explorer without a tour.',
  problem: 't is not a readable recorded tour',
});

/** The tour a `t=` value carries, or no tour and a note saying why. */
export async function decodeTour(
  encoded: string,
): Promise<{ tour: Tour | null; notes: QueryNote[] }> {
  const bytes = fromBase64Url(encoded);
  let fields: unknown;
  try {
    if (bytes === null) throw new Error('not base64url');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      await through(bytes, new DecompressionStream('deflate')),
    );
    fields = JSON.parse(text);
  } catch {
    return { tour: null, notes: [unreadable(encoded)] };
  }
  if (
    !Array.isArray(fields) ||
    fields[0] !== VERSION ||
    fields.length < 4 ||
    fields.length % 2 !== 0 ||
    !fields.slice(1).every((field) => typeof field === 'string')
  ) {
    return { tour: null, notes: [unreadable(encoded)] };
  }
  const [, title, ...rest] = fields as [number, string, ...string[]];
  const notes: QueryNote[] = [];
  const steps: Tour['steps'][number][] = [];
  for (let i = 0; i + 1 < rest.length; i += 2) {
    steps.push({
      state: clean(rest[i] ?? '', MAX_STATE),
      caption: clean(rest[i + 1] ?? '', MAX_CAPTION),
      cite: [],
    });
  }
  if (steps.length > MAX_STEPS) {
    notes.push({
      key: 't',
      value: '',
      kind: 'truncated',
      message: `The recorded tour had ${steps.length} steps; only the first ${MAX_STEPS} are shown.`,
      problem: `more than ${MAX_STEPS} steps`,
    });
  }
  return {
    tour: {
      id: CUSTOM_TOUR,
      title: titleOf(title),
      steps: steps.slice(0, MAX_STEPS),
    },
    notes,
  };
}

/** The link that replays a recorded tour from its first step, on `page` (an absolute address). */
export function recordedTourLink(page: string, encoded: string): string {
  return `${page.split(/[?#]/)[0] ?? page}?${tourAddress(CUSTOM_TOUR, 1, encoded)}`;
}

/** A YAML string scalar: JSON's double-quoted strings are valid YAML. */
const scalar = (text: string) => JSON.stringify(text);

/**
 * A recorded tour as a tour file in the schema of content/tours/ (lib/content/tours.ts). The
 * site's tours cite their sources; the file says where to add them.
 */
export function tourYaml(tour: RecordedTour): string {
  const lines = [
    '# A tour recorded in the Cascade explorer. To add it to the site, save it as',
    '# content/tours/<id>.yaml (lower case and hyphens), add `cite:` keys from',
    '# content/references.json to the steps that state a finding (every tour cites at least',
    '# one source), and run the unit tests.',
    `title: ${scalar(titleOf(tour.title))}`,
    'steps:',
  ];
  for (const step of tour.steps.slice(0, MAX_STEPS)) {
    lines.push(
      `  - state: ${scalar(clean(step.state, MAX_STATE))}`,
      `    caption: ${scalar(clean(step.caption, MAX_CAPTION))}`,
      '    cite: []',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Why a recorded tour's link cannot be shared, or null when it can. */
export function linkProblem(link: string): string | null {
  if (link.length <= MAX_LINK_LENGTH) return null;
  const length = link.length.toLocaleString('en-US');
  const max = MAX_LINK_LENGTH.toLocaleString('en-US');
  return `This tour makes a link of ${length} characters, longer than the ${max} a link can safely carry. Shorten the captions or remove a step, or download the tour as a file.`;
}

/** A file name for a recorded tour: its title in lower case and hyphens, `.yaml`. */
export function tourFileName(title: string): string {
  const stem = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'recorded-tour'}.yaml`;
}
