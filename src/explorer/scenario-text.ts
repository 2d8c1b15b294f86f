/** Words of the explorer's scenario controls: the burden slider's value and the drug timings. */
import { BURDEN_PRESETS, timingDay, type DrugTiming } from '../model/scenario';
import { TIMING_SHORT, type TimingKey, type TimingWords } from '../model/words';

/** The words of the burden slider's value in one language (Spanish: ./explorer-words.es.ts). */
export interface BurdenWords {
  /** The presets' names (low, moderate, high) as this language says them. */
  readonly names: Readonly<Record<string, string>>;
  readonly below: (name: string) => string;
  readonly above: (name: string) => string;
  readonly between: (below: string, above: string) => string;
  readonly value: (burden: number, name: string) => string;
}

const BURDEN_EN: BurdenWords = {
  names: {},
  below: (name) => `below ${name}`,
  above: (name) => `above ${name}`,
  between: (below, above) => `between ${below} and ${above}`,
  value: (burden, name) => `${burden}% of a bulky reference, ${name}`,
};

/** "40% of a bulky reference, moderate" (or "between moderate and high"), for the slider. */
export function burdenValueText(burden: number, w = BURDEN_EN): string {
  const presets = Object.entries(BURDEN_PRESETS).sort((a, b) => a[1] - b[1]);
  const exact = presets.find(([, value]) => value === burden);
  let name: string;
  const named = (preset: string) => w.names[preset] ?? preset;
  if (exact) name = named(exact[0]);
  else {
    const below = presets.filter(([, value]) => value < burden).at(-1);
    const above = presets.find(([, value]) => value > burden);
    if (!below) name = w.below(named(above?.[0] ?? 'low'));
    else if (!above) name = w.above(named(below[0]));
    else name = w.between(named(below[0]), named(above[0]));
  }
  return w.value(burden, name);
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
export function timingOptions(
  timing: DrugTiming,
  words: TimingWords = TIMING_SHORT,
): readonly TimingOption[] {
  const day = timingDay(timing);
  const usual =
    words === TIMING_SHORT
      ? TIMING_OPTIONS
      : TIMING_OPTIONS.map(({ value }) => ({ value, label: words[value as TimingKey] }));
  if (day === null || day === 0) return usual;
  return [...usual, { value: `day${day}`, label: words.day(day) }];
}
