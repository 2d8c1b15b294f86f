/**
 * The preset a page names. Pages pass the name as a string from MDX, where no type checker
 * looks, so an unknown name throws: the page then fails to build instead of quietly showing
 * another explorer.
 */
import { PRESET_IDS, PRESETS, type Preset, type PresetId } from './presets';

export function presetNamed(name: string): Preset {
  if (!Object.hasOwn(PRESETS, name)) {
    throw new Error(`Unknown explorer preset "${name}": use one of ${PRESET_IDS.join(', ')}.`);
  }
  return PRESETS[name as PresetId];
}
