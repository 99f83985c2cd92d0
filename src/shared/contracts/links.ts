// The registry of organisations' deep links: the only place where a URL of an organisation is
// written. Journeys and organisations refer to links by id, so a moved page is fixed once.
import * as z from 'zod/mini';

export const localized = z.object({
  fr: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Localized = z.infer<typeof localized>;

export const kebabId = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant en kebab-case attendu (ex. caf-demande)'),
  );

const httpsUrl = z.url({ protocol: /^https$/, error: 'adresse https:// attendue' });

export const organisationLink = z.object({
  id: kebabId,
  organisation: kebabId,
  label: localized,
  purpose: localized,
  url: httpsUrl,
  /** A service-public.fr page that still helps when the organisation's page has moved. */
  fallback: httpsUrl.check(
    z.regex(
      /^https:\/\/www\.service-public\.gouv\.fr\//,
      'le lien de secours doit être une page service-public.gouv.fr',
    ),
  ),
  /** Last time someone (or npm run check-links) saw the page answer, YYYY-MM-DD. */
  checked: z.iso.date(),
});
export type OrganisationLink = z.infer<typeof organisationLink>;

export const linkRegistry = z.object({ links: z.array(organisationLink) });
export type LinkRegistry = z.infer<typeof linkRegistry>;
