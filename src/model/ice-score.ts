/**
 * The ICE score (Immune Effector Cell-associated Encephalopathy), ASTCT 2019 (Lee et al., key
 * `lee2019astct`): ten points of a bedside test of orientation, naming, commands, writing and
 * attention. Its total is one input of the ICANS grade (./grading.ts).
 */

/** The ten ICE points. */
export interface IceItems {
  /** Orientation to year, month, city and hospital: 0–4 points. */
  readonly orientation: number;
  /** Naming three objects: 0–3 points. */
  readonly naming: number;
  /** Following simple commands: 0–1 point. */
  readonly commands: number;
  /** Writing a standard sentence: 0–1 point. */
  readonly writing: number;
  /** Counting backwards from 100 by 10: 0–1 point. */
  readonly attention: number;
}

export const ICE_ITEM_MAX: Readonly<Record<keyof IceItems, number>> = {
  orientation: 4,
  naming: 3,
  commands: 1,
  writing: 1,
  attention: 1,
};

/** The ICE score (0–10, 10 normal) from its items; throws RangeError on an impossible item. */
export function iceScore(items: IceItems): { readonly score: number; readonly because: string } {
  let score = 0;
  const missed: string[] = [];
  for (const key of Object.keys(ICE_ITEM_MAX) as (keyof IceItems)[]) {
    const value = items[key];
    const max = ICE_ITEM_MAX[key];
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw new RangeError(`ICE item ${key} must be an integer 0–${max}, got ${String(value)}`);
    }
    score += value;
    if (value < max) missed.push(`${key} ${value}/${max}`);
  }
  const because =
    missed.length === 0
      ? 'All ten points scored: ICE score 10 (normal).'
      : `Points missed in ${missed.join(', ')}: ICE score ${score} of 10.`;
  return { score, because };
}
