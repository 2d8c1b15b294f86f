/**
 * The care card of the explorer's patient view: for a simulated moment, which items of the
 * site's one source of urgent advice (content/care-advice.json, by id) it matches, and whether
 * it is an emergency. Education, not triage: it says what the advice says for such signs, never
 * what is happening to a reader.
 */
import { CALL_LISTS, type AdviceList } from '../lib/care-advice';
import type { SymptomId } from '../model/observables';
import type { Moment, SymptomNow } from './moment';

export type Call = 'team' | 'emergency';

/**
 * The symptoms that need a call: the advice item each matches, and the emergency item it
 * matches from a severity on (needing a vasopressor, high-flow oxygen, any seizure).
 */
const CALLS: Partial<
  Record<SymptomId, { team?: string; emergency?: { id: string; from: number } }>
> = {
  fever: { team: 'fever' },
  dizziness: { team: 'dizziness', emergency: { id: 'faints', from: 2 } },
  heartbeat: { team: 'heartbeat' },
  breathless: { team: 'breathing', emergency: { id: 'severe-breathing', from: 2 } },
  confusion: { team: 'confusion' },
  seizure: { emergency: { id: 'seizure', from: 1 } },
};

/** ICANS consciousness grades of a drowsy patient and of one very hard or impossible to wake. */
const DROWSY = 1;
const HARD_TO_WAKE = 3;

/** The call a felt symptom needs, or null (tiredness, nausea… are not on the call list). */
export function callFor(symptom: SymptomNow): Call | null {
  const call = CALLS[symptom.id];
  if (!call || symptom.severity === 0) return null;
  if (call.emergency && symptom.severity >= call.emergency.from) return 'emergency';
  return call.team ? 'team' : null;
}

export interface CareCard {
  /** The moment matches a sign on the emergency list. */
  readonly emergency: boolean;
  /**
   * The list's heading as it follows "If this were you:": "call your care team now, day or
   * night, for any of these" (or the emergency list's).
   */
  readonly heading: string;
  /** The items of that list the moment matches, as the advice words them. */
  readonly items: readonly string[];
}

/** The card of one list: its heading, and its items the moment matches. */
function cardOf(list: AdviceList, ids: ReadonlySet<string>, emergency: boolean): CareCard {
  return {
    emergency,
    heading: `${list.heading.charAt(0).toLowerCase()}${list.heading.slice(1)}`,
    items: list.items.filter((item) => item.id && ids.has(item.id)).map((item) => item.text),
  };
}

/** The care card of a moment, or null when nothing in it is on the call list. */
export function careCardFor(m: Moment, lists = CALL_LISTS): CareCard | null {
  const team = new Set<string>();
  const emergency = new Set<string>();
  for (const symptom of m.symptoms) {
    const call = CALLS[symptom.id];
    const need = callFor(symptom);
    if (need === 'emergency' && call?.emergency) emergency.add(call.emergency.id);
    if (need && call?.team) team.add(call.team);
  }
  const consciousness = m.icans.domainGrades.consciousness;
  if (consciousness >= DROWSY) team.add('sleepiness');
  if (consciousness >= HARD_TO_WAKE) emergency.add('unrousable');
  const { callTeam, callEmergency } = lists;
  if (emergency.size > 0) return cardOf(callEmergency, emergency, true);
  return team.size > 0 ? cardOf(callTeam, team, false) : null;
}
