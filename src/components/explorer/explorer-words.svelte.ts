/**
 * The words of the explorer a component is in: the explorer sets them as it initialises (its
 * `words` prop, English unless a Spanish page's ExplorerEs gives the Spanish ones), and each of
 * its parts reads them as it initialises, which is always after. A module variable, not a Svelte
 * context, as `hookNextExplorer` does: it keeps the context functions out of every explorer's
 * bundle. A page is in one language, so every explorer on it sets the same words.
 */
import { EXPLORER_WORDS_EN, type ExplorerWords } from '../../explorer/explorer-words';
import type { PresetId } from '../../explorer/presets';

/** The explorer's props (Explorer.svelte documents them). */
export interface ExplorerProps {
  preset?: PresetId;
  syncUrl?: boolean;
  /** Its words: English unless given (ExplorerEs gives the Spanish ones). */
  words?: ExplorerWords | undefined;
}

let current: ExplorerWords = EXPLORER_WORDS_EN;

/** Gives the explorer's parts its words (English if none); call as the explorer initialises. */
export function setExplorerWords(words: ExplorerWords | undefined): ExplorerWords {
  current = words ?? EXPLORER_WORDS_EN;
  return current;
}

/** The words of the explorer being built (English outside any explorer). */
export function explorerWords(): ExplorerWords {
  return current;
}
