/**
 * axe-core for every spec, set up for speed without skipping a rule: it runs in the page itself
 * (legacy mode; the site has no cross-origin frames, which is all that mode cannot reach,
 * and the default mode opens an extra page per run) and reports violations only (building
 * selectors for every passing node was most of its time on long pages such as /model/).
 * Import `AxeBuilder` from here rather than from '@axe-core/playwright'.
 */
import Base from '@axe-core/playwright';

export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export default class AxeBuilder extends Base {
  constructor(options: ConstructorParameters<typeof Base>[0]) {
    super(options);
    this.setLegacyMode(true);
    this.options({ resultTypes: ['violations'] });
  }
}
