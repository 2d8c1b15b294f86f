import { describe, expect, it } from 'vitest';
import { createRk4Workspace, rk4Step, type Rhs } from './solver.ts';

/** Options of {@link integrate}. */
interface IntegrateOptions {
  /** Step size, in the time unit of `f`. Must be positive and finite. */
  readonly step: number;
  /**
   * Called after every step with the step index (1-based), the time and the state (read-only
   * by convention; it is the solver's own array, so copy what you keep).
   */
  readonly onStep?: (index: number, t: number, y: Float64Array) => void;
}

/**
 * The test driver of `rk4Step` (the model runs its own loop, with doses and observations
 * between steps): integrate `y' = f(t, y)` from `t0` to `t1` with fixed RK4 steps and return the final state
 * (a new array; `y0` is not modified). The number of steps is `round((t1 - t0) / step)`, so
 * `t1 - t0` should be a multiple of `step`; step `i` ends at `t0 + i * step` exactly as
 * written, so callers can compare times without rounding drift.
 */
function integrate(
  f: Rhs,
  y0: ArrayLike<number>,
  t0: number,
  t1: number,
  options: IntegrateOptions,
): Float64Array {
  const { step, onStep } = options;
  if (!(step > 0) || !Number.isFinite(step)) {
    throw new RangeError(`step must be a positive finite number, got ${String(step)}`);
  }
  if (!Number.isFinite(t0) || !Number.isFinite(t1) || t1 < t0) {
    throw new RangeError(`need finite t0 <= t1, got ${String(t0)} and ${String(t1)}`);
  }
  const y = Float64Array.from(y0);
  const ws = createRk4Workspace(y.length);
  const steps = Math.round((t1 - t0) / step);
  for (let i = 0; i < steps; i++) {
    rk4Step(f, t0 + i * step, y, step, ws);
    if (onStep !== undefined) onStep(i + 1, t0 + (i + 1) * step, y);
  }
  return y;
}

/** The cascade's own step (days); the closed-form checks use it too. */
const STEP = 0.05;
/**
 * Stated tolerance: relative error below 5e-5 at h = 0.05 when rate × h ≤ 0.1. RK4's global
 * error is about t · k · (kh)⁴ / 120, i.e. 1e-5 for the worst case below (k = 2, t = 10).
 */
const TOLERANCE = 5e-5;

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

const decay = (rate: number): Rhs => {
  return (_t, y, dy) => {
    dy[0] = -rate * y[0]!;
  };
};

const logistic = (rate: number, capacity: number): Rhs => {
  return (_t, y, dy) => {
    dy[0] = rate * y[0]! * (1 - y[0]! / capacity);
  };
};

/** y' = A y with A = [[a, b], [-b, a]]: a damped rotation, y(t) = e^{at} R(-bt) y0. */
const rotation = (a: number, b: number): Rhs => {
  return (_t, y, dy) => {
    dy[0] = a * y[0]! + b * y[1]!;
    dy[1] = -b * y[0]! + a * y[1]!;
  };
};

describe('RK4 against closed-form solutions (relative tolerance 5e-5 at h = 0.05)', () => {
  it('exponential decay y = e^{-kt}', () => {
    const k = 2;
    for (const t1 of [1, 5, 10]) {
      const [y] = integrate(decay(k), [1], 0, t1, { step: STEP });
      expect(relativeError(y!, Math.exp(-k * t1))).toBeLessThan(TOLERANCE);
    }
  });

  it('logistic growth y = K / (1 + (K/y0 - 1) e^{-rt})', () => {
    const r = 1.5;
    const capacity = 10;
    const y0 = 0.1;
    for (const t1 of [2, 6, 20]) {
      const [y] = integrate(logistic(r, capacity), [y0], 0, t1, { step: STEP });
      const exact = capacity / (1 + (capacity / y0 - 1) * Math.exp(-r * t1));
      expect(relativeError(y!, exact)).toBeLessThan(TOLERANCE);
    }
  });

  it('linear 2×2 system (damped rotation)', () => {
    const a = -0.3;
    const b = 2;
    const t1 = 8;
    const y = integrate(rotation(a, b), [1, 0], 0, t1, { step: STEP });
    const amplitude = Math.exp(a * t1);
    const expected = [amplitude * Math.cos(b * t1), -amplitude * Math.sin(b * t1)];
    const error = Math.hypot(y[0]! - expected[0]!, y[1]! - expected[1]!);
    expect(error / amplitude).toBeLessThan(TOLERANCE);
  });

  it('is fourth order: halving the step cuts the error about 16-fold', () => {
    const k = 3;
    const errorAt = (h: number) => {
      const [y] = integrate(decay(k), [1], 0, 2, { step: h });
      return Math.abs(y! - Math.exp(-k * 2));
    };
    const order = Math.log2(errorAt(0.1) / errorAt(0.05));
    expect(order).toBeGreaterThan(3.8);
    expect(order).toBeLessThan(4.2);
  });

  it("integrates time-dependent right-hand sides (y' = cos t)", () => {
    const [y] = integrate((t, _y, dy) => void (dy[0] = Math.cos(t)), [0], 0, 3, { step: STEP });
    expect(Math.abs(y! - Math.sin(3))).toBeLessThan(1e-7);
  });
});

describe('solver mechanics', () => {
  it('does not modify the initial state and reports every step at exact times', () => {
    const y0 = [1];
    const times: number[] = [];
    integrate(decay(1), y0, 0, 1, { step: 0.25, onStep: (_i, t) => times.push(t) });
    expect(y0).toEqual([1]);
    expect(times).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it('rk4Step works in place with a reusable workspace', () => {
    const ws = createRk4Workspace(2);
    const y = new Float64Array([1, 0]);
    for (let i = 0; i < 20; i++) rk4Step(rotation(0, 1), i * 0.05, y, 0.05, ws);
    expect(y[0]).toBeCloseTo(Math.cos(1), 6);
    expect(y[1]).toBeCloseTo(-Math.sin(1), 6);
  });

  it('rejects invalid steps, spans and sizes with explicit errors', () => {
    expect(() => integrate(decay(1), [1], 0, 1, { step: 0 })).toThrow(RangeError);
    expect(() => integrate(decay(1), [1], 0, 1, { step: Number.NaN })).toThrow(RangeError);
    expect(() => integrate(decay(1), [1], 1, 0, { step: 0.1 })).toThrow(RangeError);
    expect(() => createRk4Workspace(0)).toThrow(RangeError);
  });
});
