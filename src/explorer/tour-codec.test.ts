import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tourSchema } from '../lib/content/tours';
import {
  MAX_LINK_LENGTH,
  MAX_STEPS,
  decodeTour,
  encodeTour,
  linkProblem,
  recordedTourLink,
  tourFileName,
  tourYaml,
  type RecordedTour,
} from './tour-codec';

const recorded: RecordedTour = {
  title: 'IL-6 after tocilizumab',
  steps: [
    { state: 'burden=80', caption: 'No drug: note the fever & the IL-6 peak (≥ 38 °C).' },
    {
      state: 'burden=80&tocilizumab=day0&compare=1',
      caption: 'With tocilizumab: CRP falls, "free" IL-6 rises.',
    },
  ],
};

describe('encodeTour and decodeTour', () => {
  it('round-trip a recorded tour, with characters an address would otherwise mangle', async () => {
    const encoded = await encodeTour(recorded);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const { tour, notes } = await decodeTour(encoded);
    expect(notes).toEqual([]);
    expect(tour).toEqual({
      id: 'custom',
      title: recorded.title,
      steps: recorded.steps.map((step) => ({ ...step, cite: [] })),
    });
  });

  it('gives a note, not a crash, for a link cut short, garbled or made up', async () => {
    const encoded = await encodeTour(recorded);
    const damaged = [
      encoded.slice(0, Math.floor(encoded.length / 2)),
      encoded.slice(0, -3),
      `${encoded.slice(0, 10)}${encoded[10] === 'A' ? 'B' : 'A'}${encoded.slice(11)}`,
      'not*base64',
      'AAAA',
      '',
    ];
    for (const text of damaged) {
      const { tour, notes } = await decodeTour(text);
      expect(tour, text).toBeNull();
      expect(notes.map((n) => n.kind)).toEqual(['malformed']);
      expect(notes[0]?.message).toMatch(/could not be read/);
    }
  });

  it('refuses well-formed data that is not a tour', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify([1, 'title', 42, 'caption']));
    const piped = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
    const raw = new Uint8Array(await new Response(piped).arrayBuffer());
    const encoded = btoa(String.fromCharCode(...raw))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect((await decodeTour(encoded)).tour).toBeNull();
  });

  it('keeps at most the allowed number of steps and a plain title', async () => {
    const long: RecordedTour = {
      title: '\u0007',
      steps: Array.from({ length: MAX_STEPS + 3 }, (_, i) => ({
        state: `day=${i}`,
        caption: `Step ${i}`,
      })),
    };
    const { tour } = await decodeTour(await encodeTour(long));
    expect(tour?.steps).toHaveLength(MAX_STEPS);
    expect(tour?.title).toBe('A recorded tour');
  });

  it('makes a link of a typical six-step tour well within the limit', async () => {
    const six: RecordedTour = {
      title: 'Six steps',
      steps: Array.from({ length: 6 }, (_, i) => ({
        state: `burden=${20 + i * 10}&tocilizumab=grade2&day=${i + 2}`,
        caption: `On day ${i + 2} the grade has changed; look at the fever, the blood pressure and the oxygen in the clinician view.`,
      })),
    };
    const link = recordedTourLink('https://example.org/explore/?burden=3#x', await encodeTour(six));
    expect(link.startsWith('https://example.org/explore/?tour=custom&t=')).toBe(true);
    expect(link.endsWith('&step=1')).toBe(true);
    expect(link.length).toBeLessThan(MAX_LINK_LENGTH);
  });
});

describe('tourYaml', () => {
  it('writes a tour file that the content schema accepts, with the same steps', () => {
    const file = tourSchema.parse(parse(tourYaml(recorded)));
    expect(file.title).toBe(recorded.title);
    expect(file.steps.map((s) => [s.state, s.caption])).toEqual(
      recorded.steps.map((s) => [s.state, s.caption]),
    );
  });
});

describe('linkProblem and tourFileName', () => {
  it('lets a link up to the limit through and explains one past it', () => {
    expect(linkProblem('x'.repeat(MAX_LINK_LENGTH))).toBeNull();
    expect(linkProblem('x'.repeat(MAX_LINK_LENGTH + 345))).toBe(
      'This tour makes a link of 2,345 characters, longer than the 2,000 a link can safely carry. Shorten the captions or remove a step, or download the tour as a file.',
    );
  });

  it('names the file after the title, in the form content/tours/ uses', () => {
    expect(tourFileName('IL-6 after Tocilizumab: día 5!')).toBe(
      'il-6-after-tocilizumab-dia-5.yaml',
    );
    expect(tourFileName('???')).toBe('recorded-tour.yaml');
  });
});
