import { describe, expect, it } from 'vitest';
import { DRUGS, DRUG_INFO } from '../model/drugs';
import {
  ARROWS,
  ARROW_IDS,
  DRUG_MARKS,
  NODES,
  NODE_HEIGHT,
  NODE_IDS,
  NODE_WIDTH,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  arrowHead,
  arrowPath,
  blockBar,
  boxExit,
  pointOn,
  type ArrowSpec,
  type Point,
} from './diagram-layout';

function inside(p: Point, node: (typeof NODES)[number], margin = 0): boolean {
  return (
    Math.abs(p.x - node.x) < NODE_WIDTH / 2 + margin &&
    Math.abs(p.y - node.y) < NODE_HEIGHT / 2 + margin
  );
}

function polyline(arrow: ArrowSpec, n = 60): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => pointOn(arrow, i / n));
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (p: Point, q: Point, r: Point) =>
    (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

describe('diagram layout', () => {
  it('has every part and arrow of the view model', () => {
    expect(NODES.map((n) => n.id).sort()).toEqual([...NODE_IDS].sort());
    expect(ARROWS.map((a) => a.id).sort()).toEqual([...ARROW_IDS].sort());
  });

  it('keeps every box inside the view and apart from the others', () => {
    for (const node of NODES) {
      expect(node.x - NODE_WIDTH / 2).toBeGreaterThanOrEqual(0);
      expect(node.x + NODE_WIDTH / 2).toBeLessThanOrEqual(VIEW_WIDTH);
      expect(node.y - NODE_HEIGHT / 2).toBeGreaterThanOrEqual(0);
      expect(node.y + NODE_HEIGHT / 2).toBeLessThanOrEqual(VIEW_HEIGHT);
      for (const other of NODES) {
        if (other !== node)
          expect(inside(other, node, NODE_WIDTH / 4), `${node.id}/${other.id}`).toBe(false);
      }
    }
  });

  it('runs arrows from box edge to box edge without passing through another box', () => {
    for (const arrow of ARROWS) {
      for (const node of NODES) {
        const ends = node.id === arrow.from || node.id === arrow.to;
        const points = polyline(arrow).filter(
          (_, i, all) => !ends || (i > 0 && i < all.length - 1),
        );
        for (const p of points)
          expect(inside(p, node, ends ? 0 : 4), `${arrow.id} through ${node.id}`).toBe(false);
      }
      expect(arrow.length).toBeGreaterThan(40);
    }
  });

  it('draws no two arrows across each other', () => {
    for (const a of ARROWS) {
      for (const b of ARROWS) {
        if (a.id >= b.id) continue;
        const pa = polyline(a, 30);
        const pb = polyline(b, 30);
        let crosses = false;
        for (let i = 1; i < pa.length; i++) {
          for (let j = 1; j < pb.length; j++) {
            if (segmentsCross(pa[i - 1]!, pa[i]!, pb[j - 1]!, pb[j]!)) crosses = true;
          }
        }
        expect(crosses, `${a.id} crosses ${b.id}`).toBe(false);
      }
    }
  });

  it('builds path data, heads and blocking bars', () => {
    const arrow = ARROWS[0]!;
    expect(arrowPath(arrow)).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(arrowPath(ARROWS.find((a) => a.control !== null)!)).toMatch(/Q/);
    expect(arrowHead(arrow).split(' ')).toHaveLength(3);
    const bar = blockBar(arrow, 0.5, 10);
    expect(Math.hypot(bar.a.x - bar.b.x, bar.a.y - bar.b.y)).toBeCloseTo(20, 0);
  });

  it('finds where a ray leaves a box', () => {
    const right = boxExit({ x: 0, y: 0 }, { x: 100, y: 0 }, 0);
    expect(right.x).toBeCloseTo(NODE_WIDTH / 2, 9);
    expect(right.y).toBeCloseTo(0, 9);
    const up = boxExit({ x: 0, y: 0 }, { x: 0, y: -100 }, 4);
    expect(up.x).toBeCloseTo(0, 9);
    expect(up.y).toBeCloseTo(-NODE_HEIGHT / 2 - 4, 9);
  });

  it('places a mark for every drug', () => {
    expect(DRUG_MARKS.map((mark) => mark.drug)).toEqual([...DRUGS]);
    for (const drug of DRUGS) expect(DRUG_INFO[drug].does.length).toBeGreaterThan(5);
  });

  it('links every part to a step of The cascade', () => {
    for (const node of NODES) expect(node.href).toMatch(/^\/cascade\/#step-\d-/);
  });
});
