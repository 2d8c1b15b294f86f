import { describe, expect, it } from 'vitest';
import {
  readStep,
  readTourLink,
  stateBefore,
  tourAddress,
  unknownTourNote,
  type Tour,
} from './tour';
import { splitTourQuery } from './tour-keys';

describe('splitTourQuery', () => {
  it('takes the tour keys out and leaves the rest for the explorer, in order', () => {
    expect(splitTourQuery('?burden=80&tour=x&day=3&STEP=2&t=abc')).toEqual({
      explorerQuery: 'burden=80&day=3',
      tourQuery: 'tour=x&STEP=2&t=abc',
    });
    expect(splitTourQuery('')).toEqual({ explorerQuery: '', tourQuery: '' });
  });

  it('leaves undecodable pieces to the explorer, which reports them', () => {
    expect(splitTourQuery('%E0%A4%A=1&tour=a').explorerQuery).toBe('%E0%A4%A=1');
  });
});

describe('readTourLink', () => {
  it('reads a tour and its step', () => {
    expect(readTourLink('tour=Mouse-Experiment&step=4')).toEqual({
      id: 'mouse-experiment',
      step: '4',
      encoded: null,
      notes: [],
    });
  });

  it('keeps t= only for a recorded tour', () => {
    expect(readTourLink('tour=custom&t=abc&step=2').encoded).toBe('abc');
    expect(readTourLink('tour=other&t=abc').encoded).toBeNull();
  });

  it('notes a step without a tour', () => {
    const link = readTourLink('step=3');
    expect(link.id).toBeNull();
    expect(link.notes.map((n) => n.kind)).toEqual(['missing']);
  });
});

describe('readStep', () => {
  it('reads a step within the tour, from 1', () => {
    expect(readStep('4', 6)).toEqual({ step: 4, notes: [] });
    expect(readStep(undefined, 6)).toEqual({ step: 1, notes: [] });
  });

  it('clamps, rounds or replaces a bad step, with a note the reader sees', () => {
    const past = readStep('9', 6);
    expect(past.step).toBe(6);
    expect(past.notes[0]?.message).toBe('step 9 was out of range (1–6); set to 6.');
    expect(readStep('2.6', 6).step).toBe(3);
    const word = readStep('four', 6);
    expect(word.step).toBe(1);
    expect(word.notes[0]?.kind).toBe('invalid');
  });
});

describe('tourAddress and unknownTourNote', () => {
  it('writes the tour keys, with t= for a recorded tour', () => {
    expect(tourAddress('why-tumor-size-matters', 4)).toBe('tour=why-tumor-size-matters&step=4');
    expect(tourAddress('custom', 2, 'eJy')).toBe('tour=custom&t=eJy&step=2');
  });

  it('words an unknown tour like any bad link value, without markup from the address', () => {
    const note = unknownTourNote('<b>nope</b>');
    expect(note.kind).toBe('invalid');
    expect(note.message).toBe(
      'tour "<b>nope</b>" is not a known tour; showing the explorer without a tour.',
    );
  });
});

describe('stateBefore', () => {
  const tour: Tour = {
    id: 't',
    title: 'T',
    steps: [
      { state: 'burden=10', caption: 'a', cite: [] },
      { state: 'burden=80', caption: 'b', cite: [] },
      { state: 'burden=80&tocilizumab=day0', caption: 'c', cite: [], before: 'burden=60' },
    ],
  };

  it("is the step's own before, else the previous state, else the default", () => {
    expect(stateBefore(tour, 0)).toBe('');
    expect(stateBefore(tour, 1)).toBe('burden=10');
    expect(stateBefore(tour, 2)).toBe('burden=60');
  });
});
