/**
 * Classical fourth-order Runge–Kutta with a fixed step.
 *
 * Why fixed-step RK4 and not an adaptive method: the cascade is integrated over 28 days with
 * drugs that start at step boundaries (a trigger is checked after every step), and a
 * feasibility study (model.md, "Design notes") found that a 0.05-day step gives the same
 * grades as a 0.005-day step while costing about 0.2 ms per scenario. A fixed step keeps the
 * trigger times, the output grid and the cost identical for every scenario, which the explorer
 * needs (it re-runs the model on every slider input). The global error is O(h⁴); the tests
 * check this order against closed-form solutions.
 *
 * The right-hand side writes into `dy` in place; all work arrays are allocated once per
 * integration, never per step.
 */

/** In-place right-hand side: write dy/dt at time `t` and state `y` into `dy`. */
export type Rhs = (t: number, y: Float64Array, dy: Float64Array) => void;

/** Scratch arrays for one state size, reused across steps. */
export interface Rk4Workspace {
  readonly size: number;
  readonly k1: Float64Array;
  readonly k2: Float64Array;
  readonly k3: Float64Array;
  readonly k4: Float64Array;
  readonly stage: Float64Array;
}

/** Allocate the scratch arrays for a state of `size` numbers. */
export function createRk4Workspace(size: number): Rk4Workspace {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`state size must be a positive integer, got ${String(size)}`);
  }
  return {
    size,
    k1: new Float64Array(size),
    k2: new Float64Array(size),
    k3: new Float64Array(size),
    k4: new Float64Array(size),
    stage: new Float64Array(size),
  };
}

/**
 * Advance `y` (in place) from `t` to `t + h` with one classical RK4 step.
 * `ws` must have been created for `y.length`.
 */
export function rk4Step(f: Rhs, t: number, y: Float64Array, h: number, ws: Rk4Workspace): void {
  const n = ws.size;
  const { k1, k2, k3, k4, stage } = ws;
  const half = h / 2;
  f(t, y, k1);
  for (let i = 0; i < n; i++) stage[i] = y[i]! + half * k1[i]!;
  f(t + half, stage, k2);
  for (let i = 0; i < n; i++) stage[i] = y[i]! + half * k2[i]!;
  f(t + half, stage, k3);
  for (let i = 0; i < n; i++) stage[i] = y[i]! + h * k3[i]!;
  f(t + h, stage, k4);
  const sixth = h / 6;
  for (let i = 0; i < n; i++) {
    y[i] = y[i]! + sixth * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
  }
}
