/**
 * The site's urgent advice, read from its one source, `content/care-advice.json`: when to call
 * the care team, when to call the emergency number instead, and what to do when the team
 * cannot be reached. Every page and widget that tells a reader to call renders it from here
 * (CareAdvice.astro, EmergencyRoute.astro and EmergencyRoute.svelte), so no two places can
 * disagree. Safe in the browser: plain data and string joins.
 */
// Named imports of the JSON's top-level keys let a bundle keep only the parts a widget uses
// (the emergency route is a few hundred bytes; the whole list is not).
import {
  callEmergency,
  callTeam,
  caregivers,
  feverMedicine,
  teamUnreachable,
} from '../../content/care-advice.json';

export interface AdviceItem {
  /** A name for the item that stays when its words change (the explorer's care card uses it). */
  readonly id?: string;
  /** The item as a list line. */
  readonly text: string;
  /** The item inside a one-sentence summary (emergency and unreachable lists). */
  readonly short?: string;
  /** Citation keys from content/references.json. */
  readonly cite?: readonly string[];
}

export interface AdviceList {
  readonly heading: string;
  /** Opens the one-sentence summary ("Call 911 … for someone who"). */
  readonly lead?: string;
  readonly items: readonly AdviceItem[];
  readonly note?: string;
  readonly cite?: readonly string[];
}

export interface CareAdvice {
  readonly callTeam: AdviceList;
  readonly callEmergency: AdviceList;
  readonly teamUnreachable: AdviceList;
  /** `text` carries the citation; `more` is plain advice that needs none. */
  readonly feverMedicine: {
    readonly text: string;
    readonly cite?: readonly string[];
    readonly more?: string;
  };
  readonly caregivers: string;
}

export const CARE_ADVICE: CareAdvice = {
  callTeam,
  callEmergency,
  teamUnreachable,
  feverMedicine,
  caregivers,
};

/**
 * The call-team and emergency lists alone: a widget that quotes their items (the explorer's care
 * card) imports these, so its bundle does not carry the rest of the advice.
 */
export const CALL_LISTS: { readonly callTeam: AdviceList; readonly callEmergency: AdviceList } = {
  callTeam,
  callEmergency,
};

/** "a, b, c, or d" (with "and" for `and`). */
function series(words: readonly string[], conjunction: 'or' | 'and'): string {
  if (words.length <= 2) return words.join(` ${conjunction} `);
  return `${words.slice(0, -1).join(', ')}, ${conjunction} ${words[words.length - 1] ?? ''}`;
}

function summary(list: AdviceList, conjunction: 'or' | 'and'): string {
  const parts = list.items.map((item) => item.short ?? item.text);
  return `${list.lead ?? list.heading} ${series(parts, conjunction)}.`;
}

/**
 * "Call 911 (or your local emergency number) now for someone who cannot be woken, has severe
 * trouble breathing, collapses or faints, or has a seizure."
 */
export function emergencySentence(): string {
  return summary(callEmergency, 'or');
}

/**
 * "If you cannot reach your team quickly, go to the nearest emergency department, say which
 * treatment you had and when, and show your wallet card."
 */
export function unreachableSentence(): string {
  return summary(teamUnreachable, 'and');
}

/** Every citation key the advice uses (checked against the reference list by a test). */
export function adviceCitationKeys(): string[] {
  const { callTeam, callEmergency, teamUnreachable, feverMedicine } = CARE_ADVICE;
  const keys = [callTeam, callEmergency, teamUnreachable].flatMap((list) => [
    ...(list.cite ?? []),
    ...list.items.flatMap((item) => item.cite ?? []),
  ]);
  return [...new Set([...keys, ...(feverMedicine.cite ?? [])])];
}
