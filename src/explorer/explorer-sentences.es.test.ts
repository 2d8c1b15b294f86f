import { describe, expect, it } from 'vitest';
import { NOTES, keyName } from './explorer-sentences.es';

describe('Spanish notes about a link', () => {
  it('name each key in Spanish with the link’s own key beside it, B’s keys as B’s', () => {
    expect(keyName('burden')).toBe('la carga tumoral (burden)');
    expect(keyName('dexamethasone')).toBe('el inicio de dexametasona (dexamethasone)');
    expect(keyName('b.burden')).toBe('la carga tumoral del escenario B (b.burden)');
    expect(keyName('colour')).toBe('«colour»');
  });

  it('never start a sentence with a bare English key', () => {
    const message = NOTES.message({
      key: 'day',
      value: '99',
      kind: 'clamped',
      message: 'day 99 was out of range',
      problem: 'out of range',
    });
    expect(message).toBe(
      'El día (day): 99 estaba fuera del rango permitido; se usó el valor permitido más cercano.',
    );
  });

  it('say that guided tours are in English instead of calling a tour link broken', () => {
    for (const key of ['tour', 'step', 't']) {
      const message = NOTES.message({
        key,
        value: '2',
        kind: 'unknown-key',
        message: '',
        problem: '',
      });
      expect(message).toContain('Las visitas guiadas solo están en inglés');
      expect(message).not.toContain('No conocemos');
    }
  });
});
