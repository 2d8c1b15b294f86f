/**
 * The cascade diagram's parts and arrows (their ids with their layout): where each part sits
 * and what it is called, the arrows between them (straight or one quadratic curve), points
 * along an arrow for particles, and where each drug's mark goes (the drug's words are in
 * src/model/words.ts). The layout is a portrait 480 × 490 box so that at 360 px wide each part
 * is still a touch target of 44 px or more and its label at least 12 px.
 */
import type { Drug } from '../model/drugs';

/** The parts of the diagram, in reading order. */
export const NODE_IDS = [
  'tumor',
  'tcells',
  'monocytes',
  'il1',
  'il6',
  'liver',
  'vessels',
  'brain',
] as const;
export type NodeId = (typeof NODE_IDS)[number];

/** How an arrow is drawn: a sideways shift (for a pair running both ways) and an optional bend. */
interface ArrowPlan {
  readonly shift?: number;
  /** Control point of a quadratic curve. */
  readonly control?: Point;
}

/** The arrows, each named `from-to` by the parts it joins, in drawing order. */
const ARROW_PLAN = {
  'tumor-tcells': {},
  'tcells-monocytes': {},
  'monocytes-il1': { shift: 8 },
  'il1-monocytes': { shift: 8 },
  'monocytes-il6': {},
  'il1-il6': {},
  'il6-liver': {},
  'il6-vessels': {},
  'il1-vessels': {},
  'il6-brain': { control: { x: 352, y: 392 } },
  'il1-brain': { control: { x: 118, y: 404 } },
  'vessels-brain': {},
} as const satisfies Partial<Record<`${NodeId}-${NodeId}`, ArrowPlan>>;

export type ArrowId = keyof typeof ARROW_PLAN;
export const ARROW_IDS = Object.keys(ARROW_PLAN) as readonly ArrowId[];

export const VIEW_WIDTH = 480;
export const VIEW_HEIGHT = 490;
export const NODE_WIDTH = 116;
export const NODE_HEIGHT = 72;

export interface NodeSpec {
  readonly id: NodeId;
  /** Short label inside the box. */
  readonly label: string;
  /** Full name for sentences and screen readers. */
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** One plain sentence on what it does. */
  readonly explain: string;
  /** Section of /cascade/ that tells its step. */
  readonly href: string;
  readonly step: string;
}

const STEP = {
  trigger: 'step-1-the-trigger--t-cells-meet-their-target',
  first: 'step-2-activated-t-cells-release-the-first-cytokines',
  myeloid: 'step-3-monocytes-and-macrophages-amplify-the-signal',
  il1: 'step-4-il-1-sits-upstream-of-il-6',
  il6: 'step-5-il-6-signals-in-two-ways',
  vessels: 'step-6-the-endothelium--leaky-vessels-low-blood-pressure-low-oxygen',
  liver: 'step-7-the-liver--crp-follows-il-6',
  brain: 'step-8-the-brain--inflammation-behind-a-barrier',
} as const;

const cascade = (anchor: string) => `/cascade/#${anchor}`;

