import { describe, expect, it } from 'vitest';
import { ARROWS, ARROW_BY_ID, pointOn } from './diagram-layout';
import { ParticleFlow } from './particles';
import { ARROW_IDS, type ArrowId } from './diagram-layout';

const flowing = (level: number, only?: ArrowId): Record<ArrowId, number> =>
  Object.fromEntries(
    ARROW_IDS.map((id) => [id, only === undefined || id === only ? level : 0]),
  ) as Record<ArrowId, number>;

describe('ParticleFlow', () => {
  it('spaces particles about 48 view units apart, at least two an arrow, from the start', () => {
    const flow = new ParticleFlow(ARROWS);
    for (const arrow of ARROWS) {
      const slots = flow.slots.filter((slot) => slot.arrow === arrow);
      expect(slots.length).toBe(Math.max(2, Math.round(arrow.length / 48)));
      slots.forEach((slot, k) => {
        expect(slot.k).toBe(k);
        expect(slot.start).toEqual(pointOn(arrow, k / slots.length));
        expect(flow.position(slot)).toEqual(slot.start);
      });
    }
  });

  it('moves an arrow at 150 view units a second at full flow, and not at all without flow', () => {
    const flow = new ParticleFlow(ARROWS);
    const arrow = ARROW_BY_ID['il6-liver'];
    flow.advance(flowing(1, 'il6-liver'), 0.1);
    const [first] = flow.slots.filter((slot) => slot.arrow === arrow);
    if (!first) throw new Error('no particle');
    expect(flow.position(first)).toEqual(pointOn(arrow, 15 / arrow.length));
    for (const slot of flow.slots.filter((s) => s.arrow !== arrow)) {
      expect(flow.position(slot)).toEqual(slot.start);
    }
  });

  it('goes round: past the end of an arrow, a particle starts again at its start', () => {
    const flow = new ParticleFlow(ARROWS);
    const arrow = ARROW_BY_ID['tumor-tcells'];
    const [first] = flow.slots.filter((slot) => slot.arrow === arrow);
    if (!first) throw new Error('no particle');
    // One and a quarter arrow lengths at half flow: a quarter of the way along.
    flow.advance(flowing(0.5), (1.25 * arrow.length) / (150 * 0.5));
    const at = flow.position(first);
    expect(at.x).toBeCloseTo(pointOn(arrow, 0.25).x, 6);
    expect(at.y).toBeCloseTo(pointOn(arrow, 0.25).y, 6);
  });
});
