import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS as P } from './parameters.ts';
import { THERAPIES, THERAPY_INFO, therapyKinetics } from './therapies.ts';

describe('the therapy catalogue', () => {
  it('lists the four therapies in canonical query order', () => {
    expect(THERAPIES).toEqual(['cart-cd28', 'cart-41bb', 'bispecific', 'intratumoral']);
  });

  it.each(THERAPIES.map((therapy) => [therapy, THERAPY_INFO[therapy]] as const))(
    '%s has a name and a description',
    (_therapy, info) => {
      expect(info.name).not.toBe('');
      expect(info.description.length).toBeGreaterThan(20);
    },
  );

  it('every therapy drives effector T cells in one of the three modes', () => {
    for (const therapy of THERAPIES) {
      const kinetics = therapyKinetics(therapy, 'standard', 0.4, P, 28);
      expect(['car', 'engager', 'injected']).toContain(kinetics.mode);
    }
  });
});
