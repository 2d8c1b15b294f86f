import { describe, expect, it } from 'vitest';
import { embedPath, embedSnippet } from './embed';
import { EMBED_THEMES, embedSrc } from './embed-code';
import { PRESET_IDS } from './presets';

describe('embed snippets', () => {
  it('gives every preset its own address under /embed/', () => {
    const paths = PRESET_IDS.map(embedPath);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/embed\/[a-z-]+\/$/);
  });

  it('writes an iframe with the absolute address, a title and lazy loading', () => {
    const snippet = embedSnippet('burden', 'https://cascade.example.org');
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/cascade\.example\.org\/embed\/burden\/\?theme=auto"/,
    );
    expect(snippet).toMatch(/ title="[^"]*teaching model\)"/);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet.endsWith('></iframe>')).toBe(true);
  });

  it('writes the chosen theme into the address, auto by default', () => {
    for (const theme of EMBED_THEMES) {
      expect(embedSnippet('drugs', 'https://cascade.example.org', theme)).toContain(
        `src="https://cascade.example.org/embed/drugs/?theme=${theme}"`,
      );
    }
    expect(embedSrc('/embed/drugs/', 'https://cascade.example.org')).toBe(
      'https://cascade.example.org/embed/drugs/?theme=auto',
    );
  });

  it('writes the path alone while the origin is unknown, never a made-up domain', () => {
    expect(embedSrc('/embed/burden/', null, 'dark')).toBe('/embed/burden/?theme=dark');
    expect(embedSnippet('burden', null)).toMatch(/^<iframe src="\/embed\/burden\/\?theme=auto"/);
  });
});
