import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertReferenceIdentifiers,
  looksLikeDoi,
  looksLikePmid,
  malformedIdentifiers,
  missingIdentifiers,
  spellOutInitials,
  type ReferenceFields,
} from './reference-rules';

const entries = JSON.parse(
  readFileSync(new URL('../../../content/references.json', import.meta.url), 'utf8'),
) as ReferenceFields[];

describe('content/references.json', () => {
  it('gives every reference a DOI or a PMID, or an explicit reason for having neither', () => {
    expect(missingIdentifiers(entries)).toEqual([]);
  });

  it('stores every DOI bare, in the 10.xxxx/… form', () => {
    const doIs = entries.filter((entry) => entry.DOI !== undefined);
    expect(doIs.length).toBeGreaterThan(0);
    for (const entry of doIs) {
      expect(typeof entry.DOI, entry.id).toBe('string');
      expect(String(entry.DOI).startsWith('10.'), `${entry.id}: ${String(entry.DOI)}`).toBe(true);
      expect(looksLikeDoi(String(entry.DOI)), `${entry.id}: ${String(entry.DOI)}`).toBe(true);
    }
  });

  it('stores every PMID as digits only', () => {
    const withPmid = entries.filter((entry) => entry.PMID !== undefined);
    expect(withPmid.length).toBeGreaterThan(0);
    for (const entry of withPmid) {
      expect(entry.PMID, entry.id).toMatch(/^\d+$/);
    }
    expect(malformedIdentifiers(entries)).toEqual([]);
  });

  it('has unique keys', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps no "To verify" placeholders', () => {
    const unverified = entries.filter((entry) => /to verify/i.test(String(entry.note ?? '')));
    expect(unverified.map((entry) => entry.id)).toEqual([]);
  });
});

describe('the identifier check', () => {
  const withDoi: ReferenceFields = { id: 'has-doi', DOI: '10.1038/s41591-018-0036-4' };
  const withPmid: ReferenceFields = { id: 'has-pmid', PMID: '29808007' };
  const bare: ReferenceFields = { id: 'bare-web-page', URL: 'https://example.org/' };
  const withReason: ReferenceFields = {
    id: 'label',
    custom: { noIdentifierReason: 'US prescribing information: labels carry no DOI or PMID' },
  };

  it('catches an entry with neither identifier nor reason, by key', () => {
    expect(missingIdentifiers([withDoi, bare, withPmid])).toEqual(['bare-web-page']);
  });

  it('accepts an entry that states why it has no identifier', () => {
    expect(missingIdentifiers([withDoi, withPmid, withReason])).toEqual([]);
  });

  it('does not accept an empty reason or empty identifiers', () => {
    const empty: ReferenceFields = {
      id: 'empty',
      DOI: ' ',
      PMID: '',
      custom: { noIdentifierReason: '  ' },
    };
    expect(missingIdentifiers([empty])).toEqual(['empty']);
  });

  it('throws a build error that names every offending key', () => {
    const other: ReferenceFields = { id: 'another-bare-page' };
    expect(() => assertReferenceIdentifiers([withDoi, bare, other])).toThrow(
      /bare-web-page, another-bare-page/,
    );
    expect(() => assertReferenceIdentifiers([withDoi, withPmid, withReason])).not.toThrow();
  });

  it('flags identifiers that do not look like a DOI or a PMID', () => {
    expect(looksLikeDoi('10.1182/blood-2017-06-793141')).toBe(true);
    expect(looksLikeDoi('https://doi.org/10.1182/blood-2017-06-793141')).toBe(false);
    expect(looksLikeDoi('doi:10.1182/x')).toBe(false);
    expect(looksLikePmid('28924019')).toBe(true);
    expect(looksLikePmid('PMID 28924019')).toBe(false);
    const bad: ReferenceFields[] = [
      { id: 'prefixed-doi', DOI: 'doi:10.1000/x' },
      { id: 'prefixed-pmid', PMID: 'PMID:123' },
    ];
    expect(malformedIdentifiers(bad)).toHaveLength(2);
    expect(() => assertReferenceIdentifiers(bad)).toThrow(/prefixed-doi[\s\S]*prefixed-pmid/);
  });
});

describe('Vancouver author initials', () => {
  it('spells out run-together initials and moves Jr to the suffix', () => {
    expect(spellOutInitials({ family: 'Lee', given: 'DW' })).toEqual({
      family: 'Lee',
      given: 'D. W.',
    });
    expect(spellOutInitials({ family: 'Anderson', given: 'LD Jr' })).toEqual({
      family: 'Anderson',
      given: 'L. D.',
      suffix: 'Jr',
    });
    expect(spellOutInitials({ family: 'Lee', given: 'D' })).toEqual({ family: 'Lee', given: 'D' });
    expect(spellOutInitials({ literal: 'et al.' })).toEqual({ literal: 'et al.' });
  });
});

describe('formatting with citation-js', () => {
  it('formats every entry, including those with a custom field, without leaking it', async () => {
    const { allReferenceKeys, formatReference, getReference } = await import('./bibliography');
    const keys = allReferenceKeys();
    expect(keys).toHaveLength(entries.length);
    for (const key of keys) {
      const text = formatReference(key);
      expect(text.length, key).toBeGreaterThan(10);
      expect(text, key).not.toContain('noIdentifierReason');
      expect(text, key).not.toContain('[object Object]');
    }
    expect(getReference('kineret-label').custom?.noIdentifierReason).toMatch(/no DOI or PMID/);
    expect(formatReference('kineret-label')).toContain('KINERET (anakinra)');
  });

  it('prints every author initial (Vancouver "Lee DW", not "Lee D")', async () => {
    const { formatReference } = await import('./bibliography');
    expect(formatReference('kochenderfer2012')).toMatch(/^Kochenderfer JN, et al\./);
    expect(formatReference('munshi2021karmma')).toContain('Anderson LD Jr');
  });

  it('gives labels a DailyMed or FDA address in place of a DOI or PMID', async () => {
    const { referenceLinks } = await import('./bibliography');
    for (const key of [
      'janssen2024tecvayli',
      'janssen-carvykti-label',
      'eusa2019sylvant',
      'kineret-label',
      'actemra-label',
    ]) {
      const links = referenceLinks(key);
      expect(links, key).toHaveLength(1);
      expect(links[0]?.href, key).toMatch(
        /^https:\/\/(dailymed\.nlm\.nih\.gov|www\.accessdata\.fda\.gov)\//,
      );
    }
  });
});
