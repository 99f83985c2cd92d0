// A life-event journey, as reviewed data: a timeline of steps by deadline, the organisations
// concerned and why, the benefits to simulate and services outside the social sphere.
// Links are registry ids only (links.ts): a journey never holds a URL.
import * as z from 'zod/mini';
import { kebabId, localized } from './links.ts';

export const THEMES = [
  'famille',
  'logement',
  'emploi',
  'sante',
  'handicap',
  'grand-age',
  'international',
  'urgence',
] as const;
export type Theme = (typeof THEMES)[number];

/** The simulator's entry situations (src/features/simulate/utils/entry.ts). */
export const SIMULATOR_SITUATIONS = [
  'seul',
  'couple',
  'enfants',
  'emploi',
  'retraite',
  'handicap',
] as const;

/**
 * A step is done with exactly one of: an organisation of the registry (organisations.json), or a
 * professional who is not an organisation (a doctor certifying a death). "Auprès de" shows either.
 */
export const lifeEventStep = z.object({
  title: localized,
  organisation: z.optional(kebabId),
  professional: z.optional(localized),
  why: localized,
  link: kebabId,
  documents: z.array(localized),
});
export type LifeEventStep = z.infer<typeof lifeEventStep>;

export const lifeEvent = z.object({
  slug: kebabId,
  theme: z.enum(THEMES),
  title: localized,
  summary: localized,
  /** Sensitive journey: quick exit, no history entry, not indexed. */
  discreet: z.optional(z.boolean()),
  /** The change this event brings can be declared once on the portal (tell-us-once). */
  tellUsOnce: z.optional(z.boolean()),
  organisations: z.array(z.object({ id: kebabId, why: localized })),
  /** Ordered by deadline, soonest first; the deadline is written as text ("Dans les 8 jours"). */
  timeline: z
    .array(
      z.object({
        deadline: localized,
        steps: z.array(lifeEventStep).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  simulation: z.object({
    /** Engine benefit ids (rsa, ppa, aide_logement…). */
    benefits: z.array(z.string().check(z.regex(/^[a-z0-9_]+$/))),
    situation: z.optional(z.enum(SIMULATOR_SITUATIONS)),
    /** What the simulator will ask first, said to the person before they start. */
    questions: z.array(localized),
  }),
  services: z.array(z.object({ label: localized, link: kebabId })),
});
export type LifeEvent = z.infer<typeof lifeEvent>;