export const NODES: readonly NodeSpec[] = [
  {
    id: 'tumor',
    label: 'Tumor',
    name: 'Tumor',
    x: 66,
    y: 45,
    explain:
      'Cancer cells carry the target the treated T cells recognize: the more tumor, the more T cells switch on.',
    href: cascade(STEP.trigger),
    step: 'step 1',
  },
  {
    id: 'tcells',
    label: 'T cells',
    name: 'T cells',
    x: 240,
    y: 45,
    explain:
      'Treated T cells switch on when they meet the tumor, multiply, kill cancer cells and release the first cytokines.',
    href: cascade(STEP.first),
    step: 'step 2',
  },
  {
    id: 'monocytes',
    label: 'Monocytes',
    name: 'Monocytes and macrophages',
    x: 414,
    y: 45,
    explain:
      'Monocytes and macrophages answer the T cells’ signals and make most of the IL-1 and IL-6.',
    href: cascade(STEP.myeloid),
    step: 'step 3',
  },
  {
    id: 'il1',
    label: 'IL-1',
    name: 'IL-1',
    x: 110,
    y: 185,
    explain:
      'IL-1 pushes monocytes to make more IL-6 and acts on vessels and the brain; anakinra blocks its receptor.',
    href: cascade(STEP.il1),
    step: 'step 4',
  },
  {
    id: 'il6',
    label: 'IL-6',
    name: 'IL-6',
    x: 300,
    y: 185,
    explain:
      'IL-6 drives fever, leaky vessels and CRP; tocilizumab blocks its receptor and siltuximab binds IL-6 itself.',
    href: cascade(STEP.il6),
    step: 'step 5',
  },
  {
    id: 'vessels',
    label: 'Vessels',
    name: 'Blood vessels',
    x: 240,
    y: 320,
    explain:
      'IL-6 and IL-1 make blood vessel walls leaky, which can lower blood pressure and oxygen.',
    href: cascade(STEP.vessels),
    step: 'step 6',
  },
  {
    id: 'liver',
    label: 'Liver',
    name: 'Liver (makes CRP)',
    x: 414,
    y: 320,
    explain:
      'The liver answers the IL-6 signal by making CRP, a blood test that rises and falls with it.',
    href: cascade(STEP.liver),
    step: 'step 7',
  },
  {
    id: 'brain',
    label: 'Brain',
    name: 'Brain',
    x: 240,
    y: 450,
    explain:
      'IL-1, free IL-6 and inflamed vessels can inflame the brain and cause confusion (ICANS); in this model tocilizumab does not reach it.',
    href: cascade(STEP.brain),
    step: 'step 8',
  },
];

export const NODE_BY_ID: Readonly<Record<NodeId, NodeSpec>> = Object.fromEntries(
  NODES.map((node) => [node.id, node]),
) as Record<NodeId, NodeSpec>;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ArrowSpec {
  readonly id: ArrowId;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly start: Point;
  readonly end: Point;
  /** Control point of a quadratic curve; null for a straight arrow. */
  readonly control: Point | null;
  /** Approximate length, in view units. */
  readonly length: number;
}

/** Gap between a box and the end of an arrow. */
const GAP = 6;

/** Where the ray from a box's centre toward `toward` leaves the box (plus the gap). */
export function boxExit(center: Point, toward: Point, gap = GAP): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  const hw = NODE_WIDTH / 2;
  const hh = NODE_HEIGHT / 2;
  const scale = Math.min(
    dx === 0 ? Infinity : hw / Math.abs(dx),
    dy === 0 ? Infinity : hh / Math.abs(dy),
  );
  const length = Math.hypot(dx, dy) || 1;
  const s = scale + gap / length;
  return { x: center.x + dx * s, y: center.y + dy * s };
}

/** Point at fraction `f` (0–1) along an arrow. */
export function pointOn(arrow: ArrowSpec, f: number): Point {
  const { start: a, end: b, control: c } = arrow;
  if (c === null) return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
  const u = 1 - f;
  return {
    x: u * u * a.x + 2 * u * f * c.x + f * f * b.x,
    y: u * u * a.y + 2 * u * f * c.y + f * f * b.y,
  };
}

/** Unit direction of travel at fraction `f`. */
export function directionAt(arrow: ArrowSpec, f: number): Point {
  const { start: a, end: b, control: c } = arrow;
  const d =
    c === null
      ? { x: b.x - a.x, y: b.y - a.y }
      : {
          x: 2 * (1 - f) * (c.x - a.x) + 2 * f * (b.x - c.x),
          y: 2 * (1 - f) * (c.y - a.y) + 2 * f * (b.y - c.y),
        };
  const n = Math.hypot(d.x, d.y) || 1;
  return { x: d.x / n, y: d.y / n };
}

function buildArrow(id: ArrowId): ArrowSpec {
  const plan: ArrowPlan = ARROW_PLAN[id];
  const [from, to] = id.split('-') as [NodeId, NodeId];
  const a = NODE_BY_ID[from];
  const b = NODE_BY_ID[to];
  let ca: Point = a;
  let cb: Point = b;
  if (plan.shift) {
    // Shift both ends sideways, the same way for a pair, so A→B and B→A run side by side.
    const [p, q] = from < to ? [a, b] : [b, a];
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const side = from < to ? 1 : -1;
    const nx = (-(q.y - p.y) / len) * plan.shift * side;
    const ny = ((q.x - p.x) / len) * plan.shift * side;
    ca = { x: a.x + nx, y: a.y + ny };
    cb = { x: b.x + nx, y: b.y + ny };
  }
  const control = plan.control ?? null;
  const start = boxExit(ca, control ?? cb);
  const end = boxExit(cb, control ?? ca);
  const arrow = { id, from, to, start, end, control, length: 0 };
  let length = 0;
  let prev = start;
  for (let i = 1; i <= 16; i++) {
    const p = pointOn(arrow, i / 16);
    length += Math.hypot(p.x - prev.x, p.y - prev.y);
    prev = p;
  }
  return { ...arrow, length };
}

