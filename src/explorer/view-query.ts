/**
 * The explorer's address: the model's scenario (read and written only by the model's codec,
 * `parse`/`encode` in src/model/scenario.ts) plus four keys of view state that are not part of
 * the scenario: `day` (0–28, to 0.1), `view` (patient | clinician), `scale` (linear | log) and
 * `compare` (1 | 0). View keys are read with the model's own tolerant readers, so a mangled value
 * becomes a note in the same list as the scenario's notes, never an error.
 *
 * `/explore/?burden=80&tocilizumab=grade2&day=5&view=clinician&compare=1`
 */
import { NoteList, readChoice, readNumber, readQuery, type QueryNote } from '../model/query';
import { encode, parse, type Scenario } from '../model/scenario';
import { HORIZON_DAYS } from '../model/series';

export const VIEWS = ['patient', 'clinician'] as const;
export type View = (typeof VIEWS)[number];

export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

/** View state a reader can share that is not part of the model's scenario. */
export interface ViewState {
  /** Day after infusion (or first dose) shown, 0–28, to 0.1 d. */
  readonly day: number;
  readonly view: View;
  /** Scale of the cytokine charts. */
  readonly scale: Scale;
  /** Show the same scenario without any drug beside it. */
  readonly compare: boolean;
}

/** The view keys, in canonical order. */
export const VIEW_KEYS = ['day', 'view', 'scale', 'compare'] as const;

/** The day shown before the reader moves the timeline: near the peak of the default scenario. */
export const DEFAULT_DAY = 4;

export const DEFAULT_VIEW: ViewState = {
  day: DEFAULT_DAY,
  view: 'patient',
  scale: 'linear',
  compare: false,
};

const COMPARE_WORDS = ['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'] as const;
const COMPARE_ON: ReadonlySet<string> = new Set(['1', 'true', 'yes', 'on']);

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
 * Split query text into the part the model's codec reads and the view part, by key. Anything
 * that is not a view key (including undecodable pieces) goes to the model, which reports it.
 */
export function splitQuery(query: string): { scenarioQuery: string; viewQuery: string } {
  const body = query.startsWith('?') ? query.slice(1) : query;
  const scenarioParts: string[] = [];
  const viewParts: string[] = [];
  for (const part of body.split('&')) {
    if (part.trim() === '') continue;
    const key = keyOf(part);
    if (key !== null && (VIEW_KEYS as readonly string[]).includes(key)) viewParts.push(part);
    else scenarioParts.push(part);
  }
  return { scenarioQuery: scenarioParts.join('&'), viewQuery: viewParts.join('&') };
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
    defaults.compare ? '1' : '0',
    notes,
  );
  return {
    view: { day, view, scale, compare: COMPARE_ON.has(compareWord) },
    notes: notes.toArray(),
  };
}

/** The view keys that differ from `defaults`, canonical ('' when none). */
export function encodeView(view: ViewState, defaults: ViewState = DEFAULT_VIEW): string {
  const parts: string[] = [];
  const day = canonicalDay(view.day);
  if (day !== canonicalDay(defaults.day)) parts.push(`day=${day}`);
  if (view.view !== defaults.view) parts.push(`view=${view.view}`);
  if (view.scale !== defaults.scale) parts.push(`scale=${view.scale}`);
  if (view.compare !== defaults.compare) parts.push(`compare=${view.compare ? 1 : 0}`);
  return parts.join('&');
}

/** The whole explorer address: scenario through the model's codec, then the view keys. */
export function parseExplorerQuery(
  query: string,
  defaults: ViewState = DEFAULT_VIEW,
): { scenario: Scenario; view: ViewState; notes: QueryNote[] } {
  const { scenarioQuery, viewQuery } = splitQuery(query);
  const model = parse(scenarioQuery);
  const extra = parseView(viewQuery, defaults);
  return { scenario: model.scenario, view: extra.view, notes: [...model.notes, ...extra.notes] };
}

export function encodeExplorerQuery(
  scenario: Scenario,
  view: ViewState,
  defaults: ViewState = DEFAULT_VIEW,
): string {
  return [encode(scenario), encodeView(view, defaults)].filter((part) => part !== '').join('&');
}
