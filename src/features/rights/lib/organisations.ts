// What the dashboard shows of an organisation: its name and its personal-space link, both from
// the reviewed content registry (never a URL written in a component).
import { linkById, localize, organisationById } from '../../../shared/content/index.ts';
import type { OrganisationLink } from '../../../shared/content/index.ts';

export function organisationName(id: string, lang: string): string {
  const o = organisationById(id);
  return o ? localize(o.name, lang) : id;
}

export function organisationShortName(id: string): string {
  return organisationById(id)?.shortName ?? id;
}

export function organisationPhone(id: string): string | undefined {
  return organisationById(id)?.phone;
}

/** The organisation's personal space, or its public site when it has none. */
export function organisationSpace(id: string): OrganisationLink | undefined {
  const o = organisationById(id);
  const linkId = o?.space ?? o?.website;
  return linkId ? linkById(linkId) : undefined;
}

/** A report subject the server accepts (`right:rsa`, `situation:address`). */
export const subjectId = (...parts: readonly string[]) =>
  parts.map((p) => p.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')).join(':');
