/**
 * The calculators' query keys and the canonical query of their inputs: the half of the codec
 * in ./grade-query.ts that a link into a calculator needs (the explorer's "Grade this moment",
 * `npm run grade` examples). Kept apart so pages that only link to a calculator do not ship its
 * parser and messages.
 */
import { type CrsInputs, type IcansInputs } from './grading.ts';
import { ICE_ITEM_MAX, type IceItems } from './ice-score.ts';
import { formatNumber } from './query.ts';

/** Inputs as far as they are known: `null` where a value was not given or could not be used. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] | null };

export type CrsDraft = Draft<CrsInputs>;
export type IcansDraft = Draft<IcansInputs>;
export type IceDraft = Draft<IceItems>;

export const CRS_KEYS: readonly string[] = ['temp', 'bp', 'o2', 'masked'];

/** The query of what is known: temp, bp and o2 when known; masked only when set. */
export function encodeCrsDraft(draft: CrsDraft): string {
  const parts: string[] = [];
  if (draft.temperature !== null && Number.isFinite(draft.temperature)) {
    parts.push(`temp=${formatNumber(draft.temperature)}`);
  }
  if (draft.bp !== null) parts.push(`bp=${draft.bp}`);
  if (draft.o2 !== null) parts.push(`o2=${draft.o2}`);
  if (draft.masked === true) parts.push('masked=1');
  return parts.join('&');
}

/** Canonical query of complete CRS inputs: temp, bp and o2 always; masked only when set. */
export function encodeCrsInputs(inputs: CrsInputs): string {
  return encodeCrsDraft(inputs);
}

export const ICANS_KEYS: readonly string[] = ['ice', 'consciousness', 'seizure', 'motor', 'edema'];

/** The query of what is known, in table order. */
export function encodeIcansDraft(draft: IcansDraft): string {
  const parts: string[] = [];
  for (const key of ICANS_KEYS) {
    const value = draft[key as keyof IcansInputs];
    if (value !== null) parts.push(`${key}=${String(value)}`);
  }
  return parts.join('&');
}

/** Canonical query of complete ICANS inputs (every key, in table order). */
export function encodeIcansInputs(inputs: IcansInputs): string {
  return encodeIcansDraft(inputs);
}

export const ICE_KEYS: readonly string[] = Object.keys(ICE_ITEM_MAX);

/** Canonical query of ICE items (every item). */
export function encodeIceItems(items: IceItems): string {
  return ICE_KEYS.map((key) => `${key}=${String(items[key as keyof IceItems])}`).join('&');
}
