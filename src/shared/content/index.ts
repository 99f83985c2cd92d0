// The reviewed content files, validated once when loaded: a broken file fails the tests and
// the build, never a page in front of someone.
import {
  lifeEventCatalogue,
  linkRegistry,
  type LifeEvent,
  type Localized,
  type OrganisationLink,
} from '../contracts/content.ts';
import linksJson from './links.json';
import lifeEventsJson from './life-events.json';

export const links: readonly OrganisationLink[] = linkRegistry.parse(linksJson).links;
export const lifeEvents: readonly LifeEvent[] = lifeEventCatalogue.parse(lifeEventsJson).events;

const byId = new Map(links.map((l) => [l.id, l]));

export function linkById(id: string): OrganisationLink | undefined {
  return byId.get(id);
}

export function lifeEventBySlug(slug: string): LifeEvent | undefined {
  return lifeEvents.find((e) => e.slug === slug);
}

/** The text in the current language, French when that language is not written yet. */
export function localize(text: Localized, language: string): string {
  return language === 'en' ? text.en : text.fr;
}

export type { LifeEvent, Localized, OrganisationLink };
