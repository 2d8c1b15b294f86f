import { describe, expect, it } from 'vitest';
import { readTourLink, type Tour } from './tour';
import { openTour, type TourSources } from './tour-open';

const tour: Tour = {
  id: 'sizes',
  title: 'Sizes',
  steps: [1, 2, 3].map((n) => ({ state: `burden=${n * 20}`, caption: `Step ${n}`, cite: [] })),
};
const custom: Tour = { ...tour, id: 'custom', title: 'Mine' };

const sources: TourSources = {
  tours: () => Promise.resolve([tour]),
  decode: (encoded) =>
    Promise.resolve(
      encoded === 'good'
        ? { tour: custom, notes: [] }
        : {
            tour: null,
            notes: [
              { key: 't', value: encoded, kind: 'malformed', message: 'bad', problem: 'bad' },
            ],
          },
    ),
};

const open = (query: string, from: TourSources = sources) => openTour(readTourLink(query), from);

describe('openTour', () => {
  it('opens a site tour at the step asked for (from 1 in the address, from 0 here)', async () => {
    expect(await open('tour=sizes&step=2')).toEqual({ tour, index: 1, notes: [] });
  });

  it('shows no tour, and says so, for an unknown id', async () => {
    const opened = await open('tour=nope&step=2');
    expect(opened.tour).toBeNull();
    expect(opened.notes.map((n) => n.message)).toEqual([
      'tour "nope" is not a known tour; showing the explorer without a tour.',
    ]);
  });

  it('opens the last step, with a note, for a step past the end', async () => {
    const opened = await open('tour=sizes&step=12');
    expect(opened.index).toBe(2);
    expect(opened.notes.map((n) => n.kind)).toEqual(['clamped']);
  });

  it('decodes a recorded tour, and passes on the notes of one that cannot be read', async () => {
    expect((await open('tour=custom&t=good')).tour).toBe(custom);
    const bad = await open('tour=custom&t=junk');
    expect(bad.tour).toBeNull();
    expect(bad.notes.map((n) => n.kind)).toEqual(['malformed']);
    expect((await open('tour=custom')).notes.map((n) => n.kind)).toEqual(['missing']);
  });

  it('says so when the tours cannot be loaded', async () => {
    const offline = { ...sources, tours: () => Promise.reject(new Error('offline')) };
    const opened = await open('tour=sizes', offline);
    expect(opened.tour).toBeNull();
    expect(opened.notes[0]?.message).toMatch(/could not be loaded/);
  });

  it('does nothing without a tour', async () => {
    expect(await open('')).toEqual({ tour: null, index: 0, notes: [] });
  });
});
