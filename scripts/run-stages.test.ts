import { describe, expect, it } from 'vitest';
import { stageTable, stages } from './run-stages';

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
