// The reviewed content files, validated once when loaded: a broken file fails the tests and
// the build, never a page in front of someone.
import type { LifeEvent, Theme } from '../contracts/life-events.ts';
import type { Localized, OrganisationLink } from '../contracts/links.ts';
import type { Organisation } from '../contracts/organisations.ts';
import linksJson from './links.json';
import organisationsJson from './organisations.json';
import { checkContent } from './validate.ts';

const eventFiles = import.meta.glob<unknown>('./life-events/*.json', {
  eager: true,
  import: 'default',
});

const checked = checkContent({
  links: linksJson,
  organisations: organisationsJson,
  events: eventFiles,
});
if (checked.errors.length > 0) throw new Error(checked.errors.join('\n'));

export const links = checked.content.links;
export const organisations = checked.content.organisations;
export const lifeEvents = checked.content.events;

const linksById = new Map(links.map((l) => [l.id, l]));
const organisationsById = new Map(organisations.map((o) => [o.id, o]));

export function linkById(id: string): OrganisationLink | undefined {
  return linksById.get(id);
}

export function organisationById(id: string): Organisation | undefined {
  return organisationsById.get(id);
}

export function lifeEventBySlug(slug: string): LifeEvent | undefined {
  return lifeEvents.find((e) => e.slug === slug);
}

/** The text in the current language, French when that language is not written yet. */
export function localize(text: Localized, language: string): string {
  return language.startsWith('en') ? text.en : text.fr;
}

export { THEMES } from '../contracts/life-events.ts';
export type { LifeEvent, Localized, Organisation, OrganisationLink, Theme };
