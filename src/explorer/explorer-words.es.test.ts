import { describe, expect, it } from 'vitest';
import { explorerWordsEs } from './explorer-words.es';

const words = explorerWordsEs({
  callTeam: { heading: '', items: [] },
  callEmergency: { heading: '', items: [] },
} as unknown as Parameters<typeof explorerWordsEs>[0]);

describe('Spanish chart sentences', () => {
  it('write a band word in lower case inside a sentence, keeping acronyms', () => {
    expect(words.bands.highest('Presión arterial', 'Líquidos / Un vasopresor', 3)).toBe(
      'Presión arterial: lo más alto es líquidos / un vasopresor, primero el día 3.',
    );
    expect(words.bands.throughout('Oxígeno', 'VNI (CPAP)')).toBe(
      'Oxígeno: VNI (CPAP) todo el tiempo.',
    );
  });
});
