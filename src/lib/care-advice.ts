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
// Its Spanish twin, with the same ids and citations (a test checks the two have one shape).
import {
  callEmergency as callEmergencyEs,
  callTeam as callTeamEs,
  caregivers as caregiversEs,
  feverMedicine as feverMedicineEs,
  teamUnreachable as teamUnreachableEs,
} from '../../content/care-advice.es.json';
import type { Locale } from '../model/locale';

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

/** The advice in Spanish (`content/care-advice.es.json`). */
export const CARE_ADVICE_ES: CareAdvice = {
  callTeam: callTeamEs,
  callEmergency: callEmergencyEs,
  teamUnreachable: teamUnreachableEs,
  feverMedicine: feverMedicineEs,
  caregivers: caregiversEs,
};

/** The advice in a language. */
export function careAdvice(locale: Locale = 'en'): CareAdvice {
  return locale === 'es' ? CARE_ADVICE_ES : CARE_ADVICE;
}

/**
 * The call-team and emergency lists alone: a widget that quotes their items (the explorer's care
 * card) imports these, so its bundle does not carry the rest of the advice.
 */
export const CALL_LISTS: { readonly callTeam: AdviceList; readonly callEmergency: AdviceList } = {
  callTeam,
  callEmergency,
};

const conjunctions = { en: { or: 'or', and: 'and' }, es: { or: 'o', and: 'y' } } as const;

/**
 * "a, b, c, or d" in English (with "and" for `and`); "a, b, c o d" in Spanish, which puts no
 * comma before the last item unless an item already holds the same word ("se desploma o se
 * desmaya, o tiene una convulsión"), where the comma keeps the list readable.
 */
function series(words: readonly string[], conjunction: 'or' | 'and', locale: Locale): string {
  const word = conjunctions[locale][conjunction];
  if (words.length <= 2) return words.join(` ${word} `);
  const comma = locale === 'en' || words.some((part) => part.includes(` ${word} `)) ? ', ' : ' ';
  return `${words.slice(0, -1).join(', ')}${comma}${word} ${words[words.length - 1] ?? ''}`;
}

// The two sentences read their lists directly (not through `careAdvice`), so a widget that shows
// only the emergency route carries only those two lists of each language.
function summary(list: AdviceList, conjunction: 'or' | 'and', locale: Locale): string {
  const parts = list.items.map((item) => item.short ?? item.text);
  return `${list.lead ?? list.heading} ${series(parts, conjunction, locale)}.`;
}

/**
 * "Call 911 (or your local emergency number) now for someone who cannot be woken, has severe
 * trouble breathing, collapses or faints, or has a seizure."
 */
export function emergencySentence(locale: Locale = 'en'): string {
  return summary(locale === 'es' ? callEmergencyEs : callEmergency, 'or', locale);
}

/**
 * "If you cannot reach your team quickly, go to the nearest emergency department, say which
 * treatment you had and when, and show your wallet card."
 */
export function unreachableSentence(locale: Locale = 'en'): string {
  return summary(locale === 'es' ? teamUnreachableEs : teamUnreachable, 'and', locale);
}

/** Every citation key the advice uses (checked against the reference list by a test). */
export function adviceCitationKeys(locale: Locale = 'en'): string[] {
  const { callTeam, callEmergency, teamUnreachable, feverMedicine } = careAdvice(locale);
  const keys = [callTeam, callEmergency, teamUnreachable].flatMap((list) => [
    ...(list.cite ?? []),
    ...list.items.flatMap((item) => item.cite ?? []),
  ]);
  return [...new Set([...keys, ...(feverMedicine.cite ?? [])])];
}
