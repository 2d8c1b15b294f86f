import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fallbackCss, outputFile, overrides } from './font-fallback';

describe('the web font stand-in', () => {
  it('scales the fallback to the web font width and states its vertical metrics', () => {
    // A web font half as wide per em as the fallback: the fallback is shrunk to 50%, and the
    // web font's 800/200 ascent/descent (of 1000) are stated in the shrunk em.
    const web = { unitsPerEm: 1000, ascent: 800, descent: -200, lineGap: 0, xWidthAvg: 250 };
    const fallback = {
      unitsPerEm: 2048,
      ascent: 1854,
      descent: -434,
      lineGap: 67,
      xWidthAvg: 1024,
    };
    expect(overrides(web, fallback)).toEqual({
      'size-adjust': '50.00%',
      'ascent-override': '160.00%',
      'descent-override': '40.00%',
      'line-gap-override': '0.00%',
    });
  });

  it('the committed stylesheet is what the font files give (run npm run fonts:fallback)', async () => {
    expect(readFileSync(outputFile, 'utf8')).toBe(await fallbackCss());
  });
});
