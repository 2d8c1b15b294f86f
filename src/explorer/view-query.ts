/**
 * The explorer's address: the model's scenario (read and written only by the model's codec,
 * `parse`/`encode` in src/model/scenario.ts) plus four keys of view state that are not part of
 * the scenario: `day` (0–28, to 0.1), `view` (patient | clinician), `scale` (linear | log) and
 * `compare` (`1` the same scenario without drugs, `b` a second scenario B, `0` nothing). View keys
 * are read with the model's own tolerant readers, so a mangled value becomes a note in the same
 * list as the scenario's notes, never an error.
 *
 * Scenario B is written as `b.` keys, the model's scenario keys with a prefix, and only where B
 * differs from where it starts: A's patient (therapy, burden, dose) with no drug. So
 * tocilizumab against anakinra in the same patient is
 *
 * `/explore/?burden=80&tocilizumab=grade2&compare=b&b.anakinra=grade2`
 *
 * `b.` keys alone mean `compare=b`; beside another `compare` they are ignored, with a note.
 */
import { NoteList, readChoice, readNumber, readQuery, type QueryNote } from '../model/query';
import { canonicalBurden, encode, makeScenario, parse, type Scenario } from '../model/scenario';
import { HORIZON_DAYS } from '../model/series';

export const VIEWS = ['patient', 'clinician'] as const;
export type View = (typeof VIEWS)[number];

export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

