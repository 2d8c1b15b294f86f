/**
 * The particles that travel along the diagram's arrows: evenly spaced, about one per 48 view
 * units (at least two an arrow), each arrow's particles moving together at a speed that follows
 * what flows along it (150 view units a second at full flow). Only phases are kept: drawing
 * them is the diagram's business.
 */
import { pointOn, type ArrowSpec, type Point } from './diagram-layout';
import type { ArrowId } from './diagram-layout';

/** One particle: the `k`-th of `count` on its arrow, and where it sits before moving. */
export interface ParticleSlot {
  readonly arrow: ArrowSpec;
  /** The arrow's place in the list the flow was made from. */
  readonly a: number;
  readonly k: number;
  readonly count: number;
  readonly start: Point;
}

/** View units between two particles. */
const SPACING = 48;
/** View units a second at full flow. */
const SPEED = 150;

export class ParticleFlow {
  readonly slots: readonly ParticleSlot[];
  readonly #arrows: readonly ArrowSpec[];
  /** How far (0–1) each arrow's first particle has travelled. */
  readonly #phases: Float64Array;

  constructor(arrows: readonly ArrowSpec[]) {
    this.#arrows = arrows;
    this.#phases = new Float64Array(arrows.length);
    this.slots = arrows.flatMap((arrow, a) => {
      const count = Math.max(2, Math.round(arrow.length / SPACING));
      return Array.from({ length: count }, (_, k) => ({
        arrow,
        a,
        k,
        count,
        start: pointOn(arrow, k / count),
      }));
    });
  }

  /** Moves every arrow's particles on by `dt` seconds at its flow (0–1). */
  advance(fluxes: Readonly<Record<ArrowId, number>>, dt: number): void {
    this.#arrows.forEach((arrow, a) => {
      this.#phases[a] =
        ((this.#phases[a] ?? 0) + (dt * SPEED * fluxes[arrow.id]) / arrow.length) % 1;
    });
  }

  /** Where a particle is now. */
  position(slot: ParticleSlot): Point {
    return pointOn(slot.arrow, ((this.#phases[slot.a] ?? 0) + slot.k / slot.count) % 1);
  }
}
