import { describe, expect, it } from 'vitest';
import { batchesOf, stageTable, stages } from './run-stages';

describe('npm test stages', () => {
  it('runs the gates in the README’s order, the browser tests last', () => {
    expect(stages.map((stage) => stage.name)).toEqual([
      'check',
      'lint',
      'spell',
      'unit',
      'calibrate',
      'build',
      'size',
      'validate:html',
      'e2e',
    ]);
  });

  it('runs the source checks at once, then the build and what reads it one by one', () => {
    expect(batchesOf(stages).map((batch) => batch.map((stage) => stage.name))).toEqual([
      ['check', 'lint', 'spell', 'unit', 'calibrate'],
      ['build'],
      ['size'],
      ['validate:html'],
      ['e2e'],
    ]);
  });

  it('totals the wall-clock time when stages overlapped', () => {
    const table = stageTable(
      [
        { name: 'check', seconds: 30, code: 0 },
        { name: 'lint', seconds: 28, code: 0 },
      ],
      ['check', 'lint'],
      31,
    );
    expect(table.split('\n').at(-1)).toBe('total    0:31');
  });

  it('prints each stage’s time, the failure and what was not reached', () => {
    const table = stageTable(
      [
        { name: 'check', seconds: 61.4, code: 0 },
        { name: 'lint', seconds: 9.6, code: 2 },
      ],
      ['check', 'lint', 'unit'],
    );
    expect(table.split('\n')).toEqual([
      'check    1:01  ok',
      'lint     0:10  failed (exit 2)',
      'unit           not run',
      'total    1:11',
    ]);
  });
});
