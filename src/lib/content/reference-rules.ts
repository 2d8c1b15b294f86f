/**
 * Rules every bibliography entry must meet. Pure functions over CSL-JSON, so the build
 * (through bibliography.ts) and the unit tests apply exactly the same checks.
 */

export interface ReferenceFields {
  id: string;
  DOI?: unknown;
  PMID?: unknown;
  custom?: { noIdentifierReason?: unknown } | null;
  [field: string]: unknown;
}

function present(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The explicit reason an entry gives for having neither a DOI nor a PMID, if any. */
export function noIdentifierReason(entry: ReferenceFields): string | undefined {
  const reason = entry.custom?.noIdentifierReason;
  return present(reason) ? (reason as string).trim() : undefined;
}

/**
 * Keys of entries with neither a DOI nor a PMID and no `custom.noIdentifierReason`
 * saying why (a drug label, a press release, a paper whose identifiers are not yet confirmed).
 */
export function missingIdentifiers(entries: readonly ReferenceFields[]): string[] {
  return entries
    .filter(
      (entry) =>
        !present(entry.DOI) && !present(entry.PMID) && noIdentifierReason(entry) === undefined,
    )
    .map((entry) => entry.id);
}

const DOI_SHAPE = /^10\.\d{4,9}\/\S+$/;
const PMID_SHAPE = /^[1-9]\d{0,8}$/;

/** A DOI as stored here: bare (no "doi:" or https://doi.org/ prefix), "10.<registrant>/<suffix>". */
export function looksLikeDoi(value: string): boolean {
  return DOI_SHAPE.test(value);
}

/** A PubMed ID: digits only, no "PMID" prefix. */
export function looksLikePmid(value: string): boolean {
  return PMID_SHAPE.test(value);
}

/** One line per malformed identifier, naming the key, for a build error or a test message. */
export function malformedIdentifiers(entries: readonly ReferenceFields[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    if (entry.DOI !== undefined && !(typeof entry.DOI === 'string' && looksLikeDoi(entry.DOI))) {
      problems.push(`${entry.id}: DOI ${JSON.stringify(entry.DOI)} does not look like 10.xxxx/…`);
    }
    if (
      entry.PMID !== undefined &&
      !(typeof entry.PMID === 'string' && looksLikePmid(entry.PMID))
    ) {
      problems.push(`${entry.id}: PMID ${JSON.stringify(entry.PMID)} is not a run of digits`);
    }
  }
  return problems;
}

/** Throws one error naming every offending key; bibliography.ts calls this when it loads. */
export function assertReferenceIdentifiers(entries: readonly ReferenceFields[]): void {
  const missing = missingIdentifiers(entries);
  const malformed = malformedIdentifiers(entries);
  if (missing.length === 0 && malformed.length === 0) return;
  const lines: string[] = [];
  if (missing.length > 0) {
    lines.push(
      `content/references.json: ${missing.length} reference(s) have neither a DOI nor a PMID: ${missing.join(', ')}.`,
      'Add the DOI or PMID (only one you have seen in a PubMed, PMC or journal record), or, if the source truly has none,',
      'say why in "custom": { "noIdentifierReason": "…" }.',
    );
  }
  if (malformed.length > 0) {
    lines.push(
      'content/references.json: malformed identifier(s):',
      ...malformed.map((p) => `  ${p}`),
    );
  }
  throw new Error(lines.join('\n'));
}

export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
  [part: string]: unknown;
}

/**
 * Vancouver wants every initial ("Lee DW"), but citation-js reads "DW" as one given name and
 * keeps only "D" (and turns "LD Jr" into "LJ"). Spelling the initials out ("D. W.") and moving
 * "Jr" to the suffix lets the style print them as written. Other given names are left alone.
 */
export function spellOutInitials(name: CslName): CslName {
  const match = /^([A-Z]{2,4})(?: (Jr|Sr|II|III|IV))?$/.exec(name.given ?? '');
  const initials = match?.[1];
  if (!initials) return name;
  const suffix = match[2];
  const spelled: CslName = { ...name, given: initials.split('').join('. ') + '.' };
  if (suffix && !name.suffix) spelled.suffix = suffix;
  return spelled;
}
