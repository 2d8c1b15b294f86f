/**
 * The rule that says a translation is behind: its English page was reviewed again after the
 * review the translation follows. A warning, not a failure: the Spanish page stays up (its
 * advice was right at its own review) while the translator catches up.
 */
export interface TranslationDates {
  /** The Spanish page's id, for the message. */
  page: string;
  /** The English page it translates. */
  from: string;
  /** The English page's `reviewed` date now. */
  englishReviewed: Date;
  /** The English `reviewed` date the translation follows (`translation.reviewed`). */
  translatedFrom: Date;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The warning for a translation that is behind its English page, or null when it is not. */
export function translationLag(dates: TranslationDates): string | null {
  if (day(dates.englishReviewed) <= day(dates.translatedFrom)) return null;
  return (
    `Translation behind: es/${dates.page} follows the English page "${dates.from}" as reviewed ` +
    `${day(dates.translatedFrom)}, but that page was reviewed again ${day(dates.englishReviewed)}. ` +
    'Update the Spanish page and its translation.reviewed date.'
  );
}
