/** Words of the explorer's scenario controls. */
import { BURDEN_PRESETS } from '../model/scenario';

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
