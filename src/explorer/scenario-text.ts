/** Words of the explorer's scenario controls: the burden slider's value and the drug timings. */
import { BURDEN_PRESETS, timingDay, type DrugTiming } from '../model/scenario';
import { TIMING_SHORT, type TimingKey, type TimingWords } from '../model/words';

/** "40% of a bulky reference, moderate" (or "between moderate and high"), for the slider. */
export function burdenValueText(burden: number): string {
  const presets = Object.entries(BURDEN_PRESETS).sort((a, b) => a[1] - b[1]);
  const exact = presets.find(([, value]) => value === burden);
  let name: string;
  if (exact) name = exact[0];
  else {
    const below = presets.filter(([, value]) => value < burden).at(-1);
    const above = presets.find(([, value]) => value > burden);
    if (!below) name = `below ${above?.[0] ?? 'low'}`;
    else if (!above) name = `above ${below[0]}`;
    else name = `between ${below[0]} and ${above[0]}`;
  }
  return `${burden}% of a bulky reference, ${name}`;
}

/** A drug timing in one register of the vocabulary: `day0` has its own words, later days `day(N)`. */
export function timingWord(words: TimingWords, timing: DrugTiming): string {
  const day = timingDay(timing);
  if (day === 0) return words.day0;
  if (day !== null) return words.day(day);
  return words[timing as TimingKey] ?? timing;
}

export interface TimingOption {
  readonly value: DrugTiming;
  readonly label: string;
}

/** The timings a drug's menu always offers, in menu order. */
const TIMING_OPTIONS: readonly TimingOption[] = (
  ['off', 'day0', 'fever', 'grade2', 'grade3'] as const
).map((value) => ({ value, label: TIMING_SHORT[value] }));

/** The options of a drug's timing menu: the usual ones, plus "From day N" when a link set one. */
export function timingOptions(timing: DrugTiming): readonly TimingOption[] {
  const day = timingDay(timing);
  if (day === null || day === 0) return TIMING_OPTIONS;
  return [...TIMING_OPTIONS, { value: `day${day}`, label: TIMING_SHORT.day(day) }];
}