/** What the reader's scenario (A) is drawn beside: nothing, itself without drugs, or B. */
export const COMPARISONS = ['off', 'no-drug', 'b'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** View state a reader can share that is not part of the model's scenario. */
export interface ViewState {
  /** Day after infusion (or first dose) shown, 0–28, to 0.1 d. */
  readonly day: number;
  readonly view: View;
  /** Scale of the cytokine charts. */
  readonly scale: Scale;
  /** Draw the same scenario without any drug, or scenario B, beside it. */
  readonly compare: Comparison;
}

/** The view keys, in canonical order. */
export const VIEW_KEYS = ['day', 'view', 'scale', 'compare'] as const;

/** The day shown before the reader moves the timeline: near the peak of the default scenario. */
export const DEFAULT_DAY = 4;

export const DEFAULT_VIEW: ViewState = {
  day: DEFAULT_DAY,
  view: 'patient',
  scale: 'linear',
  compare: 'off',
};

const COMPARE_WORDS = ['1', '0', 'b', 'true', 'false', 'yes', 'no', 'on', 'off'] as const;
const COMPARE_ON: ReadonlySet<string> = new Set(['1', 'true', 'yes', 'on']);
/** How each comparison is written in the address. */
const COMPARE_KEY: Readonly<Record<Comparison, string>> = { off: '0', 'no-drug': '1', b: 'b' };

/** The prefix of scenario B's keys. */
export const B_PREFIX = 'b.';

/** A day as the timeline holds it: within 0–28, to one decimal (-0 becomes 0). */
export function canonicalDay(day: number): number {
  if (!Number.isFinite(day)) return DEFAULT_DAY;
  const value = Math.round(Math.min(HORIZON_DAYS, Math.max(0, day)) * 10) / 10;
  return value === 0 ? 0 : value;
}

function keyOf(part: string): string | null {
  const eq = part.indexOf('=');
  const raw = eq < 0 ? part : part.slice(0, eq);
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).trim().toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Split query text into the part the model's codec reads, the view part and scenario B's part
 * (its keys without the prefix), by key. Anything else (including undecodable pieces) goes to
 * the model, which reports it.
 */
export function splitQuery(query: string): {
  scenarioQuery: string;
  viewQuery: string;
  bQuery: string;
} {
  const body = query.startsWith('?') ? query.slice(1) : query;
  const scenarioParts: string[] = [];
  const viewParts: string[] = [];
  const bParts: string[] = [];
  for (const part of body.split('&')) {
    if (part.trim() === '') continue;
    const key = keyOf(part);
    if (key !== null && (VIEW_KEYS as readonly string[]).includes(key)) viewParts.push(part);
    else if (key?.startsWith(B_PREFIX)) {
      const eq = part.indexOf('=');
      bParts.push(
        `${encodeURIComponent(key.slice(B_PREFIX.length))}${eq < 0 ? '' : part.slice(eq)}`,
      );
    } else scenarioParts.push(part);
  }
  return {
    scenarioQuery: scenarioParts.join('&'),
    viewQuery: viewParts.join('&'),
    bQuery: bParts.join('&'),
  };
}

/** Read the view keys (and only those) tolerantly; `defaults` fill what is missing or unusable. */
export function parseView(
  query: string,
  defaults: ViewState = DEFAULT_VIEW,
): { view: ViewState; notes: QueryNote[] } {
  const notes = new NoteList();
  const pairs = readQuery(query, notes);
  const rawDay = pairs.get('day');
  let day = readNumber(
    'day',
    rawDay,
    { min: 0, max: HORIZON_DAYS, fallback: defaults.day, integer: false },
    notes,
  );
  const rounded = canonicalDay(day);
  if (rawDay !== undefined && rounded !== day) {
    notes.add('day', rawDay, 'rounded', `day ${rawDay} was rounded to ${rounded}.`);
  }
  day = rounded;
  const view = readChoice('view', pairs.get('view'), VIEWS, defaults.view, notes);
  const scale = readChoice('scale', pairs.get('scale'), SCALES, defaults.scale, notes);
  const compareWord = readChoice(
    'compare',
    pairs.get('compare'),
    COMPARE_WORDS,
    COMPARE_KEY[defaults.compare],
    notes,
  );
  const compare: Comparison =
    compareWord === 'b' ? 'b' : COMPARE_ON.has(compareWord) ? 'no-drug' : 'off';
  return { view: { day, view, scale, compare }, notes: notes.toArray() };
}

/** The view keys that differ from `defaults`, canonical ('' when none). */
export function encodeView(view: ViewState, defaults: ViewState = DEFAULT_VIEW): string {
  const parts: string[] = [];
  const day = canonicalDay(view.day);
  if (day !== canonicalDay(defaults.day)) parts.push(`day=${day}`);
  if (view.view !== defaults.view) parts.push(`view=${view.view}`);
  if (view.scale !== defaults.scale) parts.push(`scale=${view.scale}`);
  if (view.compare !== defaults.compare) parts.push(`compare=${COMPARE_KEY[view.compare]}`);
  return parts.join('&');
}

/** Where scenario B starts: A's patient (therapy, burden, dose) with no drug. */
export function startOfB(a: Scenario): Scenario {
  return makeScenario({ therapy: a.therapy, burden: a.burden, dose: a.dose });
}

/** A note about one of B's keys, worded with its prefix ("b.burden 500 was out of range…"). */
function prefixed(note: QueryNote): QueryNote {
  if (note.key === '') return note;
  const key = `${B_PREFIX}${note.key}`;
  return {
    ...note,
    key,
    message: note.message.replace(note.key, key),
    problem: note.problem.replace(note.key, key),
  };
}

/**
 * Scenario B from its keys (without the prefix): where B starts ({@link startOfB}) changed by
 * each key, read by the model's codec, with the notes worded for the `b.` keys.
 */
export function parseB(bQuery: string, a: Scenario): { scenario: Scenario; notes: QueryNote[] } {
  const start = startOfB(a);
  const given = new NoteList();
  const pairs = readQuery(bQuery, given);
  // A's patient is written out first, so the model reads B's keys over it; B's own repeated keys
  // were noted above, once.
  const patient = new Map([
    ['therapy', start.therapy],
    ['burden', String(start.burden)],
    ['dose', start.dose],
  ]);
  for (const [key, value] of pairs) patient.set(key, value);
  const query = [...patient].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  const model = parse(query.join('&'));
  return { scenario: model.scenario, notes: [...given.toArray(), ...model.notes].map(prefixed) };
}

/** B's keys, where B differs from where it starts ('' when it does not). */
export function encodeB(b: Scenario, a: Scenario): string {
  const start = startOfB(a);
  const parts: string[] = [];
  if (b.therapy !== start.therapy) parts.push(`therapy=${b.therapy}`);
  const burden = canonicalBurden(b.burden);
  if (burden !== canonicalBurden(start.burden)) parts.push(`burden=${burden}`);
  if (b.dose !== start.dose) parts.push(`dose=${b.dose}`);
  parts.push(
    ...encode(makeScenario({ drugs: b.drugs }))
      .split('&')
      .filter(Boolean),
  );
  return parts.map((part) => `${B_PREFIX}${part}`).join('&');
}

/** The whole explorer address: scenario through the model's codec, then the view keys and B. */
export function parseExplorerQuery(
  query: string,
  defaults: ViewState = DEFAULT_VIEW,
): { scenario: Scenario; view: ViewState; b: Scenario | null; notes: QueryNote[] } {
  const { scenarioQuery, viewQuery, bQuery } = splitQuery(query);
  const model = parse(scenarioQuery);
  const extra = parseView(viewQuery, defaults);
  const notes = [...model.notes, ...extra.notes];
  let view = extra.view;
  let b: Scenario | null = null;
  if (bQuery !== '') {
    const compareGiven = viewQuery.split('&').some((part) => keyOf(part) === 'compare');
    if (view.compare === 'b' || !compareGiven) {
      const parsed = parseB(bQuery, model.scenario);
      view = { ...view, compare: 'b' };
      b = parsed.scenario;
      notes.push(...parsed.notes);
    } else {
      notes.push({
        key: B_PREFIX,
        value: '',
        kind: 'conflict',
        message: `The ${B_PREFIX} settings of scenario B were ignored: the link does not compare with B.`,
        problem: `${B_PREFIX} keys given without compare=b`,
      });
    }
  } else if (view.compare === 'b') {
    b = startOfB(model.scenario);
  }
  return { scenario: model.scenario, view, b, notes };
}

/** The address query of a state: the scenario, the view keys, then B's keys when comparing with B. */
export function encodeExplorerQuery(
  scenario: Scenario,
  view: ViewState,
  defaults: ViewState = DEFAULT_VIEW,
  b: Scenario | null = null,
): string {
  const bPart = view.compare === 'b' && b ? encodeB(b, scenario) : '';
  return [encode(scenario), encodeView(view, defaults), bPart]
    .filter((part) => part !== '')
    .join('&');
}