export const ARROWS: readonly ArrowSpec[] = ARROW_IDS.map(buildArrow);

export const ARROW_BY_ID: Readonly<Record<ArrowId, ArrowSpec>> = Object.fromEntries(
  ARROWS.map((arrow) => [arrow.id, arrow]),
) as Record<ArrowId, ArrowSpec>;

const r = (x: number) => Math.round(x * 10) / 10;

/** SVG path data of an arrow's shaft. */
export function arrowPath(arrow: ArrowSpec): string {
  const { start: a, end: b, control: c } = arrow;
  return c === null
    ? `M${r(a.x)},${r(a.y)}L${r(b.x)},${r(b.y)}`
    : `M${r(a.x)},${r(a.y)}Q${r(c.x)},${r(c.y)} ${r(b.x)},${r(b.y)}`;
}

/** SVG points of a small triangular head at the arrow's end. */
export function arrowHead(arrow: ArrowSpec, size = 9): string {
  const tip = arrow.end;
  const d = directionAt(arrow, 1);
  const bx = tip.x - d.x * size;
  const by = tip.y - d.y * size;
  const w = size * 0.6;
  return [
    [tip.x, tip.y],
    [bx - d.y * w, by + d.x * w],
    [bx + d.y * w, by - d.x * w],
  ]
    .map(([x, y]) => `${r(x ?? 0)},${r(y ?? 0)}`)
    .join(' ');
}

/** A blocking bar across an arrow at fraction `f`, as SVG line ends. */
export function blockBar(arrow: ArrowSpec, f: number, half = 11): { a: Point; b: Point } {
  const p = pointOn(arrow, f);
  const d = directionAt(arrow, f);
  return {
    a: { x: r(p.x - d.y * half), y: r(p.y + d.x * half) },
    b: { x: r(p.x + d.y * half), y: r(p.y - d.x * half) },
  };
}

/** Where each drug acts in the diagram and where its name goes (its words: src/model/drugs.ts). */
export interface DrugMarkSpec {
  readonly drug: Drug;
  /** Receptor blocks: bars across these arrows near their heads (`partial`: only in part). */
  readonly bars: readonly { arrow: ArrowId; at: number; partial?: boolean }[];
  /** Parts it acts on as a whole (a ring around the box). */
  readonly rings: readonly NodeId[];
  readonly label: Point;
  readonly anchor: 'start' | 'middle' | 'end';
}

export const DRUG_MARKS: readonly DrugMarkSpec[] = [
  {
    drug: 'tocilizumab',
    bars: [
      { arrow: 'il6-liver', at: 0.72 },
      { arrow: 'il6-vessels', at: 0.68 },
    ],
    rings: [],
    label: { x: 362, y: 246 },
    anchor: 'start',
  },
  {
    drug: 'siltuximab',
    bars: [],
    rings: ['il6'],
    label: { x: 362, y: 212 },
    anchor: 'start',
  },
  {
    drug: 'anakinra',
    bars: [
      { arrow: 'il1-monocytes', at: 0.86 },
      { arrow: 'il1-il6', at: 0.7 },
      { arrow: 'il1-vessels', at: 0.7 },
      { arrow: 'il1-brain', at: 0.82, partial: true },
    ],
    rings: [],
    label: { x: 110, y: 138 },
    anchor: 'middle',
  },
  {
    drug: 'dexamethasone',
    bars: [],
    rings: ['tcells', 'monocytes', 'brain'],
    label: { x: 150, y: 104 },
    anchor: 'middle',
  },
  {
    drug: 'antihistamine',
    bars: [],
    rings: [],
    label: { x: 0, y: 0 },
    anchor: 'start',
  },
  {
    drug: 'antipyretic',
    bars: [],
    rings: [],
    label: { x: 0, y: 0 },
    anchor: 'start',
  },
];
