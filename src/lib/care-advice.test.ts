import { describe, expect, it } from 'vitest';
import { hasReference } from './content/bibliography';
import {
  CARE_ADVICE,
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
