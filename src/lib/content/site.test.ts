import { describe, expect, it } from 'vitest';
import { siteAddress } from './site';

describe('siteAddress', () => {
  it('is absolute on a configured site', () => {
    expect(siteAddress('/for-patients/', new URL('https://cascade.test/'))).toBe(
      'https://cascade.test/for-patients/',
    );
  });

  it('is the path alone when no site address is configured', () => {
    expect(siteAddress('/for-patients/', undefined)).toBe('/for-patients/');
  });
});
