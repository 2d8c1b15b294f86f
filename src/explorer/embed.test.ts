import { describe, expect, it } from 'vitest';
import { embedPath, embedSnippet } from './embed';
import { PRESET_IDS } from './presets';

describe('embed snippets', () => {
  it('gives every preset its own address under /embed/', () => {
    const paths = PRESET_IDS.map(embedPath);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/embed\/[a-z-]+\/$/);
  });

  it('writes an iframe with the absolute address, a title and lazy loading', () => {
    const snippet = embedSnippet('burden', 'https://cascade.example.org');
    expect(snippet).toMatch(/^<iframe src="https:\/\/cascade\.example\.org\/embed\/burden\/"/);
    expect(snippet).toMatch(/ title="[^"]*teaching model\)"/);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet.endsWith('></iframe>')).toBe(true);
  });
});
