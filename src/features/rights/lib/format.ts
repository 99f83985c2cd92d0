// Money, dates and months in the reader's language (French first). Money comes in cents.
const locale = (lang: string) => (lang.startsWith('fr') ? 'fr-FR' : lang);

export const euros = (cents: number, lang: string) =>
  new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** A `YYYY-MM-DD` date, read as a calendar day (no time zone shift). */
export const day = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** A `YYYY-MM` month, "mai 2026". */
export const monthLabel = (month: string, lang: string) =>
  new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** An instant (epoch ms), date and time. */
export const instant = (ms: number, lang: string) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(ms),
  );
