import { describe, expect, it } from 'vitest';
import { hasReference } from './content/bibliography';
import english from '../../content/care-advice.json';
import spanish from '../../content/care-advice.es.json';
import {
  CARE_ADVICE,
  CARE_ADVICE_ES,
  adviceCitationKeys,
  emergencySentence,
  unreachableSentence,
} from './care-advice';

describe('the urgent advice (content/care-advice.json)', () => {
  it('sends the four emergencies of the medical audit to the emergency number', () => {
    const text = emergencySentence();
    expect(text).toMatch(/^Call 911 \(or your local emergency number\) now/);
    for (const sign of [/cannot be woken/, /severe trouble breathing/, /faints/, /seizure/]) {
      expect(text).toMatch(sign);
    }
  });

  it('says what to do when the team cannot be reached', () => {
    const text = unreachableSentence();
    expect(text).toMatch(/nearest emergency department/);
    expect(text).toMatch(/which treatment you had/);
    expect(text).toMatch(/wallet card/);
  });

  it('lists fever, a low temperature and late nerve problems after BCMA CAR-T as reasons to call', () => {
    const items = CARE_ADVICE.callTeam.items.map((item) => item.text).join('\n');
    expect(items).toContain('38.0 °C (100.4 °F) or higher');
    expect(items).toContain('below 36.0 °C (96.8 °F)');
    expect(items).toMatch(/BCMA.*weeks or months later/);
    expect(CARE_ADVICE.callTeam.note).toMatch(/even if your temperature is normal/);
  });

  it('warns that fever medicine can hide a fever', () => {
    expect(CARE_ADVICE.feverMedicine.text).toMatch(/hide a fever/);
  });

  it('cites only references that exist', () => {
    const keys = adviceCitationKeys();
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(hasReference(key), key).toBe(true);
  });
});

/**
 * The shape of a piece of advice with its words taken out: keys, list lengths, ids and
 * citations stay; every other string becomes "text". Two languages with the same shape say the
 * same things in the same places (a translator cannot drop an item or a citation).
 */
function shape(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => shape(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => name !== '$comment')
        .map(([name, inner]) => [name, shape(inner, name)]),
    );
  }
  return key === 'id' || key === 'cite' ? value : typeof value;
}

describe('the Spanish advice (content/care-advice.es.json)', () => {
  it('has the same lists, items, ids and citations as the English', () => {
    expect(shape(spanish)).toEqual(shape(english));
  });

  it('tells the difference when an item is missing (the check can fail)', () => {
    const short = structuredClone(spanish);
    short.callEmergency.items.pop();
    expect(shape(short)).not.toEqual(shape(english));
  });

  it('sends the same four emergencies to 911, in Spanish', () => {
    const text = emergencySentence('es');
    expect(text).toMatch(/^Llame al 911 \(o al número de emergencias de su zona\) ahora/);
    for (const sign of [
      /no se despierta/,
      /dificultad para respirar/,
      /se desmaya/,
      /convulsión/,
    ]) {
      expect(text).toMatch(sign);
    }
    // Spanish lists take no comma before the last "o", except after an item that holds one.
    expect(text).toContain('se desploma o se desmaya, o tiene una convulsión.');
  });

  it('joins the unreachable steps with "y", with a comma only because a step holds a "y"', () => {
    expect(unreachableSentence('es')).toBe(
      'Si no puede comunicarse pronto con su equipo, vaya a la sala de emergencias más cercana, ' +
        'diga qué tratamiento recibió y cuándo, y muestre su tarjeta de bolsillo.',
    );
  });

  it('writes temperatures with a decimal comma, °C first and °F beside', () => {
    const items = CARE_ADVICE_ES.callTeam.items.map((item) => item.text).join('\n');
    expect(items).toContain('38,0 °C (100,4 °F) o más');
    expect(items).toContain('por debajo de 36,0 °C (96,8 °F)');
  });

  it('cites the same references as the English', () => {
    expect(adviceCitationKeys('es')).toEqual(adviceCitationKeys('en'));
  });
});
