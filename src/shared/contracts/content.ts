// Schemas of the reviewed content files (organisations' links, life events), shared by the
// PWA, the server and scripts/check-links.mjs. Texts come in French and English side by side.
import * as z from 'zod/mini';

export const localized = z.object({
  fr: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Localized = z.infer<typeof localized>;

const id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant en kebab-case attendu'));

export const organisationLink = z.object({
  id,
  organisation: id,
  label: localized,
  purpose: localized,
  url: z.url(),
  fallback: z.url(),
  checked: z.iso.date(),
});
export type OrganisationLink = z.infer<typeof organisationLink>;

export const linkRegistry = z.object({ links: z.array(organisationLink) });

export const lifeEventStep = z.object({
  deadline: localized,
  title: localized,
  organisation: id,
  why: localized,
  link: id,
  documents: z.array(localized),
});

export const lifeEvent = z.object({
  slug: id,
  title: localized,
  summary: localized,
  discreet: z.optional(z.boolean()),
  steps: z.array(lifeEventStep).check(z.minLength(1)),
  benefits: z.array(z.string()),
  services: z.array(z.object({ label: localized, link: id })),
});
export type LifeEvent = z.infer<typeof lifeEvent>;

export const lifeEventCatalogue = z.object({ events: z.array(lifeEvent) });
