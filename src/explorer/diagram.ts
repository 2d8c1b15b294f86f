/**
 * How the cascade diagram looks at one output sample: how strongly each part glows and how much
 * flows along each arrow, read from the model's series (the parts and arrows themselves, with
 * their ids, are laid out in ./diagram-layout.ts).
 */
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { seriesScale, type Series, type SeriesKey } from '../model/series';
import type { ArrowId, NodeId } from './diagram-layout';

/** A series' value at sample `index` (0 past its end). */
function value(series: Series, key: SeriesKey, index: number): number {
  return series[key][index] ?? 0;
}

/** A share 0–1 of the way from `base` to `top`. */
function share(x: number, base: number, top: number): number {
  if (!(top > base)) return 0;
  return Math.min(1, Math.max(0, (x - base) / (top - base)));
}

/**
 * A series' value at sample `index` as a share 0–1 of the way from its resting value to the
 * model's cap on it (src/model/series.ts).
 */
function shareOf(series: Series, key: SeriesKey, index: number): number {
  const { rest, cap } = seriesScale(key);
  return share(value(series, key, index), rest ?? 0, cap ?? 1);
}

/**
 * Relative level 0–1 of each part of the diagram: the model's value as a share of its largest
 * value in the model (the parameter that caps it), above its resting value, square-rooted so
 * small rises stay visible.
 */
export function nodeLevels(series: Series, index: number): Record<NodeId, number> {
  const v = (key: SeriesKey) => Math.sqrt(shareOf(series, key, index));
  return {
    tumor: v('tumorBurden'),
    tcells: v('effector'),
    monocytes: v('macrophages'),
    il1: v('il1'),
    il6: v('il6'),
    liver: v('crp'),
    vessels: v('endothelium'),
    brain: v('cns'),
  };
}

/**
 * How much flows along each arrow, 0–1: the signal the arrow carries, as the model's equations
 * define it. IL-6 to liver and vessels is the signal through unblocked receptors (tocilizumab
 * cuts it); IL-6 to the brain is free IL-6 (tocilizumab does not reach the brain, so it can
 * rise); IL-1 arrows carry IL-1 after anakinra (only partly in the brain: the share of it that
 * reaches the brain is the model's parameter `anakinraCns`).
 */
export function arrowFluxes(series: Series, index: number): Record<ArrowId, number> {
  const level = nodeLevels(series, index);
  const il1 = shareOf(series, 'il1', index);
  const anakinra = value(series, 'drugAnakinra', index);
  const il1Body = Math.sqrt(il1 * (1 - anakinra));
  const il1Brain = Math.sqrt(il1 * (1 - DEFAULT_PARAMETERS.anakinraCns * anakinra));
  const il6Signal = Math.sqrt(shareOf(series, 'il6Signal', index));
  const cytokines = Math.sqrt(shareOf(series, 'tcellCytokines', index));
  return {
    'tumor-tcells': level.tumor * level.tcells,
    'tcells-monocytes': cytokines,
    'monocytes-il1': level.monocytes,
    'il1-monocytes': il1Body,
    'monocytes-il6': level.monocytes,
    'il1-il6': il1Body,
    'il6-liver': il6Signal,
    'il6-vessels': il6Signal,
    'il1-vessels': il1Body,
    'il6-brain': level.il6,
    'il1-brain': il1Brain,
    'vessels-brain': level.vessels,
  };
}

/** A word for a relative level, for screen-reader labels of the diagram. */
export function levelWord(level: number): string {
  if (level < 0.1) return 'at rest';
  if (level < 0.35) return 'low';
  if (level < 0.6) return 'moderate';
  return 'high';
}
