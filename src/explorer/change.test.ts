import { describe, expect, it } from 'vitest';
import { courseWords, describeChange, effectSentence, noticesFor } from './change';
import { run } from './testing/simulations';

const ids = (notices: readonly { id: string }[]) => notices.map((notice) => notice.id);

describe('effectSentence', () => {
  it('says what changed, each with what it was', () => {
    const sentence = effectSentence(run('burden=40').sim.summary, run('burden=80').sim.summary);
    expect(sentence).toMatch(/^Worst CRS grade 3 \(was 2\), worst ICANS grade 2 \(was 1\), /);
    expect(sentence).toMatch(/CRS starts day [\d.]+ \(was day [\d.]+\)/);
    expect(sentence).toMatch(/highest IL-6 [\d,]+ pg\/mL \(was [\d,]+\)\.$/);
  });

  it('says "still" for a grade that stays, and names the rest', () => {
    const sentence = effectSentence(run('').sim.summary, run('dose=high').sim.summary);
    expect(sentence).toMatch(/^Worst CRS grade still 2, worst ICANS grade still 1, CRS starts/);
  });

  it('says when nothing changed (an antihistamine has no target in the cascade)', () => {
    expect(effectSentence(run('').sim.summary, run('antihistamine=day0').sim.summary)).toBe(
      `No change over the 28 days: ${courseWords(run('').sim.summary)}.`,
    );
  });

  it('says when CRS no longer starts', () => {
    const sentence = effectSentence(run('').sim.summary, run('burden=0').sim.summary);
    expect(sentence).toContain('no CRS (it started day');
    expect(courseWords(run('burden=0').sim.summary)).toBe(
      'worst CRS grade 0, worst ICANS grade 0, no CRS',
    );
  });
});

describe('noticesFor', () => {
  it('says the grade jumps where a burden crosses a threshold, with the two burdens', () => {
    // The worst CRS grade rises somewhere between 40% and 80%; find the step.
    let step = 40;
    while (run(`burden=${step + 1}`).sim.summary.maxCrsGrade === 2) step += 1;
    const change = describeChange('burden', run(`burden=${step}`), run(`burden=${step + 1}`));
    expect(ids(change.notices)).toEqual(['burden-step']);
    expect(change.notices[0]?.text).toMatch(
      new RegExp(`^Between ${step}% and ${step + 1}% burden the worst CRS grade rises from 2 to 3`),
    );
    expect(change.notices[0]?.href).toBe('/tumor-burden/#why-bulk-matters');
    expect(noticesFor('burden', run(`burden=${step + 1}`), run(`burden=${step}`))[0]?.text).toMatch(
      /falls from 3 to 2/,
    );
    expect(noticesFor('burden', run('burden=41'), run('burden=42'))).toEqual([]);
  });

  it('after tocilizumab: free IL-6 rises and the brain is not protected', () => {
    const [before, after] = [run('burden=80'), run('burden=80&tocilizumab=grade2')];
    const notices = noticesFor('tocilizumab', before, after);
    expect(ids(notices)).toEqual(['brain', 'free-il6']);
    // The sentence follows the model: "rose" only when the worst ICANS grade did.
    const rose = after.sim.summary.maxIcansGrade > before.sim.summary.maxIcansGrade;
    expect(notices[0]?.text).toMatch(
      rose
        ? /^The worst ICANS grade rose with tocilizumab/
        : /^The worst ICANS grade did not fall with tocilizumab/,
    );
    expect(notices[0]?.href).toBe(
      '/neurotoxicity/#why-blocking-the-il-6-receptor-does-not-protect-the-brain',
    );
    expect(notices[1]?.href).toBe('/treatments/#tocilizumab');
    // Switching it off again says nothing to notice.
    expect(
      noticesFor('tocilizumab', run('burden=80&tocilizumab=grade2'), run('burden=80')),
    ).toEqual([]);
  });

  it('after fever medicine: the fever is hidden, not the cascade', () => {
    const prophylaxis = noticesFor(
      'antipyretic',
      run('burden=80'),
      run('burden=80&antipyretic=day0'),
    );
    expect(ids(prophylaxis)).toEqual(['fever-hidden']);
    expect(prophylaxis[0]?.text).toMatch(/the worst CRS grade reads 0, not 3/);
    expect(prophylaxis[0]?.href).toBe('/symptoms-and-grading/#how-crs-often-unfolds');
    const atFever = noticesFor('antipyretic', run('burden=80'), run('burden=80&antipyretic=fever'));
    expect(atFever[0]?.text).toMatch(/^Fever medicine hid the fever, not the cascade underneath;/);
  });

  it('has nothing to say about a change that does nothing surprising', () => {
    expect(noticesFor('anakinra', run('burden=80'), run('burden=80&anakinra=grade2'))).toEqual([]);
    expect(noticesFor('dose', run(''), run('dose=high'))).toEqual([]);
  });
});
