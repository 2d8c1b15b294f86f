import { describe, expect, it } from 'vitest';
import { excerptParts } from './search-excerpt';

describe('search excerpts', () => {
  it('keeps the matched words marked and the rest as plain text', () => {
    expect(excerptParts('blocks the <mark>IL-6</mark> receptor')).toEqual([
      { text: 'blocks the ', marked: false },
      { text: 'IL-6', marked: true },
      { text: ' receptor', marked: false },
    ]);
  });

  it('decodes escaped characters instead of showing entities', () => {
    expect(excerptParts('fever &gt; 38 &amp; low &lt;BP&gt;')).toEqual([
      { text: 'fever > 38 & low <BP>', marked: false },
    ]);
  });

  it('never passes markup through: tags other than mark are dropped, text stays text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>safe <mark>word</mark>');
    expect(parts.map((part) => part.text).join('')).toBe('safe word');
  });
});
