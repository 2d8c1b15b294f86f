import { describe, expect, it } from 'vitest';
import { createTracker, finishSummary, track } from './summary.ts';

describe('summary tracker', () => {
  it('records worst grades, first onsets, first peaks and the last tumor value', () => {
    const s = createTracker();
    track(s, 0, 0, 0, 3, 1, 100);
    track(s, 1.05, 1, 0, 50, 9, 90);
    track(s, 2.1, 3, 1, 400, 20, 60);
    track(s, 3.15, 2, 2, 400, 12, 30);
    track(s, 4.2, 0, 1, 100, 2, 10);
    expect(finishSummary(s)).toEqual({
      maxCrsGrade: 3,
      maxIcansGrade: 2,
      crsOnsetDay: 1.05,
      icansOnsetDay: 2.1,
      peakIl6: 400,
      peakIl6Day: 2.1,
      peakIl1: 20,
      peakIl1Day: 2.1,
      tumorRemainingDay28: 10,
    });
  });

  it('onsets are null when grade 1 is never reached', () => {
    const s = createTracker();
    track(s, 0, 0, 0, 3, 1, 100);
    expect(finishSummary(s)).toMatchObject({ crsOnsetDay: null, icansOnsetDay: null });
  });
});
