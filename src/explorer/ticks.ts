/**
 * Round tick values and nice bounds for the charts' linear scales: d3-array's `ticks` and `nice`
 * (v3), written out for increasing domains, the only kind the charts have. Importing them
 * brought the whole of d3-array into every explorer page (about 1.9 KB gzip, not tree-shaken)
 * for a few lines; a property test checks both give d3-array's numbers exactly.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** First and last tick as multiples of the increment, and the increment (negative: 1/inc). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop` (start ≤ stop), as d3-array's `ticks`. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const out: number[] = [];
  // i1 + k, not a counter from i1: a first tick of -0 is written 0, as d3 writes it.
  for (let k = 0; k <= i2 - i1; k++) out.push(inc < 0 ? (i1 + k) / -inc : (i1 + k) * inc);
  return out;
}

/** `[start, stop]` widened to round values for about `count` ticks, as d3-array's `nice`. */
export function nice(start: number, stop: number, count: number): [number, number] {
  let previous: number | undefined;
  for (;;) {
    const step = tickSpec(start, stop, count)[2];
    if (step === previous || step === 0 || !Number.isFinite(step)) return [start, stop];
    if (step > 0) {
      const i = Math.ceil(start / step);
      const j = Math.floor(stop / step);
      start = (i - (i * step > start ? 1 : 0)) * step;
      stop = (j + (j * step < stop ? 1 : 0)) * step;
    } else {
      const s = -step;
      const i = Math.ceil(start * s);
      const j = Math.floor(stop * s);
      start = (i - (i / s > start ? 1 : 0)) / s;
      stop = (j + (j / s < stop ? 1 : 0)) / s;
    }
    previous = step;
  }
}
