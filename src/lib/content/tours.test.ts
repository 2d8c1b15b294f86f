/**
 * The guided tours are content: these checks keep them honest. Each tour file passes the schema,
 * cites references that exist, and sets the explorer only with states it reads without a note;
 * the four tours the issue names are there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { browserTour, tourProblems, tourSchema, type TourFile } from './tours';

const dir = new URL('../../../content/tours/', import.meta.url);
const ids = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();

const read = (id: string): TourFile =>
  tourSchema.parse(parse(readFileSync(new URL(`${id}.yaml`, dir), 'utf8')));

describe('content/tours', () => {
  it('holds the four tours the issue names', () => {
    const titles = ids.map((id) => read(id).title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'The cascade in six steps',
        'Why tumor size matters',
        'The mouse experiment: tocilizumab or anakinra',
        'Timing: prevent or rescue',
      ]),
    );
  });

  for (const id of ids) {
    describe(`${id}.yaml`, () => {
      it('has a lower-case hyphenated id, a summary and no problem the schema cannot see', () => {
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const file = read(id);
        expect(file.summary?.length ?? 0).toBeGreaterThan(20);
        expect(tourProblems(file)).toEqual([]);
        for (const step of file.steps) expect(step.caption.length).toBeGreaterThanOrEqual(40);
      });

      it('resolves its citations to the reference list', () => {
        const tour = browserTour(id, read(id));
        const cites = tour.steps.flatMap((s) => s.cite);
        expect(cites.length).toBeGreaterThan(0);
        for (const cite of cites) {
          expect(cite.href).toBe(`/references/#source-${cite.key}`);
          expect(cite.label).toMatch(/\d{4}$/);
        }
      });
    });
  }

  it('calls the mouse experiment mouse data, with both papers cited', () => {
    const file = read('mouse-experiment');
    expect(file.steps[0]?.caption).toMatch(/mouse data/i);
    const keys = new Set(file.steps.flatMap((s) => s.cite));
    expect(keys.has('norelli2018') && keys.has('giavridis2018')).toBe(true);
  });
});

describe('tourProblems', () => {
  const good: TourFile = { title: 'A tour', steps: [{ state: 'burden=80', caption: 'Look here now.', cite: ['hay2017'] }] };

  it('accepts a good tour', () => {
    expect(tourProblems(good)).toEqual([]);
  });

  it('names an unknown citation key, a state with a note and a tour without a source', () => {
    const bad: TourFile = {
      title: 'A tour',
      steps: [
        { state: 'burden=800', caption: 'Look here now.', cite: ['nobody1999'] },
        { state: 'day=2', before: 'therapy=magic', caption: 'And here.', cite: [] },
      ],
    };
    const problems = tourProblems(bad);
    expect(problems.some((p) => p.includes('step 1: unknown citation key "nobody1999"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('step 1: state "burden=800"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('step 2: before "therapy=magic"'))).toBe(true);
    expect(tourProblems({ ...good, steps: [{ ...good.steps[0]!, cite: [] }] })).toEqual([
      'the tour cites no source',
    ]);
    expect(() => browserTour('bad', bad)).toThrow(/content\/tours\/bad\.yaml: /);
  });

  it('refuses in the schema an answer that is not one of the options', () => {
    const result = tourSchema.safeParse({
      title: 'A tour',
      steps: [
        {
          state: '',
          caption: 'Look here now.',
          question: { kind: 'choose', prompt: 'Which one is it?', options: ['a', 'b'], answer: 3, explanation: 'Because it is the one.' },
        },
      ],
    });
    expect(result.success).toBe(false);
  });
});
